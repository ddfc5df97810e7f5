package eu.migrationkg.serve.queries;

import eu.migrationkg.queries.BoundQuery;
import eu.migrationkg.queries.Page;
import eu.migrationkg.queries.ParameterException;
import eu.migrationkg.queries.ParameterType;
import eu.migrationkg.queries.QueryParameter;
import eu.migrationkg.queries.QueryRegistry;
import eu.migrationkg.queries.SavedQueries;
import eu.migrationkg.queries.QueryResult;
import eu.migrationkg.queries.QueryRunner;
import eu.migrationkg.queries.ResultFormat;
import eu.migrationkg.queries.ResultView;
import eu.migrationkg.queries.SavedQuery;
import eu.migrationkg.serve.answers.ResultCitation;
import eu.migrationkg.serve.visual.Chart;
import org.apache.jena.query.QueryCancelledException;
import eu.migrationkg.serve.web.Links;
import eu.migrationkg.serve.web.PageFrame;
import eu.migrationkg.serve.web.Pages;
import eu.migrationkg.serve.web.Responses;
import eu.migrationkg.serve.web.Site;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /queries} lists the saved queries by tag; {@code /queries/{id}?param=...} shows one with its
 * result. The page's address with its parameters is the result's stable, shareable address.
 */
final class QueryPagesServlet extends HttpServlet {

    static final String PATH = "/queries";
    /** Rows per page when the query sets no pagination of its own. */
    static final int PAGE_ROWS = 100;

    private final transient SavedQueries queries;
    private final transient QueryRunner runner;
    private final transient Site site;

