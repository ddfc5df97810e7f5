package eu.migrationkg.graph;

import eu.migrationkg.ProjectLayout;
import eu.migrationkg.vocab.Vocab;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.parser.ShaclParseException;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.Path;

/**
 * The SHACL gate: checks the assembled graph, as it would be served, against the shapes graph loaded
 * from {@code ontology/shapes.ttl}, and locates every result in the repository's files.
 */
public final class ShapeValidation {

    private static final Node SH_PROPERTY = NodeFactory.createURI(Vocab.SH + "property");

    private final ProjectLayout layout;

    public ShapeValidation(ProjectLayout layout) {
        this.layout = layout;
    }

    /** Checks the graph; a shapes file that is not valid SHACL is an {@link IllegalStateException}. */
    public ShapeReport check(AssembledDataset assembled) {
        Checked c = validate(assembled);
        // Two constraints of one property shape (datatype and range, say) give the same line once.
        List<ShapeResult> distinct = c.findings().stream().map(Finding::result).distinct()
                .sorted(Comparator.comparing(ShapeResult::files).thenComparing(ShapeResult::focus)
                        .thenComparing(ShapeResult::path).thenComparing(ShapeResult::message))
                .toList();
        return new ShapeReport(c.shapeCount(), c.tripleCount(), distinct);
    }

    /**
     * One result with the nodes it is about, so that the statements causing it can be found.
     *
     * @param property the property of the result's path when it is a single property, else null
     * @param value    the offending value when the result names one other than the focus node, else null
     */
    public record Finding(ShapeResult result, Node focus, Node property, Node value, Node shape) {}

    /** What checking found, result by result, before results are merged into lines. */
    public record Checked(int shapeCount, long tripleCount, List<Finding> findings) {}

    /** Checks the graph and keeps each result with its nodes. */
    public Checked validate(AssembledDataset assembled) {
        DatasetGraph dsg = assembled.dataset();
        Node shapesGraphName = GraphOrigins.fileGraph(assembled.iris(), GraphOrigins.ONTOLOGY, layout.shapesFile());
        Graph shapesGraph = dsg.containsGraph(shapesGraphName) ? dsg.getGraph(shapesGraphName)
                : GraphFactory.createDefaultGraph();
        Shapes shapes;
        try {
            shapes = Shapes.parse(shapesGraph);
        } catch (ShaclParseException e) {
            throw new IllegalStateException(layout.display(layout.shapesFile()) + " is not valid SHACL: "
                    + e.getMessage(), e);
        }
        Set<Node> excluded = excluded(assembled, shapesGraphName);
        Graph data = dataGraph(dsg, excluded);
        if (shapes.numRootShapes() == 0) return new Checked(0, data.size(), List.of());

        GraphOrigins origins = GraphOrigins.of(layout, assembled);
        NodeText text = new NodeText(assembled.prefixes(), assembled.iris().base());
        List<Finding> results = new ArrayList<>();
        for (ReportEntry e : ShaclValidator.get().validate(shapes, data).getEntries()) {
            boolean hasValue = e.value() != null && !e.value().equals(e.focusNode());
            String message = e.message() + (hasValue ? " (value: " + text.of(e.value()) + ")" : "");
            Node shape = nodeShapeOf(shapesGraph, e.source());
            ShapeResult r = new ShapeResult(Severity.Violation.equals(e.severity()),
                    withLines(filesOf(dsg, origins, e.focusNode(), e.resultPath(), excluded), text.of(e.focusNode())),
                    text.of(e.focusNode()), pathText(e.resultPath(), text), message, text.of(shape));
            results.add(new Finding(r, e.focusNode(), e.resultPath() instanceof P_Link link ? link.getNode() : null,
                    hasValue ? e.value() : null, shape));
        }
        return new Checked(shapes.numRootShapes(), data.size(), results);
    }

    /**
     * Each hand-written Turtle file with the line where it describes the focus node ({@code file:line}):
     * the first line that starts with the node as the file writes it, else the first that names it.
     */
    private String withLines(String files, String focus) {
        if (files.startsWith("(")) return files;
        List<String> out = new ArrayList<>();
        for (String f : files.split(", ")) {
            if (!f.endsWith(".ttl")) {
                out.add(f);
                continue;
            }
            int line = 0;
            try {
                List<String> lines = java.nio.file.Files.readAllLines(layout.root().resolve(f));
                for (int i = 0; i < lines.size() && line == 0; i++) if (lines.get(i).strip().startsWith(focus)) line = i + 1;
                for (int i = 0; i < lines.size() && line == 0; i++) if (lines.get(i).contains(focus)) line = i + 1;
            } catch (java.io.IOException | RuntimeException e) {
                line = 0;
            }
            out.add(line > 0 ? f + ":" + line : f);
        }
        return String.join(", ", out);
    }

    /** The graphs that are not data: the shapes, and what publication holds back and reports. */
    private static Set<Node> excluded(AssembledDataset assembled, Node shapesGraphName) {
        return Set.of(shapesGraphName, GraphOrigins.quarantineGraph(assembled.iris()),
                GraphOrigins.validationGraph(assembled.iris()));
    }

    /** Everything served except the shapes themselves (and what is held back). */
    private static Graph dataGraph(DatasetGraph dsg, Set<Node> excluded) {
        Graph data = GraphFactory.createDefaultGraph();
        dsg.listGraphNodes().forEachRemaining(g -> {
            if (!excluded.contains(g)) dsg.getGraph(g).find().forEachRemaining(data::add);
        });
        return data;
    }

    /**
     * The files that state the offending triples: those with the focus node and the path's property
     * if any, else those describing the focus node at all.
     */
    private static String filesOf(DatasetGraph dsg, GraphOrigins origins, Node focus, Path path, Set<Node> shapesGraph) {
        Node property = path instanceof P_Link link ? link.getNode() : Node.ANY;
        Set<String> files = graphFiles(dsg, origins, shapesGraph, focus, property, Node.ANY);
        if (files.isEmpty()) files = graphFiles(dsg, origins, shapesGraph, focus, Node.ANY, Node.ANY);
        if (files.isEmpty()) files = graphFiles(dsg, origins, shapesGraph, Node.ANY, Node.ANY, focus);
        return files.isEmpty() ? "(inferred at load)" : String.join(", ", files);
    }

    private static Set<String> graphFiles(DatasetGraph dsg, GraphOrigins origins, Set<Node> excluded,
                                          Node s, Node p, Node o) {
        Set<String> files = new TreeSet<>();
        dsg.listGraphNodes().forEachRemaining(g -> {
            if (!excluded.contains(g) && !origins.isInferred(g) && dsg.getGraph(g).contains(s, p, o)) {
                origins.fileOf(g).ifPresent(files::add);
            }
        });
        return files;
    }

    private static String pathText(Path path, NodeText text) {
        if (path == null) return "";
        return path instanceof P_Link link ? text.of(link.getNode()) : path.toString();
    }

    /** Results of a property shape are reported under the node shape that has it. */
    private static Node nodeShapeOf(Graph shapesGraph, Node shape) {
        if (shape == null || !shape.isBlank()) return shape;
        return shapesGraph.find(Node.ANY, SH_PROPERTY, shape).nextOptional().map(t -> t.getSubject()).orElse(shape);
    }
}
