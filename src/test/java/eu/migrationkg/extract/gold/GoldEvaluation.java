package eu.migrationkg.extract.gold;

import eu.migrationkg.vocab.Vocab;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Compares what was extracted from one source (the triples in the graphs of its passages) with its
 * gold standard. Resources are compared by their names, so the gold needs no IRIs; a mention is
 * counted once per document, and labels are not counted (they are how resources are named).
 */
public final class GoldEvaluation {

    /** An extracted fact; {@code object} null stands for "this document" (a mention). */
    public record Extracted(Node subject, Node predicate, Node object) {}

    private static final Map<String, String> PREFIXES = Map.of(
            "dct", Vocab.DCT, "skos", Vocab.SKOS, "org", Vocab.ORG, "owl", Vocab.OWL, "eli", Vocab.ELI,
            "rdf", Vocab.RDF, "rdfs", Vocab.RDFS);
    private static final Node PREF_LABEL = NodeFactory.createURI(Vocab.SKOS + "prefLabel");
    private static final List<Node> LABELS = List.of(PREF_LABEL, NodeFactory.createURI(Vocab.SKOS + "altLabel"),
            NodeFactory.createURI(Vocab.RDFS + "label"), NodeFactory.createURI(Vocab.DCT + "title"));

    private final String base;
    private final Graph union;
    private final Map<Node, Set<String>> labels = new HashMap<>();

    public final List<Extracted> extracted;
    public final List<GoldStandard.Fact> gold;
    public final List<Extracted> falsePositives = new ArrayList<>();
    public final List<GoldStandard.Fact> falseNegatives = new ArrayList<>();
    public int matched;

