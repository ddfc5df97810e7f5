package eu.migrationkg.serve;

import eu.migrationkg.graph.AssembledDataset;
import eu.migrationkg.vocab.Vocab;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;

/**
 * What the SPARQL editor can complete, from the served release: the ontology's classes and properties
 * (with their labels and definitions), and resources by IRI or by the words of their label (those the
 * text index indexes as labels: rdfs:label, skos:prefLabel). Read once per assembly into memory, so
 * that a completion is a lookup in sorted maps or a scan of a few thousand labels, well under the
 * 50 ms an editor can wait between key strokes; a Lucene query per key stroke cost several times that.
 */
final class Completions {

    enum Kind { CLASS, PROPERTY, RESOURCE;
        String json() { return name().toLowerCase(Locale.ROOT); }
    }

    record Term(String iri, String prefixed, Kind kind, String label, String definition, String words) {
        Term(String iri, String prefixed, Kind kind, String label, String definition) {
            this(iri, prefixed, kind, label, definition, wordsOf(iri, label));
        }
    }

    /** The label's words and the IRI's local name split into words, lower case, each after a space. */
    private static String wordsOf(String iri, String label) {
        String local = iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
        return " " + (label == null ? "" : label.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ")) + " "
                + local.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
    }

    static final int MAX_LIMIT = 100;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern PREFIXED = Pattern.compile("([A-Za-z][\\w.-]*)?:(\\S*)");

    private final Map<String, String> prefixes;
    /** Classes and properties, by IRI. */
    private final NavigableMap<String, Term> terms;
    /** Everything with a label that is neither: resources, by IRI. */
    private final NavigableMap<String, Term> resources;

    private Completions(Map<String, String> prefixes, NavigableMap<String, Term> terms, NavigableMap<String, Term> resources) {
        this.prefixes = prefixes;
        this.terms = terms;
        this.resources = resources;
    }

    static Completions of(AssembledDataset assembled) {
        Map<String, String> prefixes = SparqlEditorPage.prefixes(assembled);
        DatasetGraph dataset = assembled.dataset();
        NavigableMap<String, Term> terms = new TreeMap<>();
        NavigableMap<String, Term> resources = new TreeMap<>();
        Query vocabulary = QueryFactory.create("PREFIX owl: <" + Vocab.OWL + ">\nPREFIX rdfs: <" + Vocab.RDFS + ">\n"
                + "PREFIX rdf: <" + Vocab.RDF + ">\nPREFIX skos: <" + Vocab.SKOS + ">\n"
                + "SELECT ?t ?kind (SAMPLE(?l) AS ?label) (SAMPLE(?d) AS ?definition) WHERE {\n"
                + "  VALUES (?type ?kind) { (owl:Class \"class\") (rdfs:Class \"class\") (owl:ObjectProperty \"property\")"
                + " (owl:DatatypeProperty \"property\") (owl:AnnotationProperty \"property\") (rdf:Property \"property\") }\n"
                + "  ?t a ?type . FILTER(isIRI(?t))\n"
                + "  OPTIONAL { ?t rdfs:label ?l FILTER(LANG(?l) = \"\" || LANGMATCHES(LANG(?l), \"en\")) }\n"
                + "  OPTIONAL { ?t skos:definition ?d FILTER(LANG(?d) = \"\" || LANGMATCHES(LANG(?d), \"en\")) }\n"
                + "} GROUP BY ?t ?kind");
        Query labelled = QueryFactory.create("PREFIX rdfs: <" + Vocab.RDFS + ">\nPREFIX skos: <" + Vocab.SKOS + ">\n"
                + "SELECT ?t (SAMPLE(?l) AS ?label) WHERE { { ?t rdfs:label ?l } UNION { ?t skos:prefLabel ?l } FILTER(isIRI(?t)) }"
                + " GROUP BY ?t");
        Txn.executeRead(dataset, () -> {
            for (Binding b : rows(dataset, vocabulary)) {
                String iri = b.get("t").getURI();
                Kind kind = b.get("kind").getLiteralLexicalForm().equals("class") ? Kind.CLASS : Kind.PROPERTY;
                Term existing = terms.get(iri);
                if (existing != null && existing.kind() == Kind.CLASS) continue;
                terms.put(iri, new Term(iri, prefixed(prefixes, iri), kind, text(b.get("label")), text(b.get("definition"))));
            }
            for (Binding b : rows(dataset, labelled)) {
                String iri = b.get("t").getURI();
                if (terms.containsKey(iri)) continue;
                resources.put(iri, new Term(iri, prefixed(prefixes, iri), Kind.RESOURCE, text(b.get("label")), null));
            }
        });
        return new Completions(prefixes, terms, resources);
    }

    private static List<Binding> rows(DatasetGraph dataset, Query q) {
        List<Binding> out = new ArrayList<>();
        try (QueryExec exec = QueryExec.dataset(dataset).query(q).build()) {
            RowSet rows = exec.select();
            rows.forEachRemaining(out::add);
        }
        return out;
    }

    private static String text(Node n) {
        return n == null ? null : n.getLiteralLexicalForm();
    }

    /** The IRI written with the longest matching prefix, or null when none applies. */
    static String prefixed(Map<String, String> prefixes, String iri) {
        String best = null;
        int bestLength = -1;
        for (Map.Entry<String, String> e : prefixes.entrySet()) {
            String ns = e.getValue();
            if (iri.startsWith(ns) && ns.length() > bestLength && WORD_OR_EMPTY.matcher(iri.substring(ns.length())).matches()) {
                best = e.getKey() + ":" + iri.substring(ns.length());
                bestLength = ns.length();
            }
        }
        return best;
    }

    private static final Pattern WORD_OR_EMPTY = Pattern.compile("[\\w.-]*");

    /**
     * What completes {@code typed}: a prefixed name ({@code mig:Pri}) or the start of an IRI is
     * completed by IRI, ontology terms first; words are matched against labels.
     */
    List<Term> complete(String typed, int limit) {
        String t = typed.strip();
        if (t.startsWith("<")) t = t.substring(1);
        var m = PREFIXED.matcher(t);
        String iriStart = null;
        if (t.contains("://") || t.startsWith("urn:")) {
            iriStart = t.endsWith(">") ? t.substring(0, t.length() - 1) : t;
        } else if (m.matches()) {
            String ns = prefixes.get(m.group(1) == null ? "" : m.group(1));
            if (ns == null) throw new IllegalArgumentException("the prefix '" + (m.group(1) == null ? "" : m.group(1))
                    + ":' is not one of this dataset's; the editor declares " + String.join(", ", prefixes.keySet()));
            iriStart = ns + m.group(2);
        }
        List<Term> out = new ArrayList<>();
        if (iriStart != null) {
            byIri(terms, iriStart, limit, out);
            byIri(resources, iriStart, limit, out);
            return out;
        }
        List<String> words = new ArrayList<>();
        var w = WORD.matcher(t.toLowerCase(Locale.ROOT));
        while (w.find()) words.add(w.group());
        if (words.isEmpty()) throw new IllegalArgumentException("give the start of a name (mig:Pri), of an IRI, or words of a label");
        terms.values().stream()
                .filter(term -> matches(term, words))
                .sorted(Comparator.comparing((Term term) -> !label(term).startsWith(words.getFirst())).thenComparing(Term::iri))
                .limit(limit).forEach(out::add);
        if (out.size() < limit) byLabel(words, limit - out.size(), out);
        return out;
    }

    private static void byIri(NavigableMap<String, Term> map, String start, int limit, List<Term> out) {
        for (Term term : map.tailMap(start, true).values()) {
            if (out.size() >= limit || !term.iri().startsWith(start)) break;
            out.add(term);
        }
    }

    private static String label(Term t) {
        return t.label() == null ? "" : t.label().toLowerCase(Locale.ROOT);
    }

    /** Every word starts a word of the label (or of the IRI's local name). */
    private static boolean matches(Term term, List<String> words) {
        for (String word : words) if (!term.words().contains(" " + word)) return false;
        return true;
    }

    /** Resources whose label has these words, each starting a word of it. */
    private void byLabel(List<String> words, int limit, List<Term> out) {
        resources.values().stream()
                .filter(term -> matches(term, words))
                .sorted(Comparator.comparing((Term term) -> !label(term).startsWith(words.getFirst()))
                        .thenComparing(term -> label(term).length()).thenComparing(Term::iri))
                .limit(limit).forEach(out::add);
    }
}
