package eu.migrationkg.serve.answers;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Set;

/**
 * The request as the route sees it: without its entity-tag conditions ({@code If-None-Match}...), since
 * whether the client holds the answer is decided in front of the route, by the entity tag of release,
 * request and format.
 */
final class Unconditional extends HttpServletRequestWrapper {

    /** If-Modified-Since stays: a route that dates its answers (Last-Modified) still answers it. */
    private static final Set<String> CONDITIONS = Set.of("if-none-match", "if-match", "if-unmodified-since", "if-range");

    Unconditional(HttpServletRequest request) {
        super(request);
    }

    static boolean isCondition(String header) {
        return CONDITIONS.contains(header.toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public String getHeader(String name) {
        return isCondition(name) ? null : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        return isCondition(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
    }

    @Override
    public long getDateHeader(String name) {
        return isCondition(name) ? -1 : super.getDateHeader(name);
    }
}
