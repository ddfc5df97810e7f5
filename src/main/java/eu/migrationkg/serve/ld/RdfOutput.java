package eu.migrationkg.serve.ld;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.graph.GraphFactory;

/** Writes a graph with Jena's writers, declaring only the prefixes its IRIs use. */
public final class RdfOutput {
    private RdfOutput() {}

    public static byte[] write(Graph graph, PrefixMap prefixes, RDFFormat format) {
        Graph g = withPrefixes(graph, prefixes);
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        RDFWriter.source(g).format(format).output(out);
        return out.toByteArray();
    }

    public static String jsonLd(Graph graph, PrefixMap prefixes) {
        return new String(write(graph, prefixes, RDFFormat.JSONLD_PRETTY), StandardCharsets.UTF_8);
    }

    /** A copy of the graph whose prefix mapping holds the used namespaces, in a stable order. */
    static Graph withPrefixes(Graph graph, PrefixMap prefixes) {
        Set<String> iris = new HashSet<>();
        graph.find().forEachRemaining(t -> {
            for (Node n : new Node[] {t.getSubject(), t.getPredicate(), t.getObject()}) {
                if (n.isURI()) iris.add(n.getURI());
                else if (n.isLiteral() && n.getLiteralDatatypeURI() != null) iris.add(n.getLiteralDatatypeURI());
            }
        });
        Graph g = GraphFactory.createDefaultGraph();
        Map<String, String> used = new TreeMap<>();
        for (Map.Entry<String, String> e : prefixes.getMapping().entrySet()) {
            String ns = e.getValue();
            if (iris.stream().anyMatch(i -> i.startsWith(ns))) used.put(e.getKey(), ns);
        }
        g.getPrefixMapping().setNsPrefixes(used);
        graph.find().forEachRemaining(g::add);
        return g;
    }
}
