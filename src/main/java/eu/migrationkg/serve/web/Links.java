package eu.migrationkg.serve.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Every href a page writes. Links are relative to the page that holds them, so the same page works
 * when it is reached directly ({@code http://localhost:3030/id/...}) and behind a proxy that
 * publishes the server under a path ({@code https://example.org/kg/id/...}). IRIs minted under the
 * namespace are served at their path under the server's root, so they become links into this site;
 * other IRIs are linked as they are.
 */
public final class Links {

    private final String base;
    private final String address;
    private final String toRoot;

    private Links(String base, String address, String toRoot) {
        this.base = base;
        this.address = address;
        this.toRoot = toRoot;
    }

    /**
     * Links for a page at {@code path}, the part of the request path after the server's root
     * ({@code ""} for the home page, {@code "id/instrument/x"} for a resource page), on a server
     * reached at the namespace itself.
     */
    public static Links forPath(String namespace, String path) {
        return forPath(namespace, namespace, path);
    }

    /** Links for a page at {@code path} of a server reached at {@code address} (see {@link PublicAddress}). */
    public static Links forPath(String namespace, String address, String path) {
        int depth = 0;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') depth++;
        }
        return new Links(namespace, address, "../".repeat(depth));
    }

    /** Links for the page answering this request, reached at {@code address}. */
    public static Links forRequest(String namespace, String address, HttpServletRequest request) {
        return forPath(namespace, address, pathOf(request));
    }

    /** The request path after the server's root, without the leading '/', as sent (still percent-encoded). */
    public static String pathOf(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        String path = uri.startsWith(context) ? uri.substring(context.length()) : uri;
        return path.startsWith("/") ? path.substring(1) : path;
    }

    /** The namespace of the IRIs, ending with '/'. */
    public String base() { return base; }

    /** Where the request reached the server, ending with '/'. */
    public String address() { return address; }

    /** The site's home page. */
    public String home() { return toRoot.isEmpty() ? "./" : toRoot; }

    /** A page of this site by its path under the root, e.g. {@code "sparql"} or {@code "dumps/"}. */
    public String to(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.isEmpty() ? home() : toRoot + p;
    }

    /** A page of this site with one query parameter, encoded. */
    public String to(String path, String param, String value) {
        return to(path) + "?" + param + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A file under {@code src/main/resources/assets/}. */
    public String asset(String file) {
        return to("assets/" + file);
    }

    /** A file inside a WebJar on the classpath, e.g. {@code webjar("zazuko__yasgui", "build/yasgui.min.js")}. */
    public String webjar(String artifact, String file) {
        return to("webjars/" + artifact + "/" + WebJars.version(artifact) + "/" + file);
    }

    /** The SPARQL endpoint with a query, as a link a person or a program can follow. */
    public String sparql(String query) {
        return to("sparql", "query", query);
    }

    /**
     * The SPARQL editor opened on a tab titled {@code title} holding {@code query}, run as it opens: the
     * share-link form YASGUI reads ({@code sparql#query=...}), which the editor's script also runs.
     */
    public String editor(String query, String title) {
        return to("sparql") + "#query=" + hashEncode(query) + "&tabTitle=" + hashEncode(title);
    }

    /** A value inside the editor's fragment, which YASGUI reads as a query string. */
    public static String hashEncode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The public address of a path, for canonical links and machine-readable output. */
    public String publicUrl(String path) {
        return address + (path.startsWith("/") ? path.substring(1) : path);
    }

    /** True when the IRI was minted under the namespace and is therefore served here. */
    public boolean isLocal(String iri) {
        return iri.startsWith(base);
    }

    /**
     * Where a link to this IRI points: into this site when it is ours, to the IRI itself when it is
     * an http(s) IRI of someone else, nowhere ({@code null}) for other schemes, which are shown as text.
     */
    public String iri(String iri) {
        if (isLocal(iri)) return to(iri.substring(base.length()));
        String lower = iri.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? iri : null;
    }
}
