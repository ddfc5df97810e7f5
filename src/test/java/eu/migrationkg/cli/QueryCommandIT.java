package eu.migrationkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.queries.QueryRegistry;
import eu.migrationkg.queries.SavedQuery;
import eu.migrationkg.support.QueryFixture;
import eu.migrationkg.support.RunningServer;
import eu.migrationkg.support.TestProject;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** ./kg query: the list, a run on the local data or on an endpoint, and the same rows as the REST API. */
class QueryCommandIT {

    private record Run(int exit, String out, String err) {}

    private static final String ROOT = TestProject.layout().root().toString();

    private static Run run(String... args) {
        List<String> all = new ArrayList<>(List.of("query", "--project-dir", ROOT));
        all.addAll(List.of(args));
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(all.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void withoutAnIdItListsEveryQueryAndItsParameters() {
        Run r = run();
        assertEquals(0, r.exit(), r.err());
        for (SavedQuery q : QueryRegistry.load(TestProject.layout(), "http://localhost:3030/").all()) {
            assertTrue(r.out().contains(q.id() + " ") && r.out().contains(q.summary()), q.id());
        }
        assertTrue(r.out().contains("--param year=...  (xsd:integer)"), r.out());
    }

    @Test
    void runsOnTheLocalDataInTheFormatAsked() {
        Run md = run("documents", "--format", "md", "--param", "since=2026-02-01");
        assertEquals(0, md.exit(), md.err());
        assertEquals(3, md.out().lines().count(), md.out());
        assertTrue(md.out().startsWith("| document | issued | title |"), md.out());
        Run table = run("documents");
        assertTrue(table.out().contains("| document "), "a text table by default");
    }

    @Test
    void refusalsAreOneLineNamingTheProblem() {
        Run bad = run("milestones-by-year", "--param", "year=soon");
        assertEquals(2, bad.exit());
        assertEquals("kg query: parameter 'year': 'soon' is not a valid xsd:integer", bad.err().strip());
        Run unknown = run("no-such-query");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("no saved query 'no-such-query'"), unknown.err());
        Run format = run("strategy-outline", "--format", "csv");
        assertEquals(2, format.exit());
        assertTrue(format.err().contains("formats: ttl, nt, jsonld, rdfxml"), format.err());
        Run injection = run("what-sources-say", "--param", "resource=x> } ; DROP ALL #");
        assertEquals(2, injection.exit());
        assertTrue(injection.err().startsWith("kg query: parameter 'resource':"), injection.err());
        for (Run r : List.of(bad, unknown, format, injection)) assertFalse(r.err().contains("\tat "));
    }

    @Test
    void aBrokenQueryFileIsNamedWithItsLineAndTheOthersStillWork(@TempDir Path dir) throws Exception {
        Path root = TestProject.copyTo(dir);
        Files.writeString(root.resolve("queries/broken.rq"), "#+ summary: Broken\nSELECT ?s WHERE { ?s ?p }\n");
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int list = cl.execute("query", "--project-dir", root.toString());
        assertEquals(1, list);
        assertTrue(err.toString().contains("queries/broken.rq:2: SPARQL syntax error"), err.toString());
        assertTrue(out.toString().contains("documents "), "the other queries are listed");
        int build = cl.execute("build", "--project-dir", root.toString(), "-o", dir.resolve("out").toString());
        assertEquals(1, build, "build refuses a broken saved query");
        int run = cl.execute("query", "--project-dir", root.toString(), "documents", "--format", "csv");
        assertEquals(0, run, "a good query still runs");
    }

    @Test
    void sparqlShowsTheBoundQueryWithAbsoluteIris() {
        Run r = run("instruments", "--param", "status=mig:adopted", "--sparql", "--base", "http://example.org/");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("<http://example.org/ontology#adopted>") || r.out().contains("mig:adopted"));
        assertTrue(r.out().contains("PREFIX  mig:  <http://example.org/ontology#>"), r.out());
        QueryFactory.create(r.out());
    }

    @Test
    void localRunsAndTheApiGiveTheSameRows() throws Exception {
        try (RunningServer server = RunningServer.start()) {
            int compared = 0;
            for (SavedQuery q : QueryRegistry.load(TestProject.layout(), server.base()).all()) {
                if (!q.template().isSelectType()) continue;
                Run cli = run(q.id(), "--format", "tsv", "--base", server.base());
                assertEquals(0, cli.exit(), cli.err());
                HttpResponse<String> api = server.get("api/queries/" + q.id() + "?format=tsv", null);
                assertEquals(200, api.statusCode(), api.body());
                assertEquals(api.body(), cli.out(), q.id());
                compared++;
            }
            assertTrue(compared >= 20);
        }
    }

    @Test
    void endpointRunsAndTheApiGiveTheSameRows() throws Exception {
        try (RunningServer server = RunningServer.start(TestProject.layout(), null, QueryFixture::replaceContent)) {
            int withRows = 0;
            for (SavedQuery q : QueryRegistry.load(TestProject.layout(), server.base()).all()) {
                if (q.returnsGraph()) {
                    Run cli = run(q.id(), "--format", "nt", "--endpoint", server.url() + "sparql");
                    assertEquals(0, cli.exit(), cli.err());
                    HttpResponse<String> api = server.get("api/queries/" + q.id() + "?format=nt", null);
                    Graph a = GraphFactory.createDefaultGraph();
                    Graph b = GraphFactory.createDefaultGraph();
                    RDFParser.fromString(cli.out(), Lang.NTRIPLES).parse(a);
                    RDFParser.fromString(api.body(), Lang.NTRIPLES).parse(b);
                    assertTrue(a.size() > 0 && a.isIsomorphicWith(b), q.id());
                    continue;
                }
                Run cli = run(q.id(), "--format", "csv", "--endpoint", server.url() + "sparql");
                assertEquals(0, cli.exit(), q.id() + ": " + cli.err());
                HttpResponse<String> api = server.get("api/queries/" + q.id() + "?format=csv", null);
                assertEquals(api.body(), cli.out(), q.id());
                if (api.body().lines().count() > 1) withRows++;
            }
            assertTrue(withRows >= 20, "rows compared for " + withRows + " queries");
        }
    }
}
