package eu.migrationkg.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Cross-origin access for reading: the data are public, so any origin may query and read, without
 * credentials (no cookies, no Allow-Credentials). Only the methods that read are offered to a
 * preflight; a browser is never told it may PUT or DELETE. Fuseki's own CORS filter is not used
 * because it offers every method and is configured from a file of its own.
 */
final class ReadOnlyCorsFilter extends HttpFilter {

    static final String METHODS = "GET, HEAD, POST, OPTIONS";
    static final String HEADERS = "Accept, Accept-Language, Content-Type, Cache-Control";
    static final String EXPOSED = "Content-Length, Content-Type, Retry-After, Link, Location, ETag, X-KG-Release";

    private final String maxAge;

    ReadOnlyCorsFilter(int maxAgeSeconds) {
        this.maxAge = Integer.toString(maxAgeSeconds);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getHeader("Origin") == null) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Access-Control-Allow-Origin", "*");
        if ("OPTIONS".equals(request.getMethod()) && request.getHeader("Access-Control-Request-Method") != null) {
            response.setHeader("Access-Control-Allow-Methods", METHODS);
            response.setHeader("Access-Control-Allow-Headers", HEADERS);
            response.setHeader("Access-Control-Max-Age", maxAge);
            response.setStatus(204);
            return;
        }
        response.setHeader("Access-Control-Expose-Headers", EXPOSED);
        chain.doFilter(request, response);
    }
}
