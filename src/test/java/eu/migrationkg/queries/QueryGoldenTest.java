package eu.migrationkg.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import eu.migrationkg.graph.DatasetAssembler;
import eu.migrationkg.sources.SourceReader;
import eu.migrationkg.support.QueryFixture;
import eu.migrationkg.support.TestProject;
import eu.migrationkg.vocab.Iris;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every saved query, run with its defaults, gives exactly its golden result: on the shipped data (what
 * analysts see today) and on a fixture shaped like docs/MODEL.md (so queries the shipped data cannot
 * exercise yet are still checked against known rows). The order of rows is part of the result.
 *
 * <p>To accept new results after a change of data or queries, regenerate and review the diff:
 * {@code mvn -B -q test -Dtest=QueryGoldenTest -Dkg.updateGoldens=true}
 */
class QueryGoldenTest {

    static final Path GOLDEN = TestProject.layout().root().resolve("src/test/resources/queries/golden");
    private static final boolean UPDATE = Boolean.getBoolean("kg.updateGoldens");
    private static final String REGENERATE = "mvn -B -q test -Dtest=QueryGoldenTest -Dkg.updateGoldens=true";

    private static final QueryRegistry REGISTRY = QueryRegistry.load(TestProject.layout(), Iris.DEFAULT_BASE);
    private static DatasetGraph shipped;
    private static DatasetGraph fixture;

    static Stream<String> ids() {
        return REGISTRY.all().stream().map(SavedQuery::id);
    }

    private static synchronized DatasetGraph shipped() {
        if (shipped == null) {
            shipped = new DatasetAssembler(TestProject.layout(), new Iris(Iris.DEFAULT_BASE),
                    new SourceReader(SourceReader.DEFAULT_MAX_BYTES)).assemble().dataset();
        }
        return shipped;
    }

    private static synchronized DatasetGraph fixture() {
        if (fixture == null) fixture = QueryFixture.load(Iris.DEFAULT_BASE);
        return fixture;
    }

    @ParameterizedTest(name = "{0} on the shipped data")
    @MethodSource("ids")
    void shippedDataGivesTheGoldenResult(String id) throws Exception {
        check(id, "shipped", shipped());
    }

    @ParameterizedTest(name = "{0} on the fixture")
    @MethodSource("ids")
    void fixtureGivesTheGoldenResultAndIsNotEmpty(String id) throws Exception {
        QueryResult result = check(id, "fixture", fixture());
        boolean empty = switch (result) {
            case QueryResult.Rows rows -> rows.rows().isEmpty();
            case QueryResult.Triples triples -> triples.graph().isEmpty();
            case QueryResult.Answer answer -> !answer.value();
        };
        assertTrue(!empty, id + " finds nothing in the fixture: extend fixtures/queries.trig so the query is exercised");
    }

    private static QueryResult check(String id, String dataset, DatasetGraph data) throws Exception {
        SavedQuery q = REGISTRY.get(id).orElseThrow();
        QueryResult result = QueryRunner.local(data).run(q.bind(Map.of()), Page.ALL);
        String actual = canonical(result);
        Path file = GOLDEN.resolve(dataset).resolve(id + ".txt");
        if (UPDATE) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        if (!Files.exists(file)) {
            fail("no golden result " + TestProject.layout().display(file) + "; create it with: " + REGENERATE);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual,
                id + " on the " + dataset + " data differs from its golden result; if the change is intended: "
                        + REGENERATE);
        return result;
    }

    /**
     * A text form that shows every difference: tables as TSV (terms in N-Triples syntax, in the
     * query's order), graphs as sorted N-Triples, booleans as a word.
     */
    static String canonical(QueryResult result) {
        return switch (result) {
            case QueryResult.Rows rows -> ResultFormat.TSV.asString(rows, null);
            case QueryResult.Answer answer -> answer.value() + "\n";
            case QueryResult.Triples triples -> {
                List<String> lines = new ArrayList<>();
                triples.graph().find().forEachRemaining(t -> lines.add(NodeFmtLib.strNT(t.getSubject()) + " "
                        + NodeFmtLib.strNT(t.getPredicate()) + " " + NodeFmtLib.strNT(t.getObject()) + " ."));
                lines.sort(null);
                yield String.join("\n", lines) + "\n";
            }
        };
    }

    @Test
    void everyGoldenFileBelongsToAQuery() throws IOException {
        Set<String> ids = new TreeSet<>(ids().toList());
        for (String dataset : List.of("shipped", "fixture")) {
            Path dir = GOLDEN.resolve(dataset);
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    String id = f.getFileName().toString().replaceFirst("\\.txt$", "");
                    assertTrue(ids.contains(id), "golden file " + f + " has no query; delete it");
                }
            }
        }
    }
}
