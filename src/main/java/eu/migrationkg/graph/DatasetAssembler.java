package eu.migrationkg.graph;

import eu.migrationkg.ProjectLayout;
import eu.migrationkg.extract.AnalysisCache;
import eu.migrationkg.extract.ExtractionPipeline;
import eu.migrationkg.extract.ExtractionResult;
import eu.migrationkg.extract.ReferenceData;
import eu.migrationkg.extract.SourceMetadata;
import eu.migrationkg.extract.rules.ExtractionRules;
import eu.migrationkg.sources.SourceCatalog;
import eu.migrationkg.sources.SourceDocument;
import eu.migrationkg.sources.SourceException;
import eu.migrationkg.sources.SourceReader;
import eu.migrationkg.vocab.Iris;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/**
 * Builds the dataset from the repository: the ontology, the curated data and what is extracted from
 * the source documents, each in a named graph that says where it came from: one per repository file,
 * one per document (its description and its passages) and one per passage (the facts it states). The
 * default graph is their union, so plain queries need no GRAPH clause. {@link #assemble()} holds it
 * in memory with its full-text index ({@link TextIndexing}); {@link #assembleNamedGraphs()} is what
 * {@link ReleaseBuilder} writes into a release's TDB2 store, where the union is a setting, not a copy.
 */
public final class DatasetAssembler {

    private final ProjectLayout layout;
    private final Iris iris;
    private final SourceReader reader;
    private java.util.function.Consumer<SourceDocument> onDocument = d -> { };
    private AnalysisCache analyses = AnalysisCache.shared();

    public DatasetAssembler(ProjectLayout layout, Iris iris, SourceReader reader) {
        this.layout = layout;
        this.iris = iris;
        this.reader = reader;
    }

    /** Takes unchanged documents' analyses from {@code cache} (default: the one this process shares). */
    public DatasetAssembler analysisCache(AnalysisCache cache) {
        this.analyses = cache;
        return this;
    }

    /** Tells {@code listener} of each document as its extraction starts. */
    public DatasetAssembler onDocument(java.util.function.Consumer<SourceDocument> listener) {
        this.onDocument = listener;
        return this;
    }

    public AssembledDataset assemble() {
        AssembledDataset staged = assembleNamedGraphs();
        return new AssembledDataset(iris, TextIndexing.indexed(withUnionDefault(staged.dataset(), iris)), staged.prefixes(),
                staged.documents(), staged.problems(), staged.about(), staged.resolution(), staged.release());
    }

    /**
     * The named graphs alone, in a plain in-memory dataset whose default graph is a view of their union
     * (nothing copied, no text index): what a release loads into its store.
     */
    public AssembledDataset assembleNamedGraphs() {
        DatasetGraph staging = DatasetGraphFactory.createGeneral();
        PrefixMap prefixes = PrefixMapFactory.create();
        List<BuildProblem> problems = new ArrayList<>();

        Graph reference = GraphFactory.createDefaultGraph();
        loadTurtleFolder(layout.ontologyDir(), GraphOrigins.ONTOLOGY, staging, reference, prefixes, problems);
        loadTurtleFolder(layout.curatedDir(), GraphOrigins.CURATED, staging, reference, prefixes, problems);
        declareVersion(staging);

        ExtractionRules.Loaded rules = ExtractionRules.load(layout.extractionDir());
        rules.problems().forEach(e -> problems.add(problemOf(e)));
        SourceCatalog catalog = SourceCatalog.read(layout.sourcesDir(), reader);
        catalog.problems().forEach(e -> problems.add(problemOf(e)));
        ReferenceData referenceData = new ReferenceData(reference, iris.resourcePrefix());
        SourceMetadata metadata = new SourceMetadata(iris, referenceData);
        List<SourceDocument> documents = new ArrayList<>();
        for (SourceDocument doc : catalog.documents()) {
            try {
                Graph described = metadata.describe(doc);
                Node g = GraphOrigins.sourceGraph(iris, doc.name());
                described.find().forEachRemaining(t -> staging.add(new Quad(g, t)));
                documents.add(doc);
            } catch (SourceException e) {
                problems.add(problemOf(e));
            }
        }
        ExtractionResult extracted = new ExtractionPipeline(iris, referenceData, rules.rules())
                .cachingIn(analyses, rulesKey())
                .onDocument(onDocument).run(documents);
        extracted.quads().forEach(staging::add);
        extracted.problems().forEach(e -> problems.add(problemOf(e)));
        addEntailments(staging);
        // Extracted statements that break a shape are held back, not the graph (Quarantine); then the report.
        Quarantine.Outcome held = new Quarantine(layout, iris, documents).apply(staging, prefixes, () -> {
            staging.removeGraph(GraphOrigins.inferredGraph(iris));
            addEntailments(staging);
        });
        ValidationGraph.write(staging, iris, new NodeText(prefixes, iris.base()), held, Conflicts.find(staging, iris));
        Graph about = datasetDescription(problems);
        return new AssembledDataset(iris, new UnionDefaultView(staging, heldApart(staging, iris)), prefixes, List.copyOf(documents),
                List.copyOf(problems), about, extracted.resolution(), ReleaseId.of(layout));
    }

