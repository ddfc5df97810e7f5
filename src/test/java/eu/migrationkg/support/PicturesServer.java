package eu.migrationkg.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.migrationkg.ProjectLayout;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A real server over a copy of the project with the model-shaped fixture in data/curated/
 * (questions/fixture-strategy.ttl: a strategy with objectives, priorities, actions, funding,
 * milestones, statistics) and the passages that state some of its facts (fixtures/pictures.trig),
 * standing in for what extraction makes of the documents' text, which is left out.
 */
public final class PicturesServer {
    private PicturesServer() {}

    public static final String PASSAGES = "/fixtures/pictures.trig";

    public static RunningServer start(Path dir) throws Exception {
        Path root = TestProject.copyTo(dir);
        TestProject.leaveOutSourceText(root);
        Files.copy(TestProject.layout().root().resolve("src/test/resources/questions/fixture-strategy.ttl"),
                root.resolve("data/curated/fixture-strategy.ttl"));
        return RunningServer.start(new ProjectLayout(root), null, a -> Fixtures.add(a, PASSAGES));
    }

    /** The rows of a SELECT query asked over HTTP, each the values of its variables in order ("" when unbound). */
    public static List<List<String>> select(RunningServer server, String query) throws Exception {
        HttpResponse<String> r = server.post("sparql", "application/x-www-form-urlencoded",
                "query=" + URLEncoder.encode("BASE <" + server.base() + ">\n" + query, StandardCharsets.UTF_8),
                "application/sparql-results+json");
        if (r.statusCode() != 200) throw new IllegalStateException("query failed: " + r.statusCode() + " " + r.body());
        JsonNode json = new ObjectMapper().readTree(r.body());
        List<String> vars = new ArrayList<>();
        json.path("head").path("vars").forEach(v -> vars.add(v.asText()));
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode b : json.path("results").path("bindings")) {
            List<String> row = new ArrayList<>();
            for (String v : vars) row.add(b.has(v) ? b.get(v).path("value").asText() : "");
            rows.add(row);
        }
        return rows;
    }
}
