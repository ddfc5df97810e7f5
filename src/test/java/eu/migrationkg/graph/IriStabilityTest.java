package eu.migrationkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.ProjectLayout;
import eu.migrationkg.sources.SourceReader;
import eu.migrationkg.support.TestProject;
import eu.migrationkg.vocab.Iris;
import eu.migrationkg.vocab.Vocab;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The edit suite: the repository's documents edited as a person would edit them, built again, and every
 * IRI compared with the unedited build. No IRI may come to mean something else (a passage other words, a
 * resource another label), and no passage whose words did not change may be renamed.
 */
class IriStabilityTest {

    private static final String PRESS_RELEASE = "data/sources/ip-26-233.md";
    private static final String WEB_PAGE = "data/sources/migration-and-asylum.md";

    @TempDir static Path dir;
    private static Built before;

    /** What each IRI under the namespace means in one build: a passage its document and words, else its label. */
    private record Built(Map<String, String> meaning, Map<String, Set<String>> passagesByWords) {
        Set<String> iris() { return meaning.keySet(); }
    }

    @BeforeAll
    static void buildUnedited() throws IOException {
        before = build(edited("unedited", text -> text));
        assertTrue(before.passagesByWords().size() > 100, "the press release and the web page are read: " + before.iris().size());
    }

    @Test
    void insertingABulletChangesNoOtherIri() throws IOException {
        Built after = build(edited("insert-bullet", Map.of(PRESS_RELEASE, text -> text.replace(
                "- Promoting **comprehensive",
                "- Launching a **visa strategy** that supports migration diplomacy with partner countries.\n- Promoting **comprehensive"))));
        sameMeanings(after);
        unchangedWordsKeepTheirPassages(after);
        Set<String> lost = lost(after);
        assertEquals(Set.of(), lost, "every IRI of the unedited build is still published with the same meaning");
        assertTrue(after.meaning().containsValue("Launching a visa strategy that supports migration diplomacy with partner countries"),
                "the new bullet is an action of its own: " + added(after));
    }

    @Test
    void editingAWordRenamesOnlyItsOwnSentence() throws IOException {
        String sentence = "Today, the Commission is presenting the first **European Asylum and Migration Management Strategy**.";
        Built after = build(edited("edit-word", Map.of(PRESS_RELEASE, text -> {
            assertTrue(text.contains(sentence));
            return text.replace(sentence, sentence.replace("presenting", "unveiling"));
        })));
        sameMeanings(after);
        unchangedWordsKeepTheirPassages(after);
        for (String iri : lost(after)) {
            assertTrue(before.meaning().get(iri).contains("is presenting the first"),
                    "only what the edited sentence said is renamed, not " + iri + " = " + before.meaning().get(iri));
        }
        assertNotEquals(Set.of(), lost(after), "the edited sentence is a passage of other words, with another IRI");
    }

    @Test
    void reorderingTheSentencesOfAParagraphRenamesNoPassage() throws IOException {
        String first = "We will further reinforce an **assertive migration diplomacy** that promotes the EU's interests and values.";
        String second = "Managing migration is a global challenge that requires us to work in solidarity while ensuring a fair-sharing of responsibility.";
        Built after = build(edited("reorder", Map.of(PRESS_RELEASE, text -> {
            assertTrue(text.contains(first + " " + second), "the paragraph to reorder is in the press release");
            return text.replace(first + " " + second, second + " " + first);
        })));
        sameMeanings(after);
        unchangedWordsKeepTheirPassages(after);
        for (String iri : lost(after)) {
            assertTrue(!iri.contains("/id/passage/") || !before.meaning().get(iri).contains("global challenge"),
                    "the reordered sentences keep their passages: " + iri);
        }
    }

    @Test
    void addingADocumentChangesNoIri() throws IOException {
        Path root = edited("add-document", Map.of());
        Files.writeString(root.resolve("data/sources/new-pact-note.md"), """
                ---
                title: A note on the Pact
                publisher: European Commission
                published: 2026-02-10
                url: https://example.org/note
                kind: press-release
                language: en
                identifier: IP/26/999
                ---
                Brussels, 10 February 2026

                The Commission welcomed the progress made on the **Pact on Migration and Asylum**. Member States will receive €2 billion for border management.
                """);
        Built after = build(root);
        sameMeanings(after);
        unchangedWordsKeepTheirPassages(after);
        assertEquals(Set.of(), lost(after), "a new document renames nothing");
        assertTrue(added(after).stream().anyMatch(i -> i.contains("/id/passage/ip-26-999/")), "the new document is read: " + added(after));
    }

