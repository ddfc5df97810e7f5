package eu.migrationkg.graph;

import eu.migrationkg.vocab.Iris;
import eu.migrationkg.vocab.Vocab;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The validation report of the published data, in the SHACL report vocabulary, in a graph of its own
 * ({@link GraphOrigins#validationGraph}, kept out of the default graph): a {@code sh:ValidationReport}
 * whose {@code sh:result}s are the statements held back ({@code sh:Violation}, each with
 * {@code mig:heldStatement}, the statement reified with the passage it came from), the conflicts between
 * sources ({@code sh:Info}, each with its {@code mig:conflictingObservation}s) and the warnings. Written
 * by the assembly only when there is something to report; read by {@code /validation} and {@code kg validate}.
 */
public final class ValidationGraph {

    static final Node TYPE = uri(Vocab.RDF + "type");
    static final Node SUBJECT = uri(Vocab.RDF + "subject");
    static final Node PREDICATE = uri(Vocab.RDF + "predicate");
    static final Node OBJECT = uri(Vocab.RDF + "object");
    static final Node STATEMENT = uri(Vocab.RDF + "Statement");
    static final Node DERIVED_FROM = uri(Vocab.PROV + "wasDerivedFrom");
    static final Node REPORT = uri(Vocab.SH + "ValidationReport");
    static final Node RESULT_CLASS = uri(Vocab.SH + "ValidationResult");
    static final Node CONFORMS = uri(Vocab.SH + "conforms");
    static final Node RESULT = uri(Vocab.SH + "result");
    static final Node SEVERITY = uri(Vocab.SH + "resultSeverity");
    static final Node FOCUS = uri(Vocab.SH + "focusNode");
    static final Node PATH = uri(Vocab.SH + "resultPath");
    static final Node VALUE = uri(Vocab.SH + "value");
    static final Node MESSAGE = uri(Vocab.SH + "resultMessage");
    static final Node SHAPE = uri(Vocab.SH + "sourceShape");
    static final Node VIOLATION = uri(Vocab.SH + "Violation");
    static final Node WARNING = uri(Vocab.SH + "Warning");
    static final Node INFO = uri(Vocab.SH + "Info");

    /** What one result is: a statement held back, a conflict, a warning, or a violation of the hand-written files. */
    public enum Kind { HELD, CONFLICT, WARNING, VIOLATION }

    /**
     * A statement (held back, or observed) and the passage stating it; {@code location} is the file and
     * characters of the passage ({@code data/sources/x.md (characters 10-20)}), found by the reader's
     * locator since a passage's IRI names its words, not its place.
     */
    public record Evidence(Node node, Node subject, Node predicate, Node object, Node passage, String asOf, String location) {}

    /** One result of the report. */
    public record Entry(Node node, Kind kind, Node focus, Node path, Node value, String message, Node shape,
                        List<Evidence> evidence) {}

    private ValidationGraph() {}

    /** Writes the report into {@code staging} when something was held back or found; nothing otherwise. */
    public static void write(DatasetGraph staging, Iris iris, NodeText text, Quarantine.Outcome outcome,
                             List<Conflicts.Conflict> conflicts) {
        List<ShapeValidation.Finding> warnings = outcome.remaining().stream()
                .filter(f -> !f.result().violation()).toList();
        List<ShapeValidation.Finding> violations = outcome.remaining().stream()
                .filter(f -> f.result().violation()).toList();
        if (outcome.held().isEmpty() && conflicts.isEmpty() && warnings.isEmpty() && violations.isEmpty()) return;
        Node g = GraphOrigins.validationGraph(iris);
        Node report = g;
        staging.add(g, report, TYPE, REPORT);
        staging.add(g, report, CONFORMS, NodeFactory.createLiteralDT(
                Boolean.toString(outcome.held().isEmpty() && violations.isEmpty()), XSDDatatype.XSDboolean));
        for (Quarantine.Held h : outcome.held()) {
            Quad q = h.statement();
            Node r = result(g, report, staging, "held", q.toString(), VIOLATION, h.why());
            Node st = node(g, "statement", q.toString());
            staging.add(g, r, iris.term("heldStatement"), st);
            staging.add(g, st, TYPE, STATEMENT);
            staging.add(g, st, SUBJECT, q.getSubject());
            staging.add(g, st, PREDICATE, q.getPredicate());
            staging.add(g, st, OBJECT, q.getObject());
            staging.add(g, st, DERIVED_FROM, q.getGraph());
        }
        for (Conflicts.Conflict c : conflicts) {
            Node r = node(g, "conflict", c.thing() + " " + c.property() + " " + c.asOf());
            staging.add(g, report, RESULT, r);
            staging.add(g, r, TYPE, RESULT_CLASS);
            staging.add(g, r, SEVERITY, INFO);
            staging.add(g, r, FOCUS, c.thing());
            staging.add(g, r, PATH, c.property());
            String values = c.sides().stream().map(s -> text.of(s.value())).distinct().collect(Collectors.joining(", "));
            staging.add(g, r, MESSAGE, NodeFactory.createLiteralString("sources disagree as of " + c.asOf() + ": "
                    + values + " (" + c.sides().size() + " passages; all are kept)"));
            for (Conflicts.Side s : c.sides()) {
                staging.add(g, r, VALUE, s.value());
                staging.add(g, r, iris.term("conflictingObservation"), s.observation());
            }
        }
        for (ShapeValidation.Finding f : warnings) result(g, report, staging, "warning", f.result().describe(), WARNING, f);
        for (ShapeValidation.Finding f : violations) result(g, report, staging, "violation", f.result().describe(), VIOLATION, f);
    }

    private static Node result(Node g, Node report, DatasetGraph staging, String kind, String key, Node severity,
                               ShapeValidation.Finding f) {
        Node r = node(g, kind, key + "\n" + f.result().describe());
        staging.add(g, report, RESULT, r);
        staging.add(g, r, TYPE, RESULT_CLASS);
        staging.add(g, r, SEVERITY, severity);
        staging.add(g, r, FOCUS, f.focus());
        if (f.property() != null) staging.add(g, r, PATH, f.property());
        if (f.value() != null) staging.add(g, r, VALUE, f.value());
        staging.add(g, r, MESSAGE, NodeFactory.createLiteralString(f.result().message()));
        if (f.shape() != null) staging.add(g, r, SHAPE, f.shape());
        return r;
    }

    /** The report, its passages located by their IRIs only (enough to count or tell kinds apart). */
    public static List<Entry> read(DatasetGraph dataset, Iris iris) {
        return read(dataset, iris, Node::getURI);
    }

    /**
     * The report as served; empty when the graph holds none (nothing held back, no conflict, no warning).
     * {@code locate} gives where a passage is ({@link GraphOrigins#locate}).
     */
    public static List<Entry> read(DatasetGraph dataset, Iris iris, java.util.function.Function<Node, String> locate) {
        Node g = GraphOrigins.validationGraph(iris);
        if (!dataset.containsGraph(g)) return List.of();
        Graph report = dataset.getGraph(g);
        Graph union = dataset.getDefaultGraph();
        List<Entry> out = new ArrayList<>();
        report.find(Node.ANY, RESULT, Node.ANY).forEachRemaining(t -> {
            Node r = t.getObject();
            Node severity = one(report, r, SEVERITY);
            List<Evidence> evidence = new ArrayList<>();
            report.find(r, iris.term("heldStatement"), Node.ANY)
                    .forEachRemaining(h -> evidence.add(evidence(report, h.getObject(), iris, locate)));
            report.find(r, iris.term("conflictingObservation"), Node.ANY)
                    .forEachRemaining(h -> evidence.add(evidence(union, h.getObject(), iris, locate)));
            Kind kind = !report.find(r, iris.term("heldStatement"), Node.ANY).toList().isEmpty() ? Kind.HELD
                    : INFO.equals(severity) ? Kind.CONFLICT : WARNING.equals(severity) ? Kind.WARNING : Kind.VIOLATION;
            evidence.sort(Comparator.comparing((Evidence e) -> e.passage() == null ? "" : e.passage().getURI()));
            Node message = one(report, r, MESSAGE);
            out.add(new Entry(r, kind, one(report, r, FOCUS), one(report, r, PATH), one(report, r, VALUE),
                    message == null ? "" : message.getLiteralLexicalForm(), one(report, r, SHAPE), List.copyOf(evidence)));
        });
        out.sort(Comparator.comparing(Entry::kind).thenComparing(e -> e.evidence().isEmpty() ? ""
                : e.evidence().get(0).location()).thenComparing(e -> e.node().getURI()));
        return List.copyOf(out);
    }

    /**
     * One line for a person: {@code held back: data/sources/x.md (characters 10-20): <s> p o: message}, or
     * {@code conflict: <thing> mig:status: message: value as of date at file (characters), ...}.
     */
    public static String describe(Entry e, Iris iris, NodeText text) {
        return switch (e.kind()) {
            case HELD -> "held back: " + e.evidence().stream().map(ev -> ev.location() + ": " + text.of(ev.subject())
                    + " " + text.of(ev.predicate()) + " " + text.of(ev.object())).collect(Collectors.joining("; "))
                    + ": " + e.message();
            case CONFLICT -> "conflict: " + text.of(e.focus()) + (e.path() == null ? "" : " " + text.of(e.path())) + ": "
                    + e.message() + ": " + e.evidence().stream().map(ev -> text.of(ev.object()) + " at "
                    + ev.location()).collect(Collectors.joining(", "));
            case WARNING, VIOLATION -> e.kind().name().toLowerCase(java.util.Locale.ROOT) + ": " + text.of(e.focus())
                    + (e.path() == null ? "" : " " + text.of(e.path())) + ": " + e.message();
        };
    }

    /** How many statements publication held back. */
    public static long heldCount(List<Entry> entries) {
        return entries.stream().filter(e -> e.kind() == Kind.HELD).count();
    }

    /** The report graph's triples (for Turtle and JSON-LD), empty when there is none. */
    public static Optional<Graph> graph(DatasetGraph dataset, Iris iris) {
        Node g = GraphOrigins.validationGraph(iris);
        return dataset.containsGraph(g) ? Optional.of(dataset.getGraph(g)) : Optional.empty();
    }

    private static Evidence evidence(Graph graph, Node n, Iris iris, java.util.function.Function<Node, String> locate) {
        Node asOf = one(graph, n, iris.term("asOf"));
        Node passage = one(graph, n, DERIVED_FROM);
        return new Evidence(n, one(graph, n, SUBJECT), one(graph, n, PREDICATE), one(graph, n, OBJECT),
                passage, asOf == null ? null : asOf.getLiteralLexicalForm(),
                passage == null ? "" : passage.isURI() ? locate.apply(passage) : passage.toString());
    }

    private static Node one(Graph graph, Node s, Node p) {
        return graph.find(s, p, Node.ANY).nextOptional().map(Triple::getObject).orElse(null);
    }

    private static Node node(Node graph, String kind, String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return uri(graph.getURI() + "#" + kind + "-" + HexFormat.of().formatHex(hash, 0, 8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
