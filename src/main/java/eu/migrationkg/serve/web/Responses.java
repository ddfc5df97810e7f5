package eu.migrationkg.serve.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Sends a representation the way HTTP caches expect: entity tag and modification date on every
 * response, {@code 304 Not Modified} when the client already holds it, no body for HEAD.
 */
public final class Responses {
    private Responses() {}

    /** Pages may change when the data are reloaded: caches keep them but ask each time (cheaply, by tag). */
    public static final String REVALIDATE = "no-cache";

    /**
     * Sends {@code rep} with {@code status}. Headers the caller set before (Vary, Link...) are kept,
     * also on a 304. {@code lastModified} may be null.
     */
    public static void send(HttpServletRequest req, HttpServletResponse resp, int status, Representation rep,
                            Instant lastModified) throws IOException {
        String etag = rep.etag();
        resp.setHeader("ETag", etag);
        Instant modified = lastModified == null ? null : lastModified.truncatedTo(ChronoUnit.SECONDS);
        if (modified != null) resp.setDateHeader("Last-Modified", modified.toEpochMilli());
        if (resp.getHeader("Cache-Control") == null) resp.setHeader("Cache-Control", REVALIDATE);
        if (status == HttpServletResponse.SC_OK && notModified(req, etag, modified)) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        resp.setStatus(status);
        resp.setContentType(rep.contentType());
        resp.setContentLength(rep.body().length);
        if (!"HEAD".equals(req.getMethod())) {
            resp.getOutputStream().write(rep.body());
        }
    }

    /** RFC 9110 13.2.2: If-None-Match decides when present; If-Modified-Since only without it. */
    static boolean notModified(HttpServletRequest req, String etag, Instant modified) {
        String inm = req.getHeader("If-None-Match");
        if (inm != null) return matchesAny(inm, etag);
        if (modified == null) return false;
        long since;
        try {
            since = req.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException e) {
            return false; // an unparseable date is ignored, as the RFC asks
        }
        return since >= 0 && modified.toEpochMilli() <= since;
    }

    /** Weak comparison, as If-None-Match uses: {@code W/"x"} matches {@code "x"}. */
    public static boolean matchesAny(String header, String etag) {
        for (String candidate : header.split(",")) {
            String c = candidate.strip();
            if (c.equals("*")) return true;
            if (c.startsWith("W/")) c = c.substring(2);
            if (c.equals(etag)) return true;
        }
        return false;
    }

    /** A short plain-text answer for errors and refusals. */
    public static void plain(HttpServletRequest req, HttpServletResponse resp, int status, String message)
            throws IOException {
        resp.setHeader("Cache-Control", "no-store");
        Representation rep = Representation.text(message + "\n", "text/plain");
        resp.setStatus(status);
        resp.setContentType(rep.contentType());
        resp.setContentLength(rep.body().length);
        if (!"HEAD".equals(req.getMethod())) resp.getOutputStream().write(rep.body());
    }

    /**
     * Lets only reads through: any method but GET and HEAD gets 405 with the route's Allow header.
     * Returns whether the request may go on.
     */
    public static boolean readsOnly(HttpServletRequest req, HttpServletResponse resp, String allow) throws IOException {
        String method = req.getMethod();
        if (method.equals("GET") || method.equals("HEAD")) return true;
        resp.setHeader("Allow", allow);
        plain(req, resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED, method + " is not allowed: this server is read-only. Use GET.");
        return false;
    }
}
