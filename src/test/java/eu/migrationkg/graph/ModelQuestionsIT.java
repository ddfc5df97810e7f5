package eu.migrationkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.migrationkg.ProjectLayout;
import eu.migrationkg.support.RunningServer;
import eu.migrationkg.support.TestProject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The questions the model must answer, each in one SPARQL query (src/test/resources/questions/*.rq),
 * asked of a real server over the project's ontology and curated data plus a hand-written dataset in
 * the model (questions/fixture-strategy.ttl, standing in for what extraction makes of the sources' text, which
 * is left out; ExtractionQualityTest measures the extraction itself).
 */
class ModelQuestionsIT {

    private static final Path QUESTIONS = Path.of("src/test/resources/questions");
    private static final String EUR_LEX_ELI = "http://data.europa.eu/eli/";

    @TempDir static Path dir;
    private static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        Path root = TestProject.copyTo(dir);
        // The fixture stands in for what extraction makes of the sources' text: the documents stay, their
        // text is left out.
        TestProject.leaveOutSourceText(root);
        Files.copy(questions().resolve("fixture-strategy.ttl"), root.resolve("data/curated/fixture-strategy.ttl"));
        ProjectLayout layout = new ProjectLayout(root);
        server = RunningServer.start(layout);
        ShapeReport report = new ShapeValidation(layout).check(server.store().assembled());
        assertEquals(List.of(), report.results().stream().map(ShapeResult::describe).toList(),
                "the fixture is valid data in the model");
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    private static Path questions() {
        return TestProject.layout().root().resolve(QUESTIONS);
    }

    /** Runs a question file against the server; each row is its values joined by " | ", IRIs under the base made relative. */
    private static List<String> ask(String file) throws Exception {
        String query = "BASE <" + server.base() + ">\n" + Files.readString(questions().resolve(file));
        HttpResponse<String> r = server.post("sparql", "application/x-www-form-urlencoded",
                "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode json = new ObjectMapper().readTree(r.body());
        List<String> vars = new ArrayList<>();
        json.path("head").path("vars").forEach(v -> vars.add(v.asText()));
        List<String> rows = new ArrayList<>();
        for (JsonNode binding : json.path("results").path("bindings")) {
            List<String> values = new ArrayList<>();
            for (String v : vars) {
                values.add(binding.has(v) ? binding.get(v).path("value").asText().replace(server.base(), "") : "");
            }
            rows.add(String.join(" | ", values));
        }
        return rows;
    }

    @Test
    void objectivesAndPrioritiesInOrder() throws Exception {
        assertEquals(List.of(
                "objective | 1 |  | Prevent illegal migration and break the business of criminal smuggling networks",
                "objective | 2 |  | Protect people fleeing war and persecution while preventing abuse of the system",
                "objective | 3 |  | Attract talent to the EU to boost the competitiveness of our economies",
                "priority | 1 | 1 | Stepping up Migration Diplomacy",
                "priority | 2 | 2 | Strong EU borders to enhance control and security",
                "priority | 3 | 3 | A firm, fair and adaptable asylum and migration system",
                "priority | 4 | 4 | More effective return and readmission",
                "priority | 5 | 5 | Labour and talent mobility to boost competitiveness"),
                ask("objectives-and-priorities.rq"));
    }

    @Test
    void instrumentsServingAPriorityWithTheirLegalBasis() throws Exception {
        assertEquals(List.of(
                "id/instrument/entry-exit-system | Entry/Exit System | Regulation (EU) 2017/2226 | "
                        + EUR_LEX_ELI + "reg/2017/2226/oj",
                "id/actor/frontex | European Border and Coast Guard Agency | Regulation (EU) 2019/1896 | "
                        + EUR_LEX_ELI + "reg/2019/1896/oj",
                "id/instrument/european-travel-information-and-authorisation-system | European Travel Information "
                        + "and Authorisation System | Regulation (EU) 2018/1240 | " + EUR_LEX_ELI + "reg/2018/1240/oj"),
                ask("instruments-of-priority.rq"));
    }

    @Test
    void fundingAmountsPeriodsAndWhatTheyFund() throws Exception {
        assertEquals(List.of(
                "81000000000.0 | EUR | true | 2028 | 2034 | home affairs | Multiannual Financial Framework 2028-2034",
                "3000000000.0 | EUR |  |  |  | Assist national authorities in implementing the new rules | "),
                ask("funding.rq"));
    }

    @Test
    void milestonesIn2026AsPreciseAsTheText() throws Exception {
        assertEquals(List.of(
                "2026 | Forum on AI in migration | this year",
                "2026-06 | Screen all illegal arrivals and apply border procedures at the external borders | "
                        + "as of June this year",
                "2026-06-12 | Regulation (EU) 2024/1351 | "),
                ask("milestones-in-2026.rq"));
    }

    @Test
    void whoIsResponsibleForAnAction() throws Exception {
        assertEquals(List.of(
                "2 | Deliver the world's most advanced digital border management system | European Commission",
                "2 | Deliver the world's most advanced digital border management system | European Union Agency for "
                        + "the Operational Management of Large-Scale IT Systems in the Area of Freedom, Security and Justice",
                "2 | Screen all illegal arrivals and apply border procedures at the external borders | Member States",
                "2 | Further strengthen the role of Frontex with a revision of its founding regulation | European Commission",
                "3 | Assist national authorities in implementing the new rules | European Commission"),
                ask("responsible-actors.rq"));
    }

    @Test
    void whatANamedPersonSaidAndWhen() throws Exception {
        List<String> rows = ask("what-a-person-said.rq");
        assertEquals(1, rows.size(), rows.toString());
        assertTrue(rows.get(0).startsWith("2026-01-29 | Commissioner for Internal Affairs and Migration | Today, we put "
                + "forward our vision"), rows.get(0));
        assertTrue(rows.get(0).endsWith(" | id/source/ip-26-233"), "the passage leads to the document: " + rows.get(0));
    }

    @Test
    void resourcesWithOnlyAProposalAsLegalBasis() throws Exception {
        assertEquals(List.of(
                "id/instrument/eu-talent-pool | EU Talent Pool | COM(2023) 716",
                "id/instrument/common-european-system-for-return | common European system for return | COM(2025) 101"),
                ask("proposals-only.rq"));
    }
}