    public GoldEvaluation(DatasetGraph dataset, String base, String source, GoldStandard gold) {
        this.base = base;
        this.union = dataset.getDefaultGraph();
        for (Node p : LABELS) {
            union.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> {
                if (t.getObject().isLiteral()) {
                    labels.computeIfAbsent(t.getSubject(), k -> new HashSet<>()).add(norm(t.getObject().getLiteralLexicalForm()));
                }
            });
        }
        this.extracted = extractedFrom(dataset, source);
        this.gold = gold.facts();
        match();
    }

    private List<Extracted> extractedFrom(DatasetGraph dataset, String source) {
        String prefix = base + "id/passage/" + source + "/";
        Node mentionedIn = NodeFactory.createURI(base + "ontology#mentionedIn");
        Node history = NodeFactory.createURI(base + "ontology#history");
        Set<Extracted> out = new LinkedHashSet<>();
        dataset.listGraphNodes().forEachRemaining(g -> {
            if (!g.isURI() || !g.getURI().startsWith(prefix)) return;
            Graph graph = dataset.getGraph(g);
            Set<Node> observations = new HashSet<>();
            graph.find(Node.ANY, history, Node.ANY).forEachRemaining(t -> observations.add(t.getObject()));
            for (Triple t : graph.find().toList()) {
                if (t.getPredicate().equals(PREF_LABEL) || observations.contains(t.getSubject())) continue;
                Node object = t.getPredicate().equals(mentionedIn) ? null
                        : t.getPredicate().equals(history) ? observation(graph, t.getObject()) : t.getObject();
                out.add(new Extracted(t.getSubject(), t.getPredicate(), object));
            }
        });
        return List.copyOf(out);
    }

    /**
     * A dated observation counted as one fact, written as the gold writes it: "mig:status mig:adopted as of
     * 2027-03" (property, value, as-of date; "(stated)" when the sentence gives the date).
     */
    private Node observation(Graph graph, Node obs) {
        Node p = one(graph, obs, NodeFactory.createURI(Vocab.RDF + "predicate"));
        Node v = one(graph, obs, NodeFactory.createURI(Vocab.RDF + "object"));
        Node asOf = one(graph, obs, NodeFactory.createURI(base + "ontology#asOf"));
        Node stated = one(graph, obs, NodeFactory.createURI(base + "ontology#asOfStated"));
        String value = v == null ? "?" : v.isLiteral() ? v.getLiteralLexicalForm() : name(v);
        return NodeFactory.createLiteralString((p == null ? "?" : shortName(p)) + " " + value + " as of "
                + (asOf == null ? "?" : asOf.getLiteralLexicalForm())
                + (stated != null && "true".equals(stated.getLiteralLexicalForm()) ? " (stated)" : ""));
    }

    private static Node one(Graph graph, Node s, Node p) {
        return graph.find(s, p, Node.ANY).nextOptional().map(Triple::getObject).orElse(null);
    }

    private void match() {
        Set<Extracted> used = new HashSet<>();
        for (GoldStandard.Fact f : gold) {
            Node predicate = term(f.relation());
            Extracted hit = null;
            for (Extracted e : extracted) {
                if (!used.contains(e) && e.predicate().equals(predicate) && named(e.subject(), f.subject())
                        && sameValue(e.object(), f.value())) {
                    hit = e;
                    break;
                }
            }
            if (hit == null) {
                falseNegatives.add(f);
            } else {
                used.add(hit);
                matched++;
            }
        }
        for (Extracted e : extracted) if (!used.contains(e)) falsePositives.add(e);
    }

    public double precision() {
        return extracted.isEmpty() ? 0 : (double) matched / extracted.size();
    }

    public double recall() {
        return gold.isEmpty() ? 0 : (double) matched / gold.size();
    }

    private Node term(String prefixed) {
        if (prefixed.equals("a")) return NodeFactory.createURI(Vocab.RDF + "type");
        if (prefixed.startsWith("<") && prefixed.endsWith(">")) {
            String iri = prefixed.substring(1, prefixed.length() - 1);
            return NodeFactory.createURI(iri.startsWith("http") ? iri : base + iri);
        }
        int colon = prefixed.indexOf(':');
        if (colon > 0) {
            String p = prefixed.substring(0, colon);
            if (p.equals("mig")) return NodeFactory.createURI(base + "ontology#" + prefixed.substring(colon + 1));
            if (PREFIXES.containsKey(p)) return NodeFactory.createURI(PREFIXES.get(p) + prefixed.substring(colon + 1));
        }
        return null;
    }

    private boolean named(Node resource, String name) {
        return labels.getOrDefault(resource, Set.of()).contains(norm(name));
    }

    private boolean sameValue(Node object, String value) {
        if (object == null) return value.equals("this");
        if (object.isLiteral()) {
            String lex = object.getLiteralLexicalForm();
            if (norm(lex).equals(norm(value))) return true;
            try {
                return new BigDecimal(lex).compareTo(new BigDecimal(value)) == 0;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        Node t = term(value);
        if (t != null && t.equals(object)) return true;
        return named(object, value);
    }

    private static String norm(String s) {
        return s.replace('’', '\'').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /** The relation of an extracted fact as the gold writes it ("a", "mig:funds", "org:holds"). */
    public String relation(Extracted e) {
        return e.predicate().getURI().equals(Vocab.RDF + "type") ? "a" : shortName(e.predicate());
    }

    /** Matched, extracted and gold facts of one kind (see {@link FactKinds}). */
    public int[] count(java.util.function.Predicate<String> relation) {
        int x = (int) extracted.stream().filter(e -> relation.test(relation(e))).count();
        int fp = (int) falsePositives.stream().filter(e -> relation.test(relation(e))).count();
        int g = (int) gold.stream().filter(f -> relation.test(f.relation())).count();
        return new int[] {x - fp, x, g};
    }

    /** A readable form of an extracted fact, by names. */
    public String describe(Extracted e) {
        return name(e.subject()) + " | " + shortName(e.predicate()) + " | " + (e.object() == null ? "this" : name(e.object()));
    }

    private String name(Node n) {
        if (n.isLiteral()) return n.getLiteralLexicalForm();
        if (n.getURI().startsWith(base + "ontology#")) return shortName(n);
        Node label = union.find(n, PREF_LABEL, Node.ANY).toList().stream().map(Triple::getObject).findFirst().orElse(null);
        return label != null ? label.getLiteralLexicalForm() : shortName(n);
    }

    private String shortName(Node n) {
        String u = n.getURI();
        if (u.startsWith(base + "ontology#")) return "mig:" + u.substring((base + "ontology#").length());
        for (var e : PREFIXES.entrySet()) if (u.startsWith(e.getValue())) return e.getKey() + ":" + u.substring(e.getValue().length());
        return u.startsWith(base) ? "<" + u.substring(base.length()) + ">" : "<" + u + ">";
    }
}
