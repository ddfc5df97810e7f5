package eu.migrationkg.graph;

import eu.migrationkg.vocab.Iris;
import eu.migrationkg.vocab.Vocab;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * The register of every IRI the project has published ({@code data/register.tsv}), so that an IRI once
 * published is never reused for something else, and one that no longer describes anything can say so
 * (410 Gone) with what it was. One line an IRI, by its path under the namespace (so the register holds
 * for any namespace), sorted; {@code kg build} writes it and a person reviews its diff like code.
 *
 * <p>Columns: the path; the label it was last published with; empty while the graph describes it, else
 * the version and date of the last data that did; the path of its successor, when the build can tell.
 */
public record IriRegister(String version, String date, Map<String, Entry> entries) {

    /** What the register says about one IRI. {@code lastPublished} is empty while it is described. */
    public record Entry(String path, String label, String lastPublished, String replacedBy) {
        public boolean gone() { return !lastPublished.isEmpty(); }
    }

    public static final String FILE = "register.tsv";
    private static final String HEADER = "# The IRIs published under the namespace, by path: see docs/MODEL.md (IRI policy). Written by ./kg build.";
    private static final String COLUMNS = "path\tlabel\tlast published (while gone)\treplaced by";
    private static final int MAX_LABEL = 120;
    /** How alike two labels must be (shared words over all words) for the new one to replace the old. */
    private static final double SUCCESSOR_LIKENESS = 0.5;

    public static IriRegister empty() {
        return new IriRegister("", "", Map.of());
    }

    public Optional<Entry> entry(String path) {
        return Optional.ofNullable(entries.get(path));
    }

