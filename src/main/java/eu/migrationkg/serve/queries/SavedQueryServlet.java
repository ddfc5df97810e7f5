package eu.migrationkg.serve.queries;

import eu.migrationkg.queries.BoundQuery;
import eu.migrationkg.queries.Page;
import eu.migrationkg.queries.ParameterException;
import eu.migrationkg.queries.QueryRegistry;
import eu.migrationkg.queries.SavedQueries;
import eu.migrationkg.queries.QueryResult;
import eu.migrationkg.queries.QueryRunner;
import eu.migrationkg.queries.ResultFormat;
import eu.migrationkg.queries.SavedQuery;
import eu.migrationkg.serve.web.Negotiation;
import eu.migrationkg.serve.web.Representation;
import eu.migrationkg.serve.web.Responses;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.query.QueryCancelledException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/queries} lists the saved queries; {@code GET /api/queries/{id}?param=...} runs one.
 * The format comes from {@code format=} or the {@code Accept} header ({@link Negotiation}: 400 for an
 * unknown format, 406 when Accept excludes every format the query offers); {@code limit} and {@code offset}
 * page a table, with {@code Link} headers to the neighbouring pages.
 */
final class SavedQueryServlet extends HttpServlet {

    static final String PATH = "/api/queries";
    /** The most rows one response carries; more are reached through the next page. */
    static final int MAX_PAGE = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(SavedQueryServlet.class);

    private final transient SavedQueries queries;
    private final transient QueryRunner runner;
    private final transient Function<HttpServletRequest, String> address;

    /** @param address where a request reached the server (the catalogue gives each query's address under it) */
    SavedQueryServlet(SavedQueries queries, QueryRunner runner, Function<HttpServletRequest, String> address) {
        this.queries = queries;
        this.runner = runner;
        this.address = address;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        QueryRegistry registry = queries.current();
        if (path == null || path.equals("/")) {
            Responses.send(req, resp, HttpServletResponse.SC_OK,
                    Representation.json(new QueryCatalog(registry, address.apply(req)).list()), null);
            return;
        }
        String id = path.substring(1);
        Optional<SavedQuery> query = registry.get(id);
        if (query.isEmpty()) {
            ApiResponses.problem(resp, 404, "Not Found", "there is no saved query '" + id + "'; " + PATH
                    + " lists them", Map.of());
            return;
        }
        try {
            run(query.get(), req, resp);
        } catch (ParameterException e) {
            ApiResponses.problem(resp, 400, "Bad Request", e.getMessage(),
                    Map.of("parameter", e.parameter(), "reason", e.reason()));
        } catch (QueryCancelledException e) {
            ApiResponses.problem(resp, 503, "Service Unavailable", "the query took longer than "
                    + QueryRunner.TIMEOUT.toSeconds() + " s and was stopped", Map.of());
        } catch (RuntimeException e) {
            LOG.warn("saved query {} failed: {}", id, e.toString());
            ApiResponses.problem(resp, 500, "Internal Server Error", "the query could not be run: "
                    + e.getClass().getSimpleName(), Map.of());
        }
    }

    private void run(SavedQuery query, HttpServletRequest req, HttpServletResponse resp)
            throws ParameterException, IOException {
        QueryString qs = QueryString.parse(req.getQueryString());
        Map<String, String> values = new LinkedHashMap<>(qs.values());
        Negotiation.Outcome<ResultFormat> outcome = negotiation(query).choose(null, values.remove("format"), req.getHeader("Accept"));
        outcome.markVary(resp);
        if (outcome instanceof Negotiation.UnknownFormat<ResultFormat> u) throw unknownFormat(query, u.value());
        if (outcome instanceof Negotiation.NotAcceptable<ResultFormat> n) {
            ApiResponses.problem(resp, n.status(), "Not Acceptable", n.message(), Map.of());
            return;
        }
        ResultFormat format = ((Negotiation.Chosen<ResultFormat>) outcome).value();
        Page page = page(query, values.remove("limit"), values.remove("offset"));
        BoundQuery bound = query.bind(values);
        QueryResult result = runner.run(bound, page);

        ByteArrayOutputStream body = new ByteArrayOutputStream();
        format.write(result, query.prefixes(), body);
        if (result instanceof QueryResult.Rows rows) {
            links(query, qs, page, rows).ifPresent(l -> resp.setHeader("Link", l));
        }
        resp.setHeader("Content-Disposition", "inline; filename=\"" + query.id() + "." + format.fileExtension() + "\"");
        Responses.send(req, resp, HttpServletResponse.SC_OK,
                new Representation(body.toByteArray(), format.mediaType() + "; charset=utf-8"), null);
    }

    /**
     * The formats the query's result can take, the preferred first ({@code format=} by any of a format's
     * names); a JSON client gets SPARQL JSON results, or JSON-LD for a graph.
     */
    private static Negotiation<ResultFormat> negotiation(SavedQuery query) {
        return Negotiation.of(ResultFormat.offeredFor(query).stream().map(f -> {
            var offer = new Negotiation.Offer<>(f, f.mediaType(), f.names(), List.of());
            return f == ResultFormat.JSON || f == ResultFormat.JSONLD ? offer.withAliases("application/json") : offer;
        }).toList());
    }

    /** A {@code format=} the query does not offer: a 400 naming the parameter, as for any other parameter. */
    private static ParameterException unknownFormat(SavedQuery query, String requested) {
        String names = String.join(", ", ResultFormat.offeredFor(query).stream().map(ResultFormat::formatName).toList());
        return ResultFormat.named(requested).isPresent()
                ? new ParameterException("format", "'" + requested + "' does not fit a " + query.form()
                        + " query (it offers: " + names + ")")
                : new ParameterException("format", "'" + requested + "' is not a format (this query offers: " + names + ")");
    }

    private static Page page(SavedQuery query, String limit, String offset) throws ParameterException {
        boolean given = (limit != null && !limit.isEmpty()) || (offset != null && !offset.isEmpty());
        if (!query.template().isSelectType()) {
            if (given) throw new ParameterException(limit != null ? "limit" : "offset",
                    "pages the rows of a SELECT query; this one is " + query.form());
            return Page.ALL;
        }
        return Page.requested(limit, offset, query.pagination().orElse(MAX_PAGE), MAX_PAGE);
    }

    /**
     * RFC 8288 links to the first, previous and next pages, keeping every other parameter. They are
     * relative to the request ({@code <id?...>}), so they hold behind a proxy that moves the server.
     */
    private static Optional<String> links(SavedQuery query, QueryString qs, Page page, QueryResult.Rows rows) {
        List<String> links = new ArrayList<>();
        String base = query.id();
        String limit = String.valueOf(page.limit());
        if (rows.more()) {
            links.add(link(base, qs, Map.of("limit", limit, "offset", String.valueOf(page.offset() + page.limit())), "next"));
        }
        if (page.offset() > 0) {
            Map<String, String> prev = new HashMap<>();
            prev.put("limit", limit);
            prev.put("offset", String.valueOf(Math.max(0, page.offset() - page.limit())));
            links.add(link(base, qs, prev, "prev"));
            links.add(link(base, qs, Map.of("limit", limit, "offset", "0"), "first"));
        }
        return links.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", links));
    }

    private static String link(String base, QueryString qs, Map<String, String> changes, String rel) {
        return "<" + base + "?" + qs.with(changes) + ">; rel=\"" + rel + "\"";
    }
}
