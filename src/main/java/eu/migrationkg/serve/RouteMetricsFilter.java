package eu.migrationkg.serve;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Counts and times every request by route, method and status, for {@code /$/metrics}. The route is a
 * pattern, never the raw path, so the number of series stays small whatever clients send: the
 * servlet mapping that took the request ({@code /$/ping}, {@code /id/*}...), the SPARQL endpoint
 * Fuseki dispatched it to ({@code /sparql}), or {@code other}.
 */
final class RouteMetricsFilter extends HttpFilter {

    static final String METRIC = "kg.http.requests";
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH");

    private final MeterRegistry registry;
    private volatile Set<String> endpoints = Set.of();
    /** The timers already registered, by route, method and status: a lookup per request, not a build. */
    private final ConcurrentHashMap<String, Timer> timers = new ConcurrentHashMap<>();

    RouteMetricsFilter(MeterRegistry registry) {
        this.registry = registry;
    }

    /** The paths of Fuseki's endpoints ({@code /sparql}, {@code /data}...), known once the server is configured. */
    void endpoints(Set<String> paths) {
        this.endpoints = Set.copyOf(paths);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long t0 = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            int status = ((HttpServletResponse) response).getStatus();
            String route = route(request);
            String method = METHODS.contains(request.getMethod()) ? request.getMethod() : "other";
            timers.computeIfAbsent(route + ' ' + method + ' ' + status, k -> Timer.builder(METRIC)
                            .description("HTTP requests by route, method and status")
                            .tag("route", route)
                            .tag("method", method)
                            .tag("status", Integer.toString(status))
                            .publishPercentileHistogram()
                            .register(registry))
                    .record(System.nanoTime() - t0, TimeUnit.NANOSECONDS);
        }
    }

    String route(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (endpoints.contains(path)) return path;
        HttpServletMapping mapping = request.getHttpServletMapping();
        String pattern = mapping == null ? null : mapping.getPattern();
        if (pattern == null || pattern.isEmpty() || pattern.equals("/")) return "other";
        return pattern;
    }
}