    /** The register of a file; an absent file is an empty register. A malformed line is an error naming it. */
    public static IriRegister read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) return empty();
        String version = "";
        String date = "";
        Map<String, Entry> entries = new TreeMap<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (line.startsWith("# version\t")) {
                String[] v = line.split("\t", -1);
                version = v.length > 1 ? v[1] : "";
                date = v.length > 2 ? v[2] : "";
                continue;
            }
            if (line.isBlank() || line.startsWith("#") || line.equals(COLUMNS)) continue;
            String[] c = line.split("\t", -1);
            if (c.length != 4 || c[0].isEmpty()) {
                throw new IOException(file + ":" + n + ": a register line has 4 columns separated by tabs: " + COLUMNS);
            }
            entries.put(c[0], new Entry(c[0], c[1], c[2], c[3]));
        }
        return new IriRegister(version, date, entries);
    }

    public void write(Path file) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append(HEADER).append('\n');
        out.append("# version\t").append(version).append('\t').append(date).append('\n');
        out.append(COLUMNS).append('\n');
        for (Entry e : new TreeMap<>(entries).values()) {
            out.append(e.path()).append('\t').append(e.label()).append('\t').append(e.lastPublished()).append('\t')
                    .append(e.replacedBy()).append('\n');
        }
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
    }

    /**
     * The IRIs an assembly publishes under its namespace ({@code id/...}, {@code graph/...}), with their labels.
     * One pass over the union of the graphs: looking each IRI's labels up in the union instead visits every
     * named graph (one a passage) per look-up, which took minutes at a thousand documents.
     */
    public static Map<String, String> published(AssembledDataset assembled) {
        String ns = assembled.iris().namespace();
        DatasetGraph ds = assembled.dataset();
        Map<String, String> out = new TreeMap<>();
        Txn.executeRead(ds, () -> {
            Labels labels = new Labels(ns + "id/");
            ds.getDefaultGraph().find().forEachRemaining(labels::read);
            labels.subjects.forEach(s -> out.put(s.substring(ns.length()), labels.of(s)));
            ds.listGraphNodes().forEachRemaining(n -> {
                if (n.isURI() && n.getURI().startsWith(ns + "graph/")) out.put(n.getURI().substring(ns.length()), "");
            });
        });
        return out;
    }

    private static final List<String> LABELS = List.of(Vocab.SKOS + "prefLabel", Vocab.RDFS + "label", Vocab.DCT + "title");
    private static final String EXACT = Vocab.OA + "exact";
    private static final String QUOTE = "#quote";

    /**
     * The labels of the IRIs under a prefix, gathered triple by triple: an IRI's preferred label, else its
     * label or title (the least of each, for the same result every time); a passage's words, which its quote
     * selector ({@code <passage#quote>}) holds.
     */
    private static final class Labels {
        private final String prefix;
        final Set<String> subjects = new HashSet<>();
        private final Map<String, String[]> least = new HashMap<>();
        private final Map<String, String> quotes = new HashMap<>();

        Labels(String prefix) {
            this.prefix = prefix;
        }

        void read(Triple t) {
            Node s = t.getSubject();
            if (!s.isURI() || !s.getURI().startsWith(prefix)) return;
            String iri = s.getURI();
            int hash = iri.indexOf('#');
            if (hash < 0) subjects.add(iri);
            Node o = t.getObject();
            if (!o.isLiteral() || !t.getPredicate().isURI()) return;
            String p = t.getPredicate().getURI();
            String lexical = o.getLiteralLexicalForm();
            if (hash < 0) {
                int rank = LABELS.indexOf(p);
                if (rank < 0) return;
                String[] byRank = least.computeIfAbsent(iri, k -> new String[LABELS.size()]);
                if (byRank[rank] == null || lexical.compareTo(byRank[rank]) < 0) byRank[rank] = lexical;
            } else if (p.equals(EXACT) && hash == iri.length() - QUOTE.length() && iri.endsWith(QUOTE)) {
                quotes.merge(iri.substring(0, hash), lexical, (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }

        String of(String iri) {
            String[] byRank = least.get(iri);
            if (byRank != null) {
                for (String l : byRank) if (l != null) return l;
            }
            return quotes.getOrDefault(iri, "");
        }
    }

    /** The day of the newest document the assembly read (the data's date), or empty without documents. */
    public static String dateOf(AssembledDataset assembled) {
        return assembled.asOf().map(LocalDate::toString).orElse("");
    }

    /**
     * The register after publishing {@code published} as version {@code version} of {@code date}: every
     * IRI published now is described; one published before and not now is gone since the register's
     * previous version, replaced by the new IRI of the same kind (and document) whose label is most
     * alike, if one is alike enough. The same register and data always give the same result.
     */
    public IriRegister after(Map<String, String> published, String version, String date) {
        Map<String, Entry> next = new TreeMap<>();
        published.forEach((path, label) -> next.put(path, new Entry(path, clean(label), "", "")));
        List<String> fresh = published.keySet().stream().filter(p -> !entries.containsKey(p)).sorted().toList();
        for (Entry old : entries.values()) {
            if (next.containsKey(old.path())) continue;
            if (old.gone()) {
                next.put(old.path(), old);
            } else {
                String last = (this.version + " " + this.date).strip();
                next.put(old.path(), new Entry(old.path(), old.label(), last.isEmpty() ? "unknown" : last,
                        successor(old, fresh, published).orElse("")));
            }
        }
        return new IriRegister(version, date, next);
    }

    /** The new IRI of the same kind (a passage: of the same document) whose label shares the most words. */
    private static Optional<String> successor(Entry old, List<String> fresh, Map<String, String> published) {
        String family = family(old.path());
        Set<String> words = words(old.label());
        if (words.isEmpty()) return Optional.empty();
        String best = null;
        double bestLikeness = SUCCESSOR_LIKENESS;
        for (String p : fresh) {
            if (!family(p).equals(family)) continue;
            Set<String> other = words(published.get(p));
            Set<String> union = new HashSet<>(words);
            union.addAll(other);
            Set<String> shared = new HashSet<>(words);
            shared.retainAll(other);
            double likeness = union.isEmpty() ? 0 : (double) shared.size() / union.size();
            if (likeness >= bestLikeness && (best == null || likeness > bestLikeness)) {
                best = p;
                bestLikeness = likeness;
            }
        }
        return Optional.ofNullable(best);
    }

    /** {@code id/action} for an action; {@code id/passage/ip-24-1234} for a passage of the document ip-24-1234. */
    private static String family(String path) {
        String[] parts = path.split("/");
        int keep = parts.length > 3 && parts[1].equals("passage") ? 3 : Math.min(2, parts.length);
        return String.join("/", Arrays.copyOf(parts, keep));
    }

    private static Set<String> words(String label) {
        Set<String> out = new HashSet<>();
        for (String w : label.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (!w.isEmpty()) out.add(w);
        return out;
    }

    /** One line, no tabs, at most {@link #MAX_LABEL} characters. */
    private static String clean(String label) {
        String l = Iris.normalise(label.replace('\t', ' '));
        return l.length() <= MAX_LABEL ? l : l.substring(0, MAX_LABEL - 1).strip() + "…";
    }

}
