package eu.migrationkg.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * Fuseki's SPARQL query operation with the public endpoint's bounds: query length (413 for a body,
 * 414 for a URL), nesting depth, no SERVICE unless enabled, a cap on result rows, and a timeout that
 * stops the work, regular expressions included. SELECT results are gathered (at most the row cap)
 * before the first byte is sent, so a query that runs out of time is answered 503 rather than with
 * a truncated 200; CONSTRUCT and DESCRIBE are gathered by Fuseki itself. Only queries that need it
 * are copied and rewritten, so that the common query costs what it costs in bare Fuseki.
 */
final class BoundedQueryProcessor extends SPARQL_QueryDataset {

    /** Response header telling a client the rows it got were cut at the cap. */
    static final String TRUNCATED_HEADER = "X-Result-Truncated";

    private static final String REGEX_ATTRIBUTE = "eu.migrationkg.query.mayUseRegex";

    private final ServeConfig config;
    private final RegexGuard regexGuard;

    BoundedQueryProcessor(ServeConfig config) {
        this.config = config;
        this.regexGuard = new RegexGuard(config.queryTimeout());
    }

    /** A JSONP callback must be a plain (dotted) JavaScript name, not script. */
    private static final Pattern CALLBACK = Pattern.compile("[A-Za-z_$][\\w$]{0,63}(\\.[A-Za-z_$][\\w$]{0,63}){0,4}");
    /** Characters that would break out of the processing instruction Fuseki writes for a stylesheet. */
    private static final Pattern UNSAFE_STYLESHEET = Pattern.compile("[<>\"'\\s]|^(?i)javascript:");

    @Override
    protected void validateRequest(HttpAction action) {
        String callback = action.getRequestParameter("callback");
        if (callback != null && !CALLBACK.matcher(callback).matches()) {
            ServletOps.errorBadRequest("The callback parameter must be a JavaScript function name.");
        }
        String stylesheet = action.getRequestParameter("stylesheet");
        if (stylesheet != null && UNSAFE_STYLESHEET.matcher(stylesheet).find()) {
            ServletOps.errorBadRequest("The stylesheet parameter must be a plain URL path.");
        }
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        if (queryString != null && queryString.length() > config.maxQueryLength()) {
            int status = "GET".equals(action.getRequestMethod()) ? 414 : 413;
            ServletOps.error(status, "The query is " + queryString.length() + " characters long; at most "
                    + config.maxQueryLength() + " are accepted.");
        }
        int depth = SparqlText.nestingDepth(queryString);
        if (depth > config.maxQueryNesting()) {
            ServletOps.errorBadRequest("The query nests brackets " + depth + " deep; at most "
                    + config.maxQueryNesting() + " levels are accepted.");
        }
        action.getRequest().setAttribute(REGEX_ATTRIBUTE, queryString != null && mayUseRegex(queryString));
        super.execute(queryString, action);
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        if (!config.serviceEnabled() && QueryShape.usesService(query)) {
            ServletOps.errorBadRequest("SERVICE (federated query) is disabled on this endpoint.");
        }
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        Query q = decided.getRight() != null ? decided.getRight() : query;
        Object regex = action.getRequest().getAttribute(REGEX_ATTRIBUTE);
        return Pair.create(decided.getLeft(), bounded(q, !Boolean.FALSE.equals(regex)));
    }

    /**
     * The query as run: with guarded regexes, and for CONSTRUCT and DESCRIBE (which Fuseki gathers
     * whole) capped by LIMIT. A SELECT is not rewritten: its rows are cut while they are gathered.
     */
    private Query bounded(Query q, boolean mayUseRegex) {
        boolean capped = (q.isConstructType() || q.isDescribeType()) && (!q.hasLimit() || q.getLimit() > config.maxRows());
        if (!mayUseRegex && !capped) return q;
        Query run = QueryTransformOps.transform(q, new ElementTransformCopyBase(), mayUseRegex ? regexGuard
                : new ExprTransformCopy());
        if (capped) run.setLimit(config.maxRows());
        return run;
    }

    /**
     * Whether the query text could call a regular expression (REGEX, REPLACE, fn:matches, fn:replace).
     * Looked for in the text, where any spelling of them must appear, so that queries without one are
     * not copied to be guarded.
     */
    static boolean mayUseRegex(String queryString) {
        String lower = queryString.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("regex") || lower.contains("replace") || lower.contains("matches");
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        return QueryExec.newBuilder()
                .dataset(dataset)
                .query(query)
                .context(action.getContext())
                .set(ARQ.httpServiceAllowed, config.serviceEnabled())
                .overallTimeout(config.queryTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .build();
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec queryExec, Query requestQuery,
                                           String queryStringLog) {
        if (!requestQuery.isSelectType()) {
            return super.executeQuery(action, queryExec, requestQuery, queryStringLog);
        }
        RowSet rows = queryExec.select();
        List<Binding> gathered = new ArrayList<>();
        while (rows.hasNext()) {
            Binding b = rows.next();
            if (gathered.size() == config.maxRows()) {
                action.setResponseHeader(TRUNCATED_HEADER, "rows cut at " + config.maxRows());
                break;
            }
            gathered.add(b);
        }
        return new QueryExecResult(RowSetStream.create(rows.getResultVars(), gathered.iterator()));
    }
}
