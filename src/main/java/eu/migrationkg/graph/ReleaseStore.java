package eu.migrationkg.graph;

import eu.migrationkg.ProjectLayout;
import eu.migrationkg.extract.resolve.Resolution;
import eu.migrationkg.sources.SourceCatalog;
import eu.migrationkg.sources.SourceDocument;
import eu.migrationkg.sources.SourceReader;
import eu.migrationkg.vocab.Iris;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A release opened for serving: its TDB2 database with the union as default graph, its text index
 * and what the build recorded beside them. Opening reads no document and extracts nothing: the
 * documents (for the pages that show a source's text) are read from the release's copy on first use.
 */
public final class ReleaseStore implements KnowledgeStore {

    private final Release release;
    private final DatasetGraph tdb;
    private final DatasetGraph dataset;
    private final AssembledDataset assembled;
    private final Map<Object, Object> derived = new ConcurrentHashMap<>();

    private ReleaseStore(Release release, DatasetGraph tdb, DatasetGraph dataset, AssembledDataset assembled) {
        this.release = release;
        this.tdb = tdb;
        this.dataset = dataset;
        this.assembled = assembled;
    }

    /**
     * How many stores have each database open: TDB2 shares one connection per folder, so a release opened
     * twice (a reload that finds the inputs unchanged) is let go only when the last of them closes.
     */
    private static final Map<Path, Integer> OPEN = new HashMap<>();

    public static ReleaseStore open(Release release) {
        DatasetGraph tdb;
        synchronized (OPEN) {
            tdb = DatabaseMgr.connectDatasetGraph(release.tdb().toString());
            OPEN.merge(release.tdb(), 1, Integer::sum);
        }
        try {
            DatasetGraph apart = DatasetGraphFactory.createGeneral();
            if (Files.isRegularFile(release.apart())) RDFParser.source(release.apart()).parse(apart);
            DatasetGraph dataset = TextIndexing.opened(new UnionDefaultView(tdb, apart), release.text());
            Iris iris = new Iris(release.manifest().base());
            PrefixMap prefixes = PrefixMapFactory.create();
            Graph unused = GraphFactory.createDefaultGraph();
            RDFParser.source(release.prefixes()).parse(unused);
            prefixes.putAll(unused.getPrefixMapping());
            Graph about = GraphFactory.createDefaultGraph();
            if (Files.isRegularFile(release.about())) RDFParser.source(release.about()).parse(about);
            List<BuildProblem> problems = release.manifest().problems() == null ? List.of()
                    : release.manifest().problems().stream().map(p -> new BuildProblem("(build)", 0, p)).toList();
            AssembledDataset assembled = new AssembledDataset(iris, dataset, prefixes,
                    new DocumentsOnDemand(new ProjectLayout(release.inputs()), (int) release.manifest().count("documents")), problems, about, Resolution.EMPTY,
                    release.id());
            return new ReleaseStore(release, tdb, dataset, assembled);
        } catch (IOException | RuntimeException e) {
            letGo(release, tdb);
            if (e instanceof IOException io) throw new UncheckedIOException("cannot open release " + release.name(), io);
            throw (RuntimeException) e;
        }
    }

    @Override
    public DatasetGraph dataset() {
        return dataset;
    }

    @Override
    public AssembledDataset assembled() {
        return assembled;
    }

    @Override
    public ReleaseId release() {
        return release.id();
    }

    @Override
    public long tripleCount() {
        return release.manifest().count("triples");
    }

    @Override
    public int documentCount() {
        return (int) release.manifest().count("documents");
    }

    @Override
    public Optional<Release> openedRelease() {
        return Optional.of(release);
    }

    /** The dumps and description the build wrote, read from the release; the counts from its store. */
    @Override
    public Publication publication() {
        return derived(Publication.class, a -> {
            try {
                List<DumpFile> dumps = new ArrayList<>();
                for (String name : List.of(DumpWriter.NQUADS_GZ, DumpWriter.TURTLE_GZ)) {
                    // Left in the release's files: the server streams them, never holds them.
                    dumps.add(DumpFile.ofFile(name, name.equals(DumpWriter.NQUADS_GZ) ? DumpWriter.NQUADS_TYPE
                            : DumpWriter.TURTLE_TYPE, release.dumps().resolve(name)));
                }
                Graph description = GraphFactory.createDefaultGraph();
                RDFParser.source(release.description()).parse(description);
                DatasetStatistics stats = DatasetStatistics.of(dataset, a.iris().base(), a.iris().base() + "id/");
                return new Publication(List.copyOf(dumps), stats, description);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the dumps of release " + release.name(), e);
            }
        });
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T derived(Object key, Function<AssembledDataset, T> derive) {
        Object value = derived.get(key);
        if (value == null) {
            value = derive.apply(assembled);
            Object raced = derived.putIfAbsent(key, value);
            if (raced != null) value = raced;
        }
        return (T) value;
    }

    /** Closes the index and lets TDB2 forget the database, so the folder can be pruned. */
    @Override
    public void close() {
        if (dataset instanceof DatasetGraphText text) text.getTextIndex().close();
        letGo(release, tdb);
    }

    private static void letGo(Release release, DatasetGraph tdb) {
        synchronized (OPEN) {
            int left = OPEN.merge(release.tdb(), -1, Integer::sum);
            if (left <= 0) {
                OPEN.remove(release.tdb());
                try {
                    TDBInternal.expel(tdb);
                } catch (org.apache.jena.dboe.transaction.txn.TransactionException e) {
                    // A reader still inside: the database stays open (and its folder locked) until the process ends.
                    org.slf4j.LoggerFactory.getLogger(ReleaseStore.class).warn(
                            "Release {} still has a reader; it is let go when the process ends ({})", release.name(), e.getMessage());
                }
            }
        }
    }

    /** The release's documents, read from its copy the first time a page asks for them. */
    private static final class DocumentsOnDemand extends AbstractList<SourceDocument> {
        private final ProjectLayout inputs;
        private final int count;
        private volatile List<SourceDocument> read;

        DocumentsOnDemand(ProjectLayout inputs, int count) {
            this.inputs = inputs;
            this.count = count;
        }

        private List<SourceDocument> documents() {
            List<SourceDocument> d = read;
            if (d == null) {
                synchronized (this) {
                    if (read == null) {
                        read = SourceCatalog.read(inputs.sourcesDir(), new SourceReader(SourceReader.DEFAULT_MAX_BYTES))
                                .documents();
                    }
                    d = read;
                }
            }
            return d;
        }

        @Override
        public SourceDocument get(int index) {
            return documents().get(index);
        }

        @Override
        public int size() {
            // The build counted them; reading them all to count them would slow every start.
            return read != null ? read.size() : count;
        }

        @Override
        public Stream<SourceDocument> stream() {
            return documents().stream();
        }
    }
}