    @Test
    void renamingTheSourceFilesChangesNoIri() throws IOException {
        Path root = edited("rename", Map.of());
        Files.move(root.resolve(PRESS_RELEASE), root.resolve("data/sources/commission-strategy-press-release.md"));
        Files.move(root.resolve(WEB_PAGE), root.resolve("data/sources/a-page-of-the-commission.md"));
        Built after = build(root);
        assertEquals(before.meaning(), after.meaning(),
                "the press release is keyed by its identifier, the web page by its id, never by the file name");
    }

    // --- helpers

    private static void sameMeanings(Built after) {
        for (String iri : after.iris()) {
            if (before.meaning().containsKey(iri)) {
                assertEquals(before.meaning().get(iri), after.meaning().get(iri), iri + " changed meaning");
            }
        }
    }

    /** Every passage whose document and words are in both builds has the same IRI in both. */
    private static void unchangedWordsKeepTheirPassages(Built after) {
        int compared = 0;
        for (var e : before.passagesByWords().entrySet()) {
            Set<String> now = after.passagesByWords().get(e.getKey());
            if (now == null) continue;
            compared++;
            assertEquals(e.getValue(), now, "a passage of unchanged words was renamed: " + e.getKey());
        }
        assertTrue(compared > 100, "most passages are unchanged: " + compared);
    }

    private static Set<String> lost(Built after) {
        Set<String> lost = new TreeSet<>(before.iris());
        lost.removeAll(after.iris());
        return lost;
    }

    private static Set<String> added(Built after) {
        Set<String> added = new TreeSet<>(after.iris());
        added.removeAll(before.iris());
        return added;
    }

    private static Path edited(String name, Function<String, String> edit) throws IOException {
        return edited(name, Map.of(PRESS_RELEASE, edit));
    }

    private static Path edited(String name, Map<String, Function<String, String>> edits) throws IOException {
        Path root = TestProject.copyTo(dir.resolve(name));
        for (var e : edits.entrySet()) {
            Path file = root.resolve(e.getKey());
            Files.writeString(file, e.getValue().apply(Files.readString(file)));
        }
        return root;
    }

    private static Built build(Path root) {
        AssembledDataset a = new DatasetAssembler(new ProjectLayout(root), new Iris(Iris.DEFAULT_NAMESPACE),
                new SourceReader(SourceReader.DEFAULT_MAX_BYTES)).assemble();
        assertEquals(List.of(), a.problems());
        String ns = Iris.DEFAULT_NAMESPACE;
        Map<String, String> meaning = new TreeMap<>();
        Map<String, Set<String>> passages = new TreeMap<>();
        Txn.executeRead(a.dataset(), () -> {
            Graph g = a.dataset().getDefaultGraph();
            Set<Node> subjects = new HashSet<>();
            g.find().forEachRemaining(t -> subjects.add(t.getSubject()));
            for (Node s : subjects) {
                if (!s.isURI() || !s.getURI().startsWith(ns + "id/") || s.getURI().contains("#")) continue;
                if (g.contains(s, uri(Vocab.RDF + "type"), uri(ns + "ontology#Passage"))) {
                    String doc = object(g, s, Vocab.OA + "hasSource");
                    String words = object(g, uri(s.getURI() + "#quote"), Vocab.OA + "exact");
                    meaning.put(s.getURI(), "passage of " + doc + ": " + words);
                    passages.computeIfAbsent(doc + " " + words, k -> new TreeSet<>()).add(s.getURI());
                } else {
                    String label = object(g, s, Vocab.SKOS + "prefLabel");
                    if (label.isEmpty()) label = object(g, s, Vocab.RDFS + "label");
                    if (label.isEmpty()) label = object(g, s, Vocab.DCT + "title");
                    // An observation has no label: it means what it says of what, as of when.
                    if (label.isEmpty()) label = String.join(" ", object(g, s, Vocab.RDF + "subject"),
                            object(g, s, Vocab.RDF + "predicate"), object(g, s, Vocab.RDF + "object"),
                            object(g, s, ns + "ontology#asOf")).strip();
                    meaning.put(s.getURI(), label);
                }
            }
        });
        return new Built(meaning, passages);
    }

    /** The least value of a property, as text (the same every time), or "". */
    private static String object(Graph g, Node s, String p) {
        return g.find(s, uri(p), Node.ANY).toList().stream().map(Triple::getObject)
                .map(o -> o.isURI() ? o.getURI() : o.getLiteralLexicalForm()).min(String::compareTo).orElse("");
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
