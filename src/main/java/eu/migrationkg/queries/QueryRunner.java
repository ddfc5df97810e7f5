package eu.migrationkg.queries;

import java.util.ArrayList;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import eu.migrationkg.graph.KnowledgeStore;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/**
 * Runs bound queries, on a dataset in this process or on a SPARQL endpoint; both give the same
 * {@link QueryResult} for the same data, which is how the command line and the API agree.
 */
public interface QueryRunner {

    /**
     * How long a saved query may run in this process. The queries are written for the corpus and
     * answer in milliseconds; the limit keeps one that goes wrong from holding a server thread.
     */
    Duration TIMEOUT = Duration.ofSeconds(30);

    /** Runs the query; a local run longer than {@link #TIMEOUT} ends with {@link QueryCancelledException}. */
    QueryResult run(BoundQuery query, Page page);

    /** Runs on a dataset held in this process, inside a read transaction. */
    static QueryRunner local(DatasetGraph dataset) {
        return local(() -> dataset, TIMEOUT);
    }

    /** As {@link #local(DatasetGraph)}, stopping runs longer than {@code timeout}. */
    static QueryRunner local(DatasetGraph dataset, Duration timeout) {
        return local(() -> dataset, timeout);
    }

    /**
     * Runs on the store's dataset as it is at each run, so a store that swaps in a rebuilt dataset is
     * queried on the new one.
     */
    static QueryRunner local(KnowledgeStore store) {
        return local(store::dataset, TIMEOUT);
    }

    private static QueryRunner local(Supplier<DatasetGraph> data, Duration timeout) {
        return (bound, page) -> {
            Query q = page.applyTo(bound.query());
            DatasetGraph dataset = data.get();
            return Txn.calculateRead(dataset, () -> {
                try (QueryExec exec = QueryExec.dataset(dataset).query(q)
                        .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
                    return collect(exec, q, page);
                }
            });
        };
    }

    /** Runs on a SPARQL endpoint over HTTP: the bound query is sent as text, its terms already in place. */
    static QueryRunner remote(String endpoint) {
        return (bound, page) -> {
            Query q = page.applyTo(bound.query());
            try (QueryExec exec = QueryExecHTTP.service(endpoint).query(q).build()) {
                return collect(exec, q, page);
            }
        };
    }

    private static QueryResult collect(QueryExec exec, Query q, Page page) {
        if (q.isSelectType()) {
            RowSet rs = exec.select();
            List<Binding> rows = new ArrayList<>();
            rs.forEachRemaining(rows::add);
            boolean more = page.limited() && rows.size() > page.limit();
            if (more) rows = rows.subList(0, (int) page.limit());
            return new QueryResult.Rows(rs.getResultVars(), rows, more);
        }
        if (q.isAskType()) return new QueryResult.Answer(exec.ask());
        Graph g = GraphFactory.createDefaultGraph();
        Graph answer = q.isConstructType() ? exec.construct() : exec.describe();
        answer.find().forEachRemaining(g::add);
        g.getPrefixMapping().setNsPrefixes(q.getPrefixMapping());
        return new QueryResult.Triples(g);
    }
}
