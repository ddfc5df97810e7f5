package eu.migrationkg.graph;

import eu.migrationkg.ProjectLayout;
import eu.migrationkg.sources.SourceDocument;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Writes a release from an assembly of named graphs ({@link DatasetAssembler#assembleNamedGraphs()}):
 * the quads go into a new TDB2 database through Jena's bulk loader (the sequential one: a single
 * thread, which on a small shared machine is as fast as the parallel ones and far lighter), the text
 * index, dumps and description beside it, then the manifest. Everything is written under a temporary
 * name and renamed at the end, so a release folder is complete or absent; an existing release with the
 * same id is never written again.
 */
public final class ReleaseBuilder {

    private final Releases releases;
    private final Consumer<String> progress;

    /** {@code progress} hears one line per step (a long build says what it is doing). */
    public ReleaseBuilder(Releases releases, Consumer<String> progress) {
        this.releases = releases;
        this.progress = progress;
    }

    /** The release of {@code staged}, written unless it exists; {@code startNanos} is when its build began. */
    public Release write(AssembledDataset staged, ProjectLayout layout, long startNanos) throws IOException {
        return write(staged, () -> Publication.of(staged), layout, startNanos);
    }

    /**
     * As {@link #write(AssembledDataset, ProjectLayout, long)}, with the dumps, counts and description a caller
     * has already made for {@code staged} ({@code kg build} writes them to its output folder too): sorting and
     * formatting the whole graph is the costliest step of a large build, and is done once.
     */
    public Release write(AssembledDataset staged, Publication publication, ProjectLayout layout, long startNanos)
            throws IOException {
        return write(staged, () -> publication, layout, startNanos);
    }

    private Release write(AssembledDataset staged, Supplier<Publication> publicationOf, ProjectLayout layout,
            long startNanos) throws IOException {
        String base = staged.iris().base();
        String name = Releases.folderName(staged.release(), base);
        Path target = releases.dir().resolve(name);
        var existing = releases.find(staged.release(), base);
        if (existing.isPresent()) return existing.get();
        Files.createDirectories(releases.dir());
        Path tmp = releases.dir().resolve(Releases.BUILDING_PREFIX + name + "-" + System.nanoTime() + "-"
                + ProcessHandle.current().pid());
        Files.createDirectories(tmp);
        try {
            Map<String, Long> counts = writeStore(staged, tmp.resolve(Release.TDB));
            progress.accept("text index");
            TextIndexing.write(staged.dataset(), tmp.resolve(Release.TEXT));
            progress.accept("dumps and description");
            Publication publication = publicationOf.get();
            DumpWriter.writeDumps(publication.dumps(), tmp.resolve(DumpWriter.DUMPS_DIR));
            writeTurtle(publication.description(), DatasetDescription.prefixes(), tmp.resolve(DumpWriter.DESCRIPTION));
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp.resolve(Release.PREFIXES)))) {
                DumpWriter.writeTurtle(org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph(), staged.prefixes(), out);
            }
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp.resolve(Release.ABOUT)))) {
                RDFDataMgr.write(out, staged.about(), RDFFormat.NTRIPLES);
            }
            copyInputs(staged, layout, tmp.resolve(Release.INPUTS));
            counts.put("triples", publication.statistics().triples());
            counts.put("documents", (long) staged.documents().size());
            ReleaseManifest manifest = new ReleaseManifest(staged.release().value(), base,
                    Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(), (System.nanoTime() - startNanos) / 1_000_000,
                    ReleaseId.CodeVersion.HASH, counts, inputs(layout),
                    staged.problems().stream().map(BuildProblem::toString).toList());
            manifest.write(tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
                // Another build of the same inputs finished first: its release is the same one.
                Releases.delete(tmp);
            }
            return releases.find(staged.release(), base)
                    .orElseThrow(() -> new IOException("the release " + name + " was not written"));
        } finally {
            // Whatever stopped the build (an I/O error, a bug, the heap), no half-written folder stays.
            if (Files.exists(tmp)) {
                try {
                    Releases.delete(tmp);
                } catch (RuntimeException e) {
                    org.slf4j.LoggerFactory.getLogger(ReleaseBuilder.class)
                            .warn("could not remove the unfinished release {}; it is pruned later: {}", tmp, e.toString());
                }
            }
        }
    }

    /** Bulk-loads the named graphs into a new TDB2 database and closes it; returns the counts. */
    private Map<String, Long> writeStore(AssembledDataset staged, Path location) {
        progress.accept("store (TDB2)");
        // The graphs held apart go beside the store, not in it: TDB2's union would take them in.
        DatasetGraph source = staged.dataset() instanceof UnionDefaultView view ? view.named() : staged.dataset();
        DatasetGraph apart = staged.dataset() instanceof UnionDefaultView view ? view.apart()
                : org.apache.jena.sparql.core.DatasetGraphFactory.createGeneral();
        writeApart(apart, location.resolveSibling(Release.APART));
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(location.toString());
        Node inferred = GraphOrigins.inferredGraph(staged.iris());
        long[] quads = {0};
        long[] inferredCount = {0};
        try {
            DataLoader loader = LoaderFactory.sequentialLoader(tdb, (format, args) -> { });
            loader.startBulk();
            try {
                Txn.executeRead(source, () -> source.find().forEachRemaining(q -> {
                    if (q.isDefaultGraph() || GraphOrigins.isHeldApart(staged.iris(), q.getGraph())) return;
                    loader.stream().quad(q);
                    quads[0]++;
                    if (q.getGraph().equals(inferred)) inferredCount[0]++;
                }));
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            long graphs = Txn.calculateRead(tdb, () -> {
                long n = 0;
                for (var it = tdb.listGraphNodes(); it.hasNext(); it.next()) n++;
                return n;
            });
            long apartGraphs = 0;
            for (var it = apart.listGraphNodes(); it.hasNext(); it.next()) apartGraphs++;
            Map<String, Long> counts = new TreeMap<>();
            counts.put("quads", quads[0] + Iter.count(apart.find()));
            counts.put("graphs", graphs + apartGraphs);
            counts.put("inferred", inferredCount[0]);
            return counts;
        } finally {
            TDBInternal.expel(tdb);
        }
    }

    /** The graphs held apart, as N-Quads (sorted lines), read back into memory when the release opens. */
    private static void writeApart(DatasetGraph apart, Path file) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            DumpWriter.writeNQuads(apart, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void writeTurtle(org.apache.jena.graph.Graph g, org.apache.jena.riot.system.PrefixMap prefixes,
                                    Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            DumpWriter.writeTurtle(g, prefixes, out);
        }
    }

    /** The documents read and the saved queries, at their paths in the project, so the release is whole. */
    private static void copyInputs(AssembledDataset staged, ProjectLayout layout, Path inputs) throws IOException {
        ProjectLayout copy = new ProjectLayout(inputs);
        for (SourceDocument doc : staged.documents()) {
            Path to = copy.sourcesDir().resolve(doc.file().getFileName().toString());
            Files.createDirectories(to.getParent());
            Files.copy(doc.file(), to, StandardCopyOption.COPY_ATTRIBUTES);
        }
        Path queries = layout.queriesDir();
        Files.createDirectories(copy.queriesDir());
        if (Files.isDirectory(queries)) {
            try (var walk = Files.walk(queries)) {
                for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                    Path to = copy.queriesDir().resolve(queries.relativize(p).toString());
                    Files.createDirectories(to.getParent());
                    Files.copy(p, to, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    /** Every input with the SHA-256 of its bytes, as the release id counts them. */
    static List<ReleaseManifest.Input> inputs(ProjectLayout layout) {
        List<ReleaseManifest.Input> list = new ArrayList<>();
        for (String path : ReleaseId.inputs(layout)) {
            MessageDigest digest = ReleaseId.sha256();
            try (InputStream in = new DigestInputStream(Files.newInputStream(layout.root().resolve(path)), digest)) {
                in.transferTo(OutputStream.nullOutputStream());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path, e);
            }
            list.add(new ReleaseManifest.Input(path, HexFormat.of().formatHex(digest.digest())));
        }
        return list;
    }
}
