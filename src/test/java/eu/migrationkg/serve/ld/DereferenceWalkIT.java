package eu.migrationkg.serve.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.support.RunningServer;
import eu.migrationkg.support.TestProject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every IRI under the base that occurs anywhere in the dataset answers at its own path, as HTML and as Turtle. */
class DereferenceWalkIT {

    private static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start(TestProject.withoutSourceText(), null, LinkedDataIT::fixtures);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Subjects, predicates, objects and graph names under the base, without fragments (they are parts of a page). */
    private static TreeSet<String> localIris() {
        String base = server.base();
        TreeSet<String> iris = new TreeSet<>();
        Txn.executeRead(server.store().dataset(), () -> server.store().dataset().find().forEachRemaining(q -> {
            for (Node n : new Node[] {q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()}) {
                if (n.isURI() && n.getURI().startsWith(base)) iris.add(n.getURI().replaceFirst("#.*$", ""));
            }
        }));
        return iris;
    }

    @Test
    void everyIriInTheGraphDereferencesWithNo404Or500() throws Exception {
        TreeSet<String> iris = localIris();
        assertTrue(iris.size() > 150, "the walk covers the graph: " + iris.size() + " IRIs");
        List<String> failures = new ArrayList<>();
        for (String iri : iris) {
            String path = iri.substring(server.base().length());
            for (String accept : List.of("text/html", "text/turtle")) {
                HttpResponse<String> r = server.get(path, accept);
                if (r.statusCode() != 200) failures.add(r.statusCode() + " " + accept + " " + iri);
            }
        }
        assertEquals(List.of(), failures, "of " + iris.size() + " IRIs");
    }
}
