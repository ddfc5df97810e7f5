package eu.migrationkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Limits every request, whatever its route: a body must declare its length and stay under the cap
 * (411, 413), and one client (one remote address) may have only so many requests in progress at once
 * (429 with Retry-After). Liveness checks are never refused.
 */
final class RequestLimitsFilter implements Filter {

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
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if ("/$/ping".equals(request.getRequestURI())) {
            chain.doFilter(req, res);
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
            chain.doFilter(req, res);
        } finally {
            inProgress.computeIfPresent(client, (k, v) -> v.decrementAndGet() <= 0 ? null : v);
        }
    }

    /** Requests in progress per client; for tests. */
    int inProgress(String client) {
        AtomicInteger c = inProgress.get(client);
        return c == null ? 0 : c.get();
    }
}
