package eu.migrationkg.extract.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.migrationkg.extract.ExtractionFixture;
import eu.migrationkg.extract.Passage;
import eu.migrationkg.extract.Terms;
import eu.migrationkg.extract.text.CodePoints;
import eu.migrationkg.extract.text.SourceText;
import eu.migrationkg.sources.FrontMatter;
import eu.migrationkg.sources.SourceDocument;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import eu.migrationkg.vocab.Iris;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

class PassageDescriberTest {

    static SourceText document(String name, String body) {
        FrontMatter meta = new FrontMatter("T", "P", LocalDate.of(2026, 1, 29), Optional.empty(),
                URI.create("https://example.org/"), "press-release", "en", Optional.empty(), Map.of());
        SourceDocument doc = new SourceDocument(name, Path.of(name + ".md"), meta, body, 9);
        return new SourceText(doc, CodePoints.of(body));
    }

    @Test
    void theSameWordsTwiceInADocumentAreNumberedInTheOrderOfTheText() {
        String body = "Same words. Other words. Same words.";
        SourceText doc = document("doc", body);
        Passage first = new Passage(doc, 0, 11, "sentence");
        Passage other = new Passage(doc, 12, 24, "sentence");
        Passage second = new Passage(doc, 25, 36, "sentence");
        PassageNames names = new PassageNames(ExtractionFixture.IRIS, List.of(second, other, first));
        String key = ExtractionFixture.BASE + "id/passage/doc/" + Iris.hash("Same words.", 12);
        assertEquals(key, names.of(first).getURI());
        assertEquals(key + "-2", names.of(second).getURI());
        assertEquals(ExtractionFixture.BASE + "id/passage/doc/" + Iris.hash("Other words.", 12), names.of(other).getURI());
    }

    private static String value(List<Quad> quads, Node s, Node p) {
        return quads.stream().filter(q -> q.getSubject().equals(s) && q.getPredicate().equals(p))
                .map(q -> q.getObject().getLiteralLexicalForm()).findFirst().orElseThrow();
    }

    @Test
    void aPassageHasQuoteAndPositionSelectorsInItsDocumentGraph() {
        String body = "\uD83D\uDE00 Intro. The Pact applies as of June this year. End.";
        int start = body.indexOf("The Pact");
        int end = body.indexOf(" End.");
        Passage p = new Passage(document("doc", body), start, end, "sentence");
        List<Quad> quads = new ArrayList<>();
        Node iri = new PassageNames(ExtractionFixture.IRIS, List.of(p)).of(p);
        new PassageDescriber(ExtractionFixture.IRIS, new Terms(ExtractionFixture.IRIS)).describe(p, iri, quads::add);

        assertEquals(ExtractionFixture.BASE + "id/passage/doc/" + Iris.hash("The Pact applies as of June this year.", 12),
                iri.getURI(), "named by its document and its words; where it is stays in the selectors");
        Node quote = ExtractionFixture.IRIS.selector(iri, "quote");
        Node position = ExtractionFixture.IRIS.selector(iri, "position");
        assertEquals("The Pact applies as of June this year.", value(quads, quote, Terms.EXACT));
        assertEquals("\uD83D\uDE00 Intro. ", value(quads, quote, Terms.PREFIX));
        assertEquals(" End.", value(quads, quote, Terms.SUFFIX));
        // Offsets count code points: the emoji before is one character.
        assertEquals(String.valueOf(start - 1), value(quads, position, Terms.START));
        assertEquals(String.valueOf(end - 1), value(quads, position, Terms.END));
        assertEquals("sentence", value(quads, iri, new Terms(ExtractionFixture.IRIS).mig("passageType")));
        Node docGraph = ExtractionFixture.IRIS.graph("source/doc");
        assertEquals(quads.size(), quads.stream().filter(q -> q.getGraph().equals(docGraph)).count());
    }
}
