package eu.migrationkg.serve.answers;

import eu.migrationkg.graph.KeptReleases;
import eu.migrationkg.graph.ReleaseId;
import eu.migrationkg.serve.ErrorResponses;
import eu.migrationkg.serve.web.Representation;
import eu.migrationkg.serve.web.Responses;
import eu.migrationkg.serve.web.Site;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * In front of the routes whose answers follow from the release and the request alone ({@code /sparql},
 * {@code /query}, {@code /api/queries/...}, {@code /queries/...}, {@code /id/...}, {@code /graph/...},
 * {@code /search}, and the picture pages {@code /explore}, {@code /explore/...}, {@code /timeline} and
 * {@code /figures}, whose pictures are worked out for a release and its parameters once): gives each successful answer an entity tag of release, request and format,
 * answers {@code If-None-Match} with 304 without running anything, answers a request it has answered
 * before from {@link AnswerCache}, names a query result's permanent address in
 * {@code Link: <...>; rel="cite-as"} (RFC 8574), and answers those addresses ({@code /cite/...}).
 * Errors, time-outs and answers too large to keep pass through and are never stored.
 */
final class CachedAnswersFilter extends HttpFilter {

    static final String CITE_AS = "cite-as";
    private static final List<String> EXACT = List.of("/sparql", "/query", "/search", "/explore", "/timeline", "/figures");
    private static final List<String> UNDER = List.of("/api/queries/", "/queries/", "/id/", "/graph/", "/explore/");
    private static final String FORM = "application/x-www-form-urlencoded";

    private final Site site;
    private final AnswerCache cache;
    private final KeptReleases kept;
    private final String limits;
    private final Function<String, Optional<String>> savedQuerySummary;

    CachedAnswersFilter(Site site, AnswerCache cache, KeptReleases kept, String limits,
                        Function<String, Optional<String>> savedQuerySummary) {
        this.site = site;
        this.cache = cache;
        this.kept = kept;
        this.limits = limits;
        this.savedQuerySummary = savedQuerySummary;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String path = serverPath(req);
        if (path.startsWith(CitedRequest.PREFIX)) {
            cited(req, resp, chain);
            return;
        }
        if (!answersFromRelease(path) || !cacheableMethod(req, path)) {
            chain.doFilter(req, resp);
            return;
        }
        answer(req, resp, AnswerRequest.of(req, path), false, chain, null);
    }