    /**
     * What shapes a document's analysis besides the document itself: every input that is not a source
     * document or a saved query (ontology, curated data, extraction rules), the base of the IRIs and
     * the code. A change to any of them makes every document be extracted again.
     */
    private String rulesKey() {
        MessageDigest digest = ReleaseId.sha256();
        String sources = layout.root().relativize(layout.sourcesDir()).toString().replace('\\', '/') + "/";
        String queries = layout.root().relativize(layout.queriesDir()).toString().replace('\\', '/') + "/";
        for (String input : ReleaseId.inputs(layout)) {
            if (input.startsWith(sources) || input.startsWith(queries)) continue;
            digest.update(input.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            try {
                digest.update(Files.readAllBytes(layout.root().resolve(input)));
            } catch (IOException e) {
                // An unreadable input is reported by the step that reads it; it only makes this key differ.
                digest.update(e.toString().getBytes(StandardCharsets.UTF_8));
            }
            digest.update((byte) 0);
        }
        digest.update(iris.base().getBytes(StandardCharsets.UTF_8));
        digest.update(ReleaseId.CodeVersion.HASH.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The extraction the build runs, with what it knows beforehand (ontology, curated data, rules) but
     * without the sources: for measuring it on other text. Problems reading those files go to {@code problems}.
     */
    public ExtractionPipeline extractionPipeline(List<BuildProblem> problems) {
        Graph reference = GraphFactory.createDefaultGraph();
        DatasetGraph unused = DatasetGraphFactory.createGeneral();
        PrefixMap prefixes = PrefixMapFactory.create();
        loadTurtleFolder(layout.ontologyDir(), GraphOrigins.ONTOLOGY, unused, reference, prefixes, problems);
        loadTurtleFolder(layout.curatedDir(), GraphOrigins.CURATED, unused, reference, prefixes, problems);
        ExtractionRules.Loaded rules = ExtractionRules.load(layout.extractionDir());
        rules.problems().forEach(e -> problems.add(problemOf(e)));
        return new ExtractionPipeline(iris, new ReferenceData(reference, iris.resourcePrefix()), rules.rules());
    }

    /**
     * The ontology says which version of the data it is served with ({@code owl:versionIRI}), in the
     * graph of the file that declares it.
     */
    private void declareVersion(DatasetGraph staging) {
        Node ontology = org.apache.jena.graph.NodeFactory.createURI(iris.ontologyIri());
        Node type = org.apache.jena.graph.NodeFactory.createURI(eu.migrationkg.vocab.Vocab.RDF + "type");
        Node owlOntology = org.apache.jena.graph.NodeFactory.createURI(eu.migrationkg.vocab.Vocab.OWL + "Ontology");
        Node versionIri = org.apache.jena.graph.NodeFactory.createURI(eu.migrationkg.vocab.Vocab.OWL + "versionIRI");
        Node version = org.apache.jena.graph.NodeFactory.createURI(DatasetVersion.ontologyVersionIri(iris, DatasetVersion.of(layout)));
        List<Node> graphs = new ArrayList<>();
        staging.listGraphNodes().forEachRemaining(g -> {
            if (staging.getGraph(g).contains(ontology, type, owlOntology)) graphs.add(g);
        });
        for (Node g : graphs) staging.add(new Quad(g, ontology, versionIri, version));
    }

    /** {@code data/dataset.ttl}: the dataset's title, licence, publisher... An absent file says nothing. */
    private Graph datasetDescription(List<BuildProblem> problems) {
        Graph about = GraphFactory.createDefaultGraph();
        Path file = layout.datasetDescriptionFile();
        if (!Files.isRegularFile(file)) return about;
        try {
            // Its prefixes stay its own: the dumps declare only those of the graph.
            new RdfFileLoader(iris).load(file, layout.display(file), StreamRDFLib.graph(about), PrefixMapFactory.create());
        } catch (RdfFileLoader.ProblemException e) {
            problems.add(e.problem);
            return GraphFactory.createDefaultGraph();
        }
        return about;
    }

    /**
     * Materialises what the ontology entails from everything loaded into a graph of its own, so it can be
     * told from what the files state. The shapes describe the data and take no part.
     */
    private void addEntailments(DatasetGraph staging) {
        Node shapes = GraphOrigins.fileGraph(iris, GraphOrigins.ONTOLOGY, layout.shapesFile());
        Graph asserted = GraphFactory.createDefaultGraph();
        staging.listGraphNodes().forEachRemaining(g -> {
            if (!g.equals(shapes) && !GraphOrigins.isHeldApart(iris, g)) staging.getGraph(g).find().forEachRemaining(asserted::add);
        });
        Node inferredGraph = GraphOrigins.inferredGraph(iris);
        Entailments.materialise(asserted).find().forEachRemaining(t -> staging.add(new Quad(inferredGraph, t)));
    }

    private BuildProblem problemOf(SourceException e) {
        return new BuildProblem(layout.display(e.file()), e.line(), e.getMessage());
    }

    /**
     * Loads each Turtle file of the folder into its own graph. All but the shapes file are also what
     * extraction knows beforehand: shapes describe the data, they are not part of it.
     */
    private void loadTurtleFolder(Path folder, String folderKind, DatasetGraph staging, Graph reference,
                                  PrefixMap prefixes, List<BuildProblem> problems) {
        RdfFileLoader loader = new RdfFileLoader(iris);
        for (Path file : turtleFiles(folder, problems)) {
            Node graphName = GraphOrigins.fileGraph(iris, folderKind, file);
            boolean isReference = !file.toAbsolutePath().normalize().equals(layout.shapesFile());
            Graph parsed = GraphFactory.createDefaultGraph();
            try {
                loader.load(file, layout.display(file), StreamRDFLib.graph(parsed), prefixes);
            } catch (RdfFileLoader.ProblemException e) {
                problems.add(e.problem);
                continue;
            }
            parsed.find().forEachRemaining(t -> {
                staging.add(new Quad(graphName, t));
                if (isReference) reference.add(t);
            });
        }
    }

    private List<Path> turtleFiles(Path folder, List<BuildProblem> problems) {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".ttl")).sorted().toList();
        } catch (IOException e) {
            problems.add(new BuildProblem(layout.display(folder), 0, "cannot list the folder: " + e.getMessage()));
            return List.of();
        }
    }

    /** Moves the graphs held apart (statements held back, the validation report) out of {@code staging}. */
    private static DatasetGraph heldApart(DatasetGraph staging, Iris iris) {
        DatasetGraph apart = DatasetGraphFactory.createGeneral();
        for (Node g : List.of(GraphOrigins.quarantineGraph(iris), GraphOrigins.validationGraph(iris))) {
            staging.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(apart::add);
            staging.removeGraph(g);
        }
        return apart;
    }

    /**
     * A transactional in-memory dataset holding the named graphs and, as default graph, their union; the
     * statements held back and the validation report are served in their graphs but not in the union.
     */
    private static DatasetGraph withUnionDefault(DatasetGraph staging, Iris iris) {
        DatasetGraph result = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(result, () -> {
            staging.find().forEachRemaining(q -> {
                result.add(q);
                if (!GraphOrigins.isHeldApart(iris, q.getGraph())) result.getDefaultGraph().add(q.asTriple());
            });
        });
        return result;
    }
}
