package eu.migrationkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * Reads what is left of a request body once the request has been answered. A refused request
 * (415, 400...) is answered without reading its body; draining it lets the connection be reused
 * instead of being closed under a client that is about to send its next request on it.
 */
final class DrainRequestBodyFilter implements Filter {

    private final long maxDrainBytes;

    DrainRequestBodyFilter(long maxDrainBytes) {
        this.maxDrainBytes = maxDrainBytes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            drain((HttpServletRequest) request);
        }
    }

    private void drain(HttpServletRequest request) {
        long length = request.getContentLengthLong();
        if (length == 0 || length > maxDrainBytes) return;
        try {
            ServletInputStream in = request.getInputStream();
            byte[] buf = new byte[8192];
            long total = 0;
            int n;
            while (total <= maxDrainBytes && (n = in.read(buf)) > 0) {
                total += n;
            }
        } catch (IOException | IllegalStateException e) {
            // The body was read as a reader or form, or the client went away: nothing left to drain.
        }
    }
}
