package eu.migrationkg.serve.web;

import eu.migrationkg.serve.ServerSettings;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a request reached the server, as the public sees it: the address the SPARQL endpoint, the
 * dumps and the canonical links of pages are given at. It is never part of an IRI of the graph (those
 * are under the namespace, wherever the server runs).
 *
 * <p>In order: what a trusted proxy says ({@code Forwarded}, else {@code X-Forwarded-Proto},
 * {@code X-Forwarded-Host} and {@code X-Forwarded-Prefix}), only with {@code --trust-forwarded} since
 * anyone can send those headers; else the configured public address ({@code --base}); else the
 * scheme and {@code Host} the request itself was sent with.
 */
public final class PublicAddress {

    /** A host name, IPv4 or bracketed IPv6 address, with an optional port: nothing that could break an IRI. */
    private static final Pattern HOST = Pattern.compile("(?:[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?|\\[[0-9A-Fa-f:.]+\\])(?::[0-9]{1,5})?");
    private static final Pattern PREFIX = Pattern.compile("(?:/[A-Za-z0-9._~%!$&'()*+,;=:@-]+)*/?");

    private final Optional<String> configured;
    private final boolean trustForwarded;

    public PublicAddress(ServerSettings settings) {
        this(settings.publicAddress(), settings.trustForwarded());
    }

    public PublicAddress(Optional<String> configured, boolean trustForwarded) {
        this.configured = configured.map(a -> a.endsWith("/") ? a : a + "/");
        this.trustForwarded = trustForwarded;
    }

    /** The public address of the server's root for this request, ending with '/'. */
    public String of(HttpServletRequest request) {
        if (trustForwarded) {
            Optional<String> forwarded = forwarded(request);
            if (forwarded.isPresent()) return forwarded.get();
        }
        if (configured.isPresent()) return configured.get();
        String scheme = request.getScheme().toLowerCase(Locale.ROOT);
        String host = request.getHeader("Host");
        if (host == null || !HOST.matcher(host).matches()) {
            String name = request.getServerName();
            host = (name.contains(":") && !name.startsWith("[") ? "[" + name + "]" : name) + portSuffix(scheme, request.getServerPort());
        }
        return scheme + "://" + host + request.getContextPath() + "/";
    }

    private static Optional<String> forwarded(HttpServletRequest request) {
        String proto = null;
        String host = null;
        String header = request.getHeader("Forwarded");
        if (header != null) {
            String first = header.split(",", 2)[0];
            for (String pair : first.split(";")) {
                int eq = pair.indexOf('=');
                if (eq < 0) continue;
                String key = pair.substring(0, eq).strip().toLowerCase(Locale.ROOT);
                String value = pair.substring(eq + 1).strip().replaceAll("^\"|\"$", "");
                if (key.equals("proto")) proto = value;
                if (key.equals("host")) host = value;
            }
        }
        if (proto == null) proto = firstValue(request.getHeader("X-Forwarded-Proto"));
        if (host == null) host = firstValue(request.getHeader("X-Forwarded-Host"));
        if (host == null && proto == null) return Optional.empty();
        if (proto == null) proto = request.getScheme();
        proto = proto.toLowerCase(Locale.ROOT);
        if (!proto.equals("http") && !proto.equals("https")) return Optional.empty();
        if (host == null) host = request.getHeader("Host");
        if (host == null || !HOST.matcher(host).matches()) return Optional.empty();
        String prefix = firstValue(request.getHeader("X-Forwarded-Prefix"));
        if (prefix == null || !PREFIX.matcher(prefix).matches()) prefix = "";
        if (!prefix.isEmpty() && !prefix.startsWith("/")) prefix = "/" + prefix;
        prefix = prefix.replaceAll("/+$", "");
        return Optional.of(proto + "://" + host + prefix + "/");
    }

    private static String firstValue(String header) {
        if (header == null) return null;
        String v = header.split(",", 2)[0].strip();
        return v.isEmpty() ? null : v;
    }

    private static String portSuffix(String scheme, int port) {
        return (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443) || port <= 0 ? "" : ":" + port;
    }
}
