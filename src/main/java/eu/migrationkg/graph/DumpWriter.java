package eu.migrationkg.graph;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Writes the dataset as files whose bytes depend only on its content: N-Quads of the named graphs
 * (provenance kept) and Turtle of the union, both in sorted order, plain and gzipped. The gzipped ones
 * are the published dumps ({@code dumps/}); gzip's header carries no time or name, so they too are
 * byte-identical from build to build.
 */
public final class DumpWriter {

    public static final String NQUADS = "dataset.nq";
    public static final String TURTLE = "dataset.ttl";
    public static final String DUMPS_DIR = "dumps";
    public static final String NQUADS_GZ = NQUADS + ".gz";
    public static final String TURTLE_GZ = TURTLE + ".gz";
    public static final String CHECKSUMS = "SHA256SUMS";
    /** The VoID/DCAT description of the build, as /dataset serves it. */
    public static final String DESCRIPTION = "void.ttl";
    public static final String NQUADS_TYPE = "application/n-quads";
    public static final String TURTLE_TYPE = "text/turtle";

    /** A triple with its terms as N-Triples writes them: the order of the Turtle dump. */
    private record Sortable(Triple triple, String subject, String predicate, String object) {}

    private static final Comparator<Sortable> TRIPLE_ORDER = Comparator.comparing(Sortable::subject)
            .thenComparing(Sortable::predicate).thenComparing(Sortable::object);

    /**
     * Writes both dumps into the folder, plain, and gzipped under {@code dumps/} with their
     * {@code SHA256SUMS}, and the dataset's description ({@value #DESCRIPTION}); returns the paths written.
     */
    public List<Path> write(AssembledDataset assembled, Path folder) throws IOException {
        return write(Publication.of(assembled), folder);
    }

    /** As {@link #write(AssembledDataset, Path)}, from the publication already made for the assembly. */
    public List<Path> write(Publication publication, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path nq = folder.resolve(NQUADS);
        Path ttl = folder.resolve(TURTLE);
        // The plain files are the published dumps unzipped: the same bytes, without sorting and formatting the
        // whole graph a second time.
        unzip(publication.dump(NQUADS_GZ).orElseThrow(), nq);
        unzip(publication.dump(TURTLE_GZ).orElseThrow(), ttl);
        List<Path> written = new ArrayList<>(List.of(nq, ttl));
        written.addAll(writeDumps(publication.dumps(), folder.resolve(DUMPS_DIR)));
        Path description = folder.resolve(DESCRIPTION);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(description))) {
            writeTurtle(publication.description(), DatasetDescription.prefixes(), out);
        }
        written.add(description);
        return written;
    }

    private static void unzip(DumpFile dump, Path to) throws IOException {
        try (InputStream in = new GZIPInputStream(dump.open())) {
            Files.copy(in, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Writes the gzipped dumps and their {@code SHA256SUMS} into the folder. */
    public static List<Path> writeDumps(List<DumpFile> dumps, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        StringBuilder sums = new StringBuilder();
        for (DumpFile d : dumps) {
            Path p = folder.resolve(d.name());
            try (var in = d.open()) {
                Files.copy(in, p, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            written.add(p);
            sums.append(d.checksumLine());
        }
        Path sumsFile = folder.resolve(CHECKSUMS);
        Files.writeString(sumsFile, sums, StandardCharsets.UTF_8);
        written.add(sumsFile);
        return written;
    }

    /** The published dumps, gzipped in memory: N-Quads of the named graphs, Turtle of the union. */
    public static List<DumpFile> dumps(AssembledDataset assembled) {
        DatasetGraph dsg = assembled.dataset();
        return Txn.calculateRead(dsg, () -> List.of(
                DumpFile.of(NQUADS_GZ, NQUADS_TYPE, gzip(out -> writeNQuads(dsg, out))),
                DumpFile.of(TURTLE_GZ, TURTLE_TYPE, gzip(out -> writeTurtle(dsg, assembled.prefixes(), out)))));
    }

    private interface Writing {
        void to(OutputStream out) throws IOException;
    }

    private static byte[] gzip(Writing writing) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // GZIPOutputStream writes no file name and a zero time stamp: the bytes depend on the content only.
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes, 1 << 16)) {
            writing.to(gz);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The named graphs, one quad per line, lines sorted. */
    public static void writeNQuads(DatasetGraph dsg, OutputStream out) throws IOException {
        List<String> lines = new ArrayList<>();
        Function<Node, String> nt = writtenOnce();
        dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (!q.isDefaultGraph()) {
                lines.add(nt.apply(q.getSubject()) + " " + nt.apply(q.getPredicate()) + " " + nt.apply(q.getObject()) + " "
                        + nt.apply(q.getGraph()) + " .\n");
            }
        });
        lines.sort(null);
        for (String line : lines) {
            out.write(line.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The union graph as Turtle, prefixes sorted, subjects grouped and sorted. */
    public static void writeTurtle(DatasetGraph dsg, PrefixMap prefixes, OutputStream out) {
        writeTurtle(dsg.getDefaultGraph(), prefixes, out);
    }

    /** A graph as Turtle, prefixes sorted, subjects grouped and sorted. */
    public static void writeTurtle(Graph graph, PrefixMap prefixes, OutputStream out) {
        // Formatting terms in the comparator did it some forty times per triple, which at a thousand
        // documents took minutes: each triple is formatted once, before sorting.
        Function<Node, String> nt = writtenOnce();
        List<Sortable> sortable = new ArrayList<>();
        graph.find().forEachRemaining(t ->
                sortable.add(new Sortable(t, nt.apply(t.getSubject()), nt.apply(t.getPredicate()), nt.apply(t.getObject()))));
        sortable.sort(TRIPLE_ORDER);
        List<Triple> triples = new ArrayList<>(sortable.size());
        for (Sortable t : sortable) triples.add(t.triple());
        sortable.clear();
        StreamRDF w = StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS);
        w.start();
        Map<String, String> sorted = new TreeMap<>(prefixes.getMapping());
        sorted.forEach(w::prefix);
        triples.forEach(w::triple);
        w.finish();
    }

    /**
     * A term as N-Triples writes it, formatted once per term of a dump and shared by every line that holds
     * it: a passage's graph, a predicate, a document's IRI recur in thousands of lines, and Jena's formatter
     * costs more than the look-up.
     */
    private static Function<Node, String> writtenOnce() {
        Map<Node, String> written = new HashMap<>();
        return n -> written.computeIfAbsent(n, NodeFmtLib::strNT);
    }
}
