package eu.migrationkg.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Limits every request, whatever its route: only the methods that read (and POST, which carries
 * queries) are accepted (405 otherwise; PUT, DELETE and PATCH are left to the route, which refuses them), a body must declare its length and stay under the cap
 * (411, 413), parameters must decode as UTF-8 (400), and one client (one remote address) may have
 * only so many requests in progress at once (429 with Retry-After). Liveness checks are never refused.
 */
final class RequestLimitsFilter extends HttpFilter {

    static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "POST", "OPTIONS");
    /** Write methods a route refuses itself, with the Allow header only it knows. */
    static final Set<String> ROUTE_REFUSED = Set.of("PUT", "DELETE", "PATCH");
    static final String ALLOW = "GET, HEAD, POST, OPTIONS";

    private final long maxBodyBytes;
    private final int maxConcurrent;
    private final int retryAfterSeconds;
    private final ConcurrentHashMap<String, AtomicInteger> inProgress = new ConcurrentHashMap<>();

    RequestLimitsFilter(ServeConfig config) {
        this.maxBodyBytes = config.maxBodyBytes();
        this.maxConcurrent = config.maxConcurrentPerClient();
        this.retryAfterSeconds = config.retryAfterSeconds();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (refusedMethod(request)) {
            response.setHeader("Allow", ALLOW);
            response.sendError(405, "This server is read-only: " + ALLOW + " only.");
            return;
        }
        if ("/$/ping".equals(request.getRequestURI())) {
            chain.doFilter(request, response);
            return;
        }
        long length = request.getContentLengthLong();
        if (length > maxBodyBytes) {
            response.setHeader("Connection", "close");
            response.sendError(413, "The request body is " + length + " bytes; at most " + maxBodyBytes
                    + " are accepted.");
            return;
        }
        if (length < 0 && request.getHeader("Transfer-Encoding") != null) {
            response.sendError(411, "A request body must declare its length (Content-Length).");
            return;
        }
        if (!parametersDecode(request)) {
            response.sendError(400, "The request's parameters are not valid percent-encoded UTF-8.");
            return;
        }
        String client = request.getRemoteAddr();
        AtomicInteger count = inProgress.compute(client, (k, v) -> {
            AtomicInteger c = v == null ? new AtomicInteger() : v;
            c.incrementAndGet();
            return c;
        });
        try {
            if (count.get() > maxConcurrent) {
                response.setHeader("Retry-After", Integer.toString(retryAfterSeconds));
                response.sendError(429, "Too many requests in progress from your address (at most "
                        + maxConcurrent + " at once); retry after " + retryAfterSeconds + " s.");
                return;
            }
            chain.doFilter(request, response);
        } finally {
            inProgress.computeIfPresent(client, (k, v) -> v.decrementAndGet() <= 0 ? null : v);
        }
    }

    /**
     * Whether the method is refused here, before any route: every method but the read ones and the
     * write ones each route refuses with its own Allow header; those too under {@code /$/}, whose Fuseki
     * servlets answer any method.
     */
    private static boolean refusedMethod(HttpServletRequest request) {
        String m = request.getMethod();
        if (READ_METHODS.contains(m)) return false;
        return !ROUTE_REFUSED.contains(m) || request.getRequestURI().startsWith("/$/");
    }

    /**
     * Decodes the parameters now, so a malformed one is the client's 400 here rather than an exception
     * deep in a servlet. Only for a query string or a form; other bodies are left unread.
     */
    private static boolean parametersDecode(HttpServletRequest request) {
        String type = request.getContentType();
        boolean form = type != null && type.startsWith("application/x-www-form-urlencoded");
        if (request.getQueryString() == null && !form) return true;
        try {
            request.getParameterMap();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