    QueryPagesServlet(SavedQueries queries, QueryRunner runner, Site site) {
        this.queries = queries;
        this.runner = runner;
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path == null || path.equals("/")) {
            list(req, resp);
            return;
        }
        QueryRegistry registry = queries.current();
        Optional<SavedQuery> query = registry.get(path.substring(1));
        if (query.isEmpty()) {
            Responses.plain(req, resp, HttpServletResponse.SC_NOT_FOUND, "There is no saved query '"
                    + path.substring(1) + "'. The saved queries are listed at " + site.links(req).publicUrl("queries"));
            return;
        }
        show(query.get(), SavedQueryModule.lastModified(site, registry), req, resp);
    }

    private void list(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        PageFrame frame = site.frame(req, "Saved queries").withSection(PageFrame.QUERIES)
                .withDescription("Questions about EU migration policy, answered from the knowledge graph by "
                        + "saved SPARQL queries.");
        Links links = frame.links();
        List<QueryListPage.Group> groups = new ArrayList<>();
        QueryRegistry registry = queries.current();
        registry.byTag().forEach((tag, queries) -> groups.add(new QueryListPage.Group(tag, anchor(tag),
                queries.stream().map(q -> new QueryListPage.Entry(links.to("queries/" + q.id()), q.summary(),
                        Prose.of(q.description()).first(), q.form(), q.view().type(),
                        q.parameters().stream().map(QueryParameter::name).toList())).toList())));
        Pages.send(req, resp, HttpServletResponse.SC_OK, "queries.jte",
                new QueryListPage(frame, groups, links.to("api"), links.to(SavedQueryModule.OPENAPI_PATH)),
                SavedQueryModule.lastModified(site, registry));
    }

    static String anchor(String tag) {
        return "tag-" + tag.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    /** What a request for a query page asks: its values bound, or why they were refused. */
    private record Request(QueryString qs, Map<String, String> values, Page page, BoundQuery bound,
                           ParameterException refusal) {

        static Request read(SavedQuery query, String queryString) {
            QueryString qs;
            try {
                // Empty fields of a submitted form mean "not given": the address leaves them out.
                qs = QueryString.parse(queryString).nonEmpty();
            } catch (ParameterException e) {
                return new Request(QueryString.EMPTY, Map.of(), Page.ALL, null, e);
            }
            Map<String, String> values = new LinkedHashMap<>(qs.values());
            try {
                Page page = QueryPagesServlet.page(query, values.remove("limit"), values.remove("offset"));
                values.remove("format");
                return new Request(qs, values, page, query.bind(values), null);
            } catch (ParameterException e) {
                return new Request(qs, values, Page.ALL, null, e);
            }
        }
    }

    private void show(SavedQuery query, Instant modified, HttpServletRequest req, HttpServletResponse resp)
            throws IOException {
        Request request = Request.read(query, req.getQueryString());
        QueryString qs = request.qs();
        PageFrame frame = site.frame(req, query.summary()).withSection(PageFrame.QUERIES)
                .withDescription(query.description().isBlank() ? query.summary()
                        : Prose.of(query.description()).first().plain());
        Links links = frame.links();
        String pagePath = "queries/" + query.id();
        String address = qs.values().isEmpty() ? pagePath : pagePath + "?" + qs.with(Map.of());
        frame = frame.withCanonical(links.publicUrl(address));
        List<QueryPage.Download> downloads = downloads(query, qs, links);

        ResultTable table = null;
        Boolean answer = null;
        QueryPage.Paging paging = null;
        Chart chart = null;
        ResultCitation citation = null;
        ParameterException refusal = request.refusal();
        String error = refusal == null ? null : refusal.getMessage();
        int status = refusal == null ? HttpServletResponse.SC_OK : HttpServletResponse.SC_BAD_REQUEST;
        if (request.bound() != null) {
            frame = frame.withAlternates(downloads.stream()
                    .map(d -> new PageFrame.Alternate(d.href(), d.mediaType(), d.label())).toList());
            QueryResult result = null;
            try {
                result = runner.run(request.bound(), request.page());
            } catch (QueryCancelledException e) {
                error = "the query took longer than " + QueryRunner.TIMEOUT.toSeconds() + " s and was stopped";
                status = HttpServletResponse.SC_SERVICE_UNAVAILABLE;
            }
            switch (result) {
                case null -> { }
                case QueryResult.Rows rows -> {
                    table = ResultTable.of(rows, query.prefixes(), links);
                    paging = paging(qs, request.page(), rows, links.to(pagePath));
                    chart = chart(query, table);
                }
                case QueryResult.Triples triples -> table = ResultTable.of(triples.graph(), query.prefixes(), links);
                case QueryResult.Answer a -> answer = a.value();
            }
            if (result != null) citation = citation(query, request, result, links);
        }
        if (chart != null) {
            frame = frame.withStylesheet(links.asset("pictures.css"));
            for (String script : Chart.scripts(links)) frame = frame.withScript(script);
        }
        QueryPage model = new QueryPage(frame, query, Prose.of(query.description()), links.to(pagePath),
                fields(query, request.values(), refusal == null ? null : refusal.parameter()),
                error, table, answer, paging, chart, citation,
                downloads, links.to(address), query.sparqlText(),
                request.bound() == null ? null : links.editor(request.bound().sparql(), query.summary()),
                links.to("api") + "#" + query.id());
        Pages.send(req, resp, status, "query.jte", model, modified);
    }

    /**
     * The result shown, cited: the API's answer to the same values and the same rows (its limit and
     * offset named, since the API's default page is larger), in the query's first format, which is
     * what the citation's address gives byte for byte.
     */
    private ResultCitation citation(SavedQuery query, Request request, QueryResult result, Links links) {
        Map<String, String[]> params = new LinkedHashMap<>();
        request.values().forEach((k, v) -> params.put(k, new String[] {v}));
        if (query.template().isSelectType()) {
            params.put("limit", new String[] {String.valueOf(request.page().limit())});
            params.put("offset", new String[] {String.valueOf(request.page().offset())});
        }
        ResultFormat format = ResultFormat.offeredFor(query).getFirst();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        format.write(result, query.prefixes(), body);
        String title = ResultCitation.title(query.summary(), request.values());
        return ResultCitation.of(links, site.store().assembled(), site.store().release(),
                SavedQueryServlet.PATH + "/" + query.id(), params, format.mediaType(), body.toByteArray(), title,
                query.id());
    }

    private static Page page(SavedQuery query, String limit, String offset) throws ParameterException {
        if (!query.template().isSelectType()) return Page.ALL;
        return Page.requested(limit, offset, query.pagination().orElse(PAGE_ROWS), SavedQueryServlet.MAX_PAGE);
    }

    private static QueryPage.Paging paging(QueryString qs, Page page, QueryResult.Rows rows, String pageHref) {
        String limit = String.valueOf(page.limit());
        String previous = null;
        if (page.offset() > 0) {
            Map<String, String> change = new HashMap<>();
            change.put("limit", limit);
            change.put("offset", String.valueOf(Math.max(0, page.offset() - page.limit())));
            previous = pageHref + "?" + qs.with(change);
        }
        String next = rows.more()
                ? pageHref + "?" + qs.with(Map.of("limit", limit, "offset", String.valueOf(page.offset() + page.limit())))
                : null;
        return new QueryPage.Paging(page.offset() + 1, page.offset() + rows.rows().size(), previous, next);
    }

    /** A link per format to the API, with the same parameters (paging included), so downloads match the page. */
    private static List<QueryPage.Download> downloads(SavedQuery query, QueryString qs, Links links) {
        String api = links.to(SavedQueryServlet.PATH + "/" + query.id());
        List<QueryPage.Download> out = new ArrayList<>();
        for (ResultFormat f : ResultFormat.offeredFor(query)) {
            out.add(new QueryPage.Download(label(f), api + "?" + qs.with(Map.of("format", f.formatName())), f.mediaType()));
        }
        return out;
    }

    private static String label(ResultFormat f) {
        return switch (f) {
            case JSON -> "SPARQL JSON";
            case XML -> "SPARQL XML";
            case CSV -> "CSV";
            case TSV -> "TSV";
            case TABLE -> "Text table";
            case MARKDOWN -> "Markdown";
            case TURTLE -> "Turtle";
            case NTRIPLES -> "N-Triples";
            case JSONLD -> "JSON-LD";
            case RDFXML -> "RDF/XML";
        };
    }

    /**
     * The chart the query's view asks for, drawn by the site's chart component from the cells of the
     * result table. The page's own table (with its links) is the chart's text form, so the figure
     * leaves its table out.
     */
    private static Chart chart(SavedQuery query, ResultTable table) {
        ResultView view = query.view();
        if (!view.isChart() || table.rows().isEmpty()) return null;
        List<List<String>> cells = table.rows().stream()
                .map(row -> row.stream().map(ResultTable.Cell::text).toList()).toList();
        Chart c = Chart.fromResults("chart", view.type(), chartTitle(view), table.columns(), cells, view.x(), view.y());
        return new Chart(c.id(), c.type(), c.title(), "The table below holds the same figures.", c.json(), c.table(),
                false);
    }

    private static String chartTitle(ResultView view) {
        String what = String.join(" and ", view.y().stream().map(QueryPagesServlet::words).toList());
        String by = words(view.x());
        return view.type().equals("timeline") ? "Timeline of " + what + " by " + by
                : what.substring(0, 1).toUpperCase(Locale.ROOT) + what.substring(1) + " by " + by;
    }

    /** A column name as words: {@code recipientLabel} → "recipient label". */
    private static String words(String column) {
        return column.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    private static List<QueryPage.Field> fields(SavedQuery query, Map<String, String> values, String invalid) {
        List<QueryPage.Field> fields = new ArrayList<>();
        for (QueryParameter p : query.parameters()) {
            String given = values.get(p.name());
            String value = given != null ? given : p.defaultValue().map(QueryParameter.Allowed::text).orElse("");
            String help = (p.description().isEmpty() ? "" : p.description() + " ") + "(" + p.type().label()
                    + (p.mandatory() ? ", required" : "") + p.defaultValue().map(d -> ", default " + d.text()).orElse("")
                    + ")";
            List<QueryPage.Option> options = new ArrayList<>();
            if (!p.allowedValues().isEmpty()) {
                if (!p.mandatory()) options.add(new QueryPage.Option("", "any", value.isEmpty()));
                for (QueryParameter.Allowed a : p.allowedValues()) {
                    options.add(new QueryPage.Option(a.text(), a.text(), a.text().equals(value)));
                }
            }
            boolean refused = p.name().equals(invalid);
            // A refused value is shown as typed, which a number or date input could not hold.
            String[] input = refused ? new String[] {"text", null} : inputType(p.type());
            String placeholder = input[0].equals("date") ? null : p.type().hint();
            fields.add(new QueryPage.Field(p.name(), "param-" + p.name(), input[0], input[1], value,
                    placeholder, help, p.mandatory(), refused, options));
        }
        return fields;
    }

    /** The input type and step a browser offers for the parameter's type. */
    private static String[] inputType(ParameterType type) {
        return switch (type.shape()) {
            case INTEGER -> new String[] {"number", "1"};
            case DECIMAL -> new String[] {"number", "any"};
            case DATE -> new String[] {"date", null};
            default -> new String[] {"text", null};
        };
    }
}
