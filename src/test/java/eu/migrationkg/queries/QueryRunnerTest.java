package eu.migrationkg.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.support.QueryFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;

/** Running bound queries in process: pages taken within the query's own LIMIT, and a time limit. */
class QueryRunnerTest {

    private static final String BASE = "http://example.org/kg/";
    private static final DatasetGraph DATA = QueryFixture.load(BASE);

    private static SavedQuery parse(String text) throws QueryFileException {
        return new QueryFileParser(BASE).parse("q", Path.of("q.rq"), text);
    }

    private static QueryResult.Rows rows(String sparql, Page page) throws Exception {
        return (QueryResult.Rows) QueryRunner.local(DATA).run(parse(sparql).bind(Map.of()), page);
    }

    @Test
    void pagesStayWithinTheQuerysOwnLimitAndSayWhetherMoreFollow() throws Exception {
        String tenSubjects = "SELECT DISTINCT ?s WHERE { ?s ?p ?o } ORDER BY ?s LIMIT 10";
        QueryResult.Rows all = rows(tenSubjects, Page.ALL);
        assertEquals(10, all.rows().size());
        QueryResult.Rows first = rows(tenSubjects, new Page(0, 4));
        assertEquals(all.rows().subList(0, 4), first.rows());
        assertTrue(first.more());
        QueryResult.Rows last = rows(tenSubjects, new Page(8, 4));
        assertEquals(all.rows().subList(8, 10), last.rows(), "the page ends where the query's LIMIT does");
        assertFalse(last.more());
        assertTrue(rows(tenSubjects, new Page(12, 4)).rows().isEmpty());
    }

    @Test
    void aRunLongerThanTheLimitIsStopped() throws Exception {
        SavedQuery slow = parse("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?n");
        QueryRunner impatient = QueryRunner.local(DATA, Duration.ofMillis(1));
        assertThrows(QueryCancelledException.class, () -> impatient.run(slow.bind(Map.of()), Page.ALL));
    }
}
