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
        Graph data = dataGraph(dsg, shapesGraphName);
        if (shapes.numRootShapes() == 0) return new ShapeReport(0, data.size(), List.of());

        GraphOrigins origins = GraphOrigins.of(layout, assembled);
        NodeText text = new NodeText(assembled.prefixes(), assembled.iris().base());
        List<ShapeResult> results = new ArrayList<>();
        for (ReportEntry e : ShaclValidator.get().validate(shapes, data).getEntries()) {
            boolean hasValue = e.value() != null && !e.value().equals(e.focusNode());
            String message = e.message() + (hasValue ? " (value: " + text.of(e.value()) + ")" : "");
            results.add(new ShapeResult(Severity.Violation.equals(e.severity()),
                    filesOf(dsg, origins, e.focusNode(), e.resultPath(), shapesGraphName),
                    text.of(e.focusNode()), pathText(e.resultPath(), text), message,
                    text.of(nodeShapeOf(shapesGraph, e.source()))));
        }
        // Two constraints of one property shape (datatype and range, say) give the same line once.
        List<ShapeResult> distinct = results.stream().distinct()
                .sorted(Comparator.comparing(ShapeResult::files).thenComparing(ShapeResult::focus)
                        .thenComparing(ShapeResult::path).thenComparing(ShapeResult::message))
                .toList();
        return new ShapeReport(shapes.numRootShapes(), data.size(), distinct);
    }

    /** Everything served except the shapes themselves. */
    private static Graph dataGraph(DatasetGraph dsg, Node shapesGraphName) {
        Graph data = GraphFactory.createDefaultGraph();
        dsg.listGraphNodes().forEachRemaining(g -> {
            if (!g.equals(shapesGraphName)) dsg.getGraph(g).find().forEachRemaining(data::add);
        });
        return data;
    }

    /**
     * The files that state the offending triples: those with the focus node and the path's property
     * if any, else those describing the focus node at all.
     */
    private static String filesOf(DatasetGraph dsg, GraphOrigins origins, Node focus, Path path, Node shapesGraph) {
        Node property = path instanceof P_Link link ? link.getNode() : Node.ANY;
        Set<String> files = graphFiles(dsg, origins, shapesGraph, focus, property, Node.ANY);
        if (files.isEmpty()) files = graphFiles(dsg, origins, shapesGraph, focus, Node.ANY, Node.ANY);
        if (files.isEmpty()) files = graphFiles(dsg, origins, shapesGraph, Node.ANY, Node.ANY, focus);
        return files.isEmpty() ? "(inferred at load)" : String.join(", ", files);
    }

    private static Set<String> graphFiles(DatasetGraph dsg, GraphOrigins origins, Node shapesGraph,
                                          Node s, Node p, Node o) {
        Set<String> files = new TreeSet<>();
        dsg.listGraphNodes().forEachRemaining(g -> {
            if (!g.equals(shapesGraph) && !origins.isInferred(g) && dsg.getGraph(g).contains(s, p, o)) {
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