    static String serverPath(HttpServletRequest req) {
        String uri = req.getRequestURI();
        String context = req.getContextPath();
        return uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    static boolean answersFromRelease(String path) {
        if (EXACT.contains(path)) return true;
        for (String prefix : UNDER) if (path.startsWith(prefix)) return true;
        return false;
    }

    /** GET and HEAD; for a SPARQL endpoint also a form POST, whose parameters Jetty reads once for everyone. */
    private static boolean cacheableMethod(HttpServletRequest req, String path) {
        String m = req.getMethod();
        if (m.equals("GET") || m.equals("HEAD")) return true;
        String type = req.getContentType();
        return m.equals("POST") && AnswerRequest.isSparql(path) && type != null
                && type.toLowerCase(java.util.Locale.ROOT).startsWith(FORM);
    }

    /**
     * Answers {@code ask} for the release served: 304 when the client holds it, else from the cache,
     * else by the route ({@code forward} set: by forwarding there, for a citation), keeping a success.
     */
    private void answer(HttpServletRequest req, HttpServletResponse resp, AnswerRequest ask, boolean citation,
                        FilterChain chain, HttpServletRequest routed) throws IOException, ServletException {
        ReleaseId release = site.store().release();
        String etag = ask.etag(release);
        String method = req.getMethod();
        boolean read = method.equals("GET") || method.equals("HEAD");
        if (read && isHeld(req, etag)) {
            resp.setHeader("ETag", etag);
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        String key = ask.key(release, limits, site.address(req));
        StoredAnswer stored = cache.get(release, key);
        if (stored != null && read && unmodifiedSince(req, stored)) {
            resp.setHeader("ETag", etag);
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        if (stored != null) {
            replay(req, resp, stored, ask, release, etag, citation);
            return;
        }
        CapturingResponse capture = new CapturingResponse(resp, r -> successHeaders(req, r, ask, release, etag, citation));
        HttpServletRequest downstream = routed != null ? routed : new Unconditional(req);
        if (routed != null && !AnswerRequest.isSparql(ask.path())) {
            req.getServletContext().getRequestDispatcher(ask.path()).forward(downstream, capture);
        } else {
            chain.doFilter(downstream, capture);
        }
        capture.finish();
        if (!method.equals("HEAD")) {
            StoredAnswer answer = capture.answer();
            if (answer != null) cache.put(key, answer);
        }
    }

    /** RFC 9110 13.2.2: without If-None-Match, If-Modified-Since against the answer's Last-Modified. */
    private static boolean unmodifiedSince(HttpServletRequest req, StoredAnswer stored) {
        if (req.getHeader("If-None-Match") != null) return false;
        long since;
        try {
            since = req.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (since < 0) return false;
        for (StoredAnswer.Header h : stored.headers()) {
            if (h.name().equalsIgnoreCase("Last-Modified")) {
                try {
                    long modified = java.time.ZonedDateTime.parse(h.value(), java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
                            .toInstant().toEpochMilli();
                    return modified <= since;
                } catch (java.time.format.DateTimeParseException e) {
                    return false;
                }
            }
        }
        return false;
    }

    /** Whether the client already holds the answer: its If-None-Match names our tag. */
    private static boolean isHeld(HttpServletRequest req, String etag) {
        String inm = req.getHeader("If-None-Match");
        return inm != null && Responses.matchesAny(inm, etag);
    }

    private void successHeaders(HttpServletRequest req, HttpServletResponse resp, AnswerRequest ask, ReleaseId release,
                                String etag, boolean citation) {
        resp.setHeader("ETag", etag);
        if (ask.citable() && resp.getContentType() != null) {
            String link = "<" + citeUrl(req, ask, release, resp.getContentType()) + ">; rel=\"" + CITE_AS + "\"";
            resp.addHeader("Link", link);
        }
        if (citation) {
            // The answer at a citation never changes while its release is kept.
            resp.setHeader("Cache-Control", "public, max-age=86400");
        } else if (resp.getHeader("Cache-Control") == null) {
            resp.setHeader("Cache-Control", Responses.REVALIDATE);
        }
    }

    private String citeUrl(HttpServletRequest req, AnswerRequest ask, ReleaseId release, String contentType) {
        return site.links(req).publicUrl(ask.citePath(release, mediaType(contentType)));
    }

    static String mediaType(String contentType) {
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip();
    }

    private void replay(HttpServletRequest req, HttpServletResponse resp, StoredAnswer a, AnswerRequest ask,
                        ReleaseId release, String etag, boolean citation) throws IOException {
        resp.setStatus(HttpServletResponse.SC_OK);
        for (StoredAnswer.Header h : a.headers()) {
            if (h.add()) resp.addHeader(h.name(), h.value());
            else resp.setHeader(h.name(), h.value());
        }
        if (a.contentType() != null) resp.setContentType(a.contentType());
        successHeaders(req, resp, ask, release, etag, citation);
        resp.setContentLength(a.body().length);
        if (!req.getMethod().equals("HEAD")) resp.getOutputStream().write(a.body());
    }

    /** A citation: the answer it names while its release is kept, else 410 with what it named. */
    private void cited(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        if (!Responses.readsOnly(req, resp, "GET, HEAD, OPTIONS")) return;
        Optional<CitedRequest.Citation> parsed = CitedRequest.parse(serverPath(req), req.getQueryString());
        if (parsed.isEmpty() || !answersFromRelease(parsed.get().path())) {
            ErrorResponses.send(req, resp, HttpServletResponse.SC_NOT_FOUND, "A citation address reads "
                    + "cite/{release}/{path}?{parameters}&as={media type}; this one names no result.");
            return;
        }
        CitedRequest.Citation c = parsed.get();
        ReleaseId current = site.store().release();
        ReleaseId named = new ReleaseId(c.release());
        if (!named.equals(current) || !kept.isKept(named)) {
            ErrorResponses.send(req, resp, 410, "This citation named the answer of release " + c.release()
                    + " to " + c.describe() + "; that release is no longer kept. The server now serves release "
                    + current.value() + ": " + site.links(req).publicUrl(c.path().substring(1)
                    + (c.query().isEmpty() ? "" : "?" + c.query())) + " asks the same of it.");
            return;
        }
        CitedRequest routed = new CitedRequest(req, c);
        AnswerRequest ask = AnswerRequest.of(routed, c.path());
        Optional<CitationFormat> asked = CitationFormat.askedBy(req.getHeader("Accept"));
        if (asked.isPresent()) {
            citation(req, resp, asked.get(), c, routed, ask, current, chain);
            return;
        }
        answer(req, resp, ask, true, chain, routed);
    }

    /**
     * A citation asked for as BibTeX or CSL-JSON (as a DOI is): the answer it names is made (or taken
     * from the cache) without being sent, and described, its SHA-256 included.
     */
    private void citation(HttpServletRequest req, HttpServletResponse resp, CitationFormat format,
                          CitedRequest.Citation c, CitedRequest routed, AnswerRequest ask, ReleaseId release,
                          FilterChain chain) throws IOException, ServletException {
        BufferedResponse answer = new BufferedResponse(resp);
        answer(new Unconditional(req), answer, ask, true, chain, routed);
        if (answer.status() != HttpServletResponse.SC_OK) {
            ErrorResponses.send(req, resp, answer.status() >= 400 ? answer.status() : 500,
                    "The answer this citation names could not be made (status " + answer.status() + "), so it cannot be described.");
            return;
        }
        String path = c.path();
        Map<String, String> values = new LinkedHashMap<>();
        c.params().forEach((k, v) -> { if (v.length > 0) values.put(k, v[0]); });
        String key;
        String title;
        if (AnswerRequest.isSparql(path)) {
            key = "sparql";
            title = ResultCitation.title("Answer to a SPARQL query", Map.of());
        } else {
            key = path.substring(path.lastIndexOf('/') + 1);
            values.keySet().removeAll(java.util.Set.of("limit", "offset", "format"));
            title = ResultCitation.title(savedQuerySummary.apply(key).orElse(key), values);
        }
        ResultCitation cited = ResultCitation.of(site.links(req), site.store().assembled(), release, path,
                c.params(), c.format(), answer.body(), title, key);
        resp.setHeader("Vary", "Accept");
        resp.setHeader("Cache-Control", "public, max-age=86400");
        resp.setHeader("Link", "<" + cited.url() + ">; rel=\"" + CITE_AS + "\"");
        Responses.send(req, resp, HttpServletResponse.SC_OK,
                Representation.text(format.of(cited), format.mediaType() + "; charset=utf-8"), null);
    }
}
