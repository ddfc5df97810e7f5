package eu.migrationkg.graph;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Writes the dataset as files whose bytes depend only on its content: N-Quads of the named graphs
 * (provenance kept) and Turtle of the union, both in sorted order.
 */
public final class DumpWriter {

    public static final String NQUADS = "dataset.nq";
    public static final String TURTLE = "dataset.ttl";

    private static final Comparator<Triple> TRIPLE_ORDER = Comparator
            .comparing((Triple t) -> NodeFmtLib.strNT(t.getSubject()))
            .thenComparing(t -> NodeFmtLib.strNT(t.getPredicate()))
            .thenComparing(t -> NodeFmtLib.strNT(t.getObject()));

    /** Writes both dumps into the folder and returns their paths. */
    public List<Path> write(AssembledDataset assembled, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path nq = folder.resolve(NQUADS);
        Path ttl = folder.resolve(TURTLE);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(nq))) {
            writeNQuads(assembled.dataset(), out);
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(ttl))) {
            writeTurtle(assembled.dataset(), assembled.prefixes(), out);
        }
        return List.of(nq, ttl);
    }

    /** The named graphs, one quad per line, lines sorted. */
    public static void writeNQuads(DatasetGraph dsg, OutputStream out) throws IOException {
        List<String> lines = new ArrayList<>();
        dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (!q.isDefaultGraph()) {
                lines.add(NodeFmtLib.strNT(q.getSubject()) + " " + NodeFmtLib.strNT(q.getPredicate()) + " "
                        + NodeFmtLib.strNT(q.getObject()) + " " + NodeFmtLib.strNT(q.getGraph()) + " .\n");
            }
        });
        lines.sort(null);
        for (String line : lines) {
            out.write(line.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The union graph as Turtle, prefixes sorted, subjects grouped and sorted. */
    public static void writeTurtle(DatasetGraph dsg, PrefixMap prefixes, OutputStream out) {
        List<Triple> triples = new ArrayList<>(dsg.getDefaultGraph().find().toList());
        triples.sort(TRIPLE_ORDER);
        StreamRDF w = StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS);
        w.start();
        Map<String, String> sorted = new TreeMap<>(prefixes.getMapping());
        sorted.forEach(w::prefix);
        triples.forEach(w::triple);
        w.finish();
    }
}
