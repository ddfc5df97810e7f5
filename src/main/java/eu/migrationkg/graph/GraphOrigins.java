package eu.migrationkg.graph;

import eu.migrationkg.ProjectLayout;
import eu.migrationkg.vocab.Iris;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import eu.migrationkg.sources.SourceDocument;
import eu.migrationkg.vocab.Vocab;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The naming of named graphs, and its inverse: which repository file the triples of a graph come
 * from. A problem found in the assembled graph (a shape violation) is reported by file this way.
 *
 * <ul>
 *   <li>{@code {base}graph/quarantine}, {@code {base}graph/validation}: extracted statements held back, and the report saying why</li>
 *   <li>{@code {base}graph/ontology/{slug}} and {@code {base}graph/curated/{slug}}: a Turtle file</li>
 *   <li>{@code {base}graph/source/{key}}: the description of the document with that key</li>
 *   <li>{@code {base}id/passage/{key}/{hash}}: facts stated by a passage of that document (its characters
 *   are in its position selector)</li>
 *   <li>{@code {base}graph/inferred}: entailed at load, from no file</li>
 * </ul>
 */
public final class GraphOrigins {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(GraphOrigins.class);

    public static final String ONTOLOGY = "ontology";
    public static final String CURATED = "curated";
    public static final String INFERRED = "inferred";
    public static final String QUARANTINE = "quarantine";
    public static final String VALIDATION = "validation";

    private final ProjectLayout layout;
    private final Iris iris;
    private final DatasetGraph dataset;
    private final Map<String, String> files = new HashMap<>();
    private final Map<String, Path> documents = new HashMap<>();

    private GraphOrigins(ProjectLayout layout, Iris iris, DatasetGraph dataset) {
        this.layout = layout;
        this.iris = iris;
        this.dataset = dataset;
    }

    /** The origins of every graph of an assembly of the repository at {@code layout}. */
    public static GraphOrigins of(ProjectLayout layout, AssembledDataset assembled) {
        return of(layout, assembled.iris(), assembled.documents(), assembled.dataset());
    }

    /**
     * The origins of the graphs of {@code dataset}, built from the repository at {@code layout} with these
     * documents (passage graphs are located by the position selectors their documents' graphs hold).
     */
    public static GraphOrigins of(ProjectLayout layout, Iris iris, List<SourceDocument> documents, DatasetGraph dataset) {
        GraphOrigins o = new GraphOrigins(layout, iris, dataset);
        for (Path f : list(layout.ontologyDir(), ".ttl")) o.put(fileGraph(iris, ONTOLOGY, f), f);
        for (Path f : list(layout.curatedDir(), ".ttl")) o.put(fileGraph(iris, CURATED, f), f);
        for (SourceDocument d : documents) {
            o.put(sourceGraph(iris, d.name()), d.file());
            o.documents.put(d.name(), d.file());
        }
        return o;
    }

    /** The graph holding the triples of a Turtle file of {@code ontology/} or {@code data/curated/}. */
    public static Node fileGraph(Iris iris, String folderKind, Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.ttl$", "");
        return iris.graph(folderKind + "/" + Iris.slug(name));
    }

    /** The graph describing a source document. */
    public static Node sourceGraph(Iris iris, String documentName) {
        return iris.graph("source/" + documentName);
    }

    /** The graph of the triples entailed at load. */
    public static Node inferredGraph(Iris iris) {
        return iris.graph(INFERRED);
    }

    /**
     * The graph of the extracted statements held back because they break a shape: served, but not part
     * of the default graph (see {@link Quarantine}).
     */
    public static Node quarantineGraph(Iris iris) {
        return iris.graph(QUARANTINE);
    }

    /** The graph of the validation report of the published data (SHACL report vocabulary), kept out of the default graph. */
    public static Node validationGraph(Iris iris) {
        return iris.graph(VALIDATION);
    }

    /** True for the graphs publication keeps out of the default graph. */
    public static boolean isHeldApart(Iris iris, Node graph) {
        return quarantineGraph(iris).equals(graph) || validationGraph(iris).equals(graph);
    }

    /** True for the graph of the facts a passage of a source document states: extracted, not written by hand. */
    public boolean isExtracted(Node graph) {
        return graph != null && graph.isURI() && graph.getURI().startsWith(iris.base() + "id/passage/");
    }

    /** The file (as shown to people) the graph's triples come from, with the characters for a passage. */
    public Optional<String> fileOf(Node graph) {
        if (graph == null || !graph.isURI()) return Optional.empty();
        String known = files.get(graph.getURI());
        if (known != null) return Optional.of(known);
        String passages = iris.base() + "id/passage/";
        if (graph.getURI().startsWith(passages)) {
            String[] parts = graph.getURI().substring(passages.length()).split("/");
            Path doc = documents.get(parts[0]);
            if (parts.length == 2 && doc != null) {
                Node position = NodeFactory.createURI(graph.getURI() + "#position");
                Graph described = dataset.getGraph(sourceGraph(iris, parts[0]));
                Optional<String> start = number(described, position, Vocab.OA + "start");
                Optional<String> end = number(described, position, Vocab.OA + "end");
                return Optional.of(layout.display(doc) + (start.isPresent() && end.isPresent()
                        ? " (characters " + start.get() + "-" + end.get() + ")" : ""));
            }
        }
        return Optional.empty();
    }

    /** Where a passage (or another graph) is, for people: its file and characters, else its IRI. */
    public String locate(Node graph) {
        return fileOf(graph).orElse(graph.isURI() ? graph.getURI() : graph.toString());
    }

    public Iris iris() { return iris; }

    /** True for the graph of entailed triples, which comes from no file. */
    public boolean isInferred(Node graph) {
        return inferredGraph(iris).equals(graph);
    }

    private void put(Node graph, Path file) {
        files.put(graph.getURI(), layout.display(file));
    }

    private static Optional<String> number(Graph described, Node s, String p) {
        return described.find(s, NodeFactory.createURI(p), Node.ANY).nextOptional()
                .filter(t -> t.getObject().isLiteral()).map(t -> t.getObject().getLiteralLexicalForm());
    }

    private static List<Path> list(Path folder, String suffix) {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            // The build lists the same folders and reports them as problems; here a file is only unnamed.
            LOG.warn("cannot list {} to name its graphs: {}", folder, e.toString());
            return List.of();
        }
    }
}
