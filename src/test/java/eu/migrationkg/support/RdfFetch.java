package eu.migrationkg.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/** GETs a path asking for an RDF format and parses what comes back in the format the server names. */
public final class RdfFetch {
    private RdfFetch() {}

    public static Graph fetch(RunningServer server, String path, String accept) throws Exception {
        HttpResponse<String> r = server.get(path, accept);
        assertEquals(200, r.statusCode(), r.body());
        String type = r.headers().firstValue("Content-Type").orElseThrow().split(";")[0].strip();
        assertEquals(accept, type, "the format asked for");
        assertTrue(r.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")));
        Lang lang = RDFLanguages.contentTypeToLang(type);
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), lang).parse(g);
        return g;
    }
}
