package eu.migrationkg.serve.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.ProjectLayout;
import eu.migrationkg.support.HtmlPage;
import eu.migrationkg.support.RunningServer;
import eu.migrationkg.support.TestProject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * Characters outside the Basic Multilingual Plane (a flag, an emoji, mathematical letters) take two
 * Java chars but one code point, the unit of the passages' selectors. Placed before and inside the
 * passages of both sources, they must not shift, cut or drop any passage on the document pages.
 */
class NonBmpDocumentPageIT {

    private static final String FLAG = "\uD83C\uDDEA\uD83C\uDDFA"; // 🇪🇺, two code points, four chars
    private static final String GLOBE = "\uD83C\uDF0D"; // 🌍
    private static final String MATH = "\uD835\uDC04\uD835\uDC14"; // 𝐄𝐔, mathematical bold capitals

    @TempDir
    static Path dir;
    private static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        Path project = TestProject.copyTo(dir);
        try (var sources = Files.list(project.resolve("data/sources"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".md")).toList()) {
                Files.writeString(source, withNonBmpText(Files.readString(source)));
            }
        }
        server = RunningServer.start(new ProjectLayout(project));
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    /** A flag at the top of the body and, further on, symbols inside sentences (before their full stops). */
    private static String withNonBmpText(String source) {
        int bodyStart = source.indexOf("\n---\n", 4) + 5;
        String front = source.substring(0, bodyStart);
        String body = source.substring(bodyStart);
        StringBuilder b = new StringBuilder(FLAG + " " + MATH + "\n\n");
        int from = 0;
        int inserted = 0;
        // Every fifth sentence end gets a globe, so passages both before and after one are affected.
        for (int i = body.indexOf(". "); i >= 0; i = body.indexOf(". ", i + 2)) {
            if (++inserted % 5 != 0) continue;
            b.append(body, from, i).append(' ').append(GLOBE);
            from = i;
        }
        b.append(body.substring(from));
        return front + b;
    }

    @Test
    void everyPassageOfEachDocumentIsOnItsPageWithItsExactText() throws Exception {
        for (String name : List.of("ip-26-233", "migration-and-asylum")) {
            String path = "id/source/" + name;
            HttpResponse<String> r = server.get(path, "text/html");
            assertEquals(200, r.statusCode(), path);
            HtmlPage page = HtmlPage.parse(r.body());
            List<Element> passages = new ArrayList<>();
            for (Element e : page.elements("span")) {
                if (e.getAttribute("class").equals("passage") && e.hasAttribute("id")) passages.add(e);
            }
            long expected = passagesOf(path);
            assertTrue(expected > 20, "the document has passages: " + expected);
            assertEquals(expected, passages.size(), name + ": every passage is on the page");
            assertTrue(passages.stream().anyMatch(e -> e.getTextContent().contains(GLOBE)),
                    name + ": passages that hold a symbol are shown with it");
            assertTrue(page.text().contains(FLAG), name + ": the text before the passages is shown whole");
        }
    }

    private static long passagesOf(String path) {
        Node hasSource = NodeFactory.createURI("http://www.w3.org/ns/oa#hasSource");
        Node doc = NodeFactory.createURI(server.base() + path);
        return server.store().assembled().dataset().getDefaultGraph().find(Node.ANY, hasSource, doc).toList().size();
    }
}
