package eu.migrationkg.vocab;

import java.net.URI;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The one place where the project mints IRIs. Everything lives under a configurable base so the
 * same data can be published at any address; the path of an IRI is the path it is served at.
 *
 * <ul>
 *   <li>{@code {base}ontology#Term}: the project's vocabulary (the ontology IRI is {@code {base}ontology})</li>
 *   <li>{@code {base}id/{kind}/{slug}}: things described by the graph</li>
 *   <li>{@code {base}graph/{name}}: named graphs, one per file or passage they come from</li>
 *   <li>{@code {base}dataset}: the dataset as a whole; {@code {base}sparql}, {@code {base}dumps/...}: where it is served</li>
 * </ul>
 */
public final class Iris {

    public static final String DEFAULT_BASE = "http://localhost:3030/";

    private final String base;

    public Iris(String base) {
        this.base = normaliseBase(base);
    }

    /** An absolute http(s) IRI ending with '/', or an exception saying what is wrong with it. */
    public static String normaliseBase(String base) {
        URI uri;
        try {
            uri = new URI(base);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("base '" + base + "' is not an IRI: " + e.getReason());
        }
        if (!uri.isAbsolute() || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalArgumentException("base '" + base
                    + "' must be an absolute http(s) address without query or fragment, e.g. " + DEFAULT_BASE);
        }
        return base.endsWith("/") ? base : base + "/";
    }

    public String base() { return base; }

    public String ontologyIri() { return base + "ontology"; }

    public String ontologyNamespace() { return base + "ontology#"; }

    public Node term(String localName) {
        return NodeFactory.createURI(ontologyNamespace() + localName);
    }

    public Node resource(String kind, String slug) {
        return NodeFactory.createURI(base + "id/" + kind + "/" + slug);
    }

    /** A passage of a source: its characters from {@code start} to {@code end} (code points, end exclusive). */
    public Node passage(String source, int start, int end) {
        return resource("passage", source + "/" + start + "-" + end);
    }

    /** A selector of a passage ({@code quote} or {@code position}): a fragment of the passage's IRI. */
    public Node selector(Node passage, String which) {
        return NodeFactory.createURI(passage.getURI() + "#" + which);
    }

    /** The dataset as a whole, described in VoID and DCAT at this address. */
    public Node dataset() {
        return NodeFactory.createURI(base + "dataset");
    }

    /** A path the server answers at (an endpoint, a dump), as an IRI under the base. */
    public Node served(String path) {
        return NodeFactory.createURI(base + path);
    }

    public Node graph(String name) {
        return NodeFactory.createURI(base + "graph/" + name);
    }

    /** The kind of a described resource, from its IRI {@code {base}id/{kind}/...}, if it is one. */
    public Optional<String> kindOf(Node resource) {
        if (!resource.isURI()) return Optional.empty();
        String iri = resource.getURI();
        String prefix = base + "id/";
        if (!iri.startsWith(prefix)) return Optional.empty();
        int slash = iri.indexOf('/', prefix.length());
        return slash < 0 ? Optional.empty() : Optional.of(iri.substring(prefix.length(), slash));
    }

    /** The prefix of every described resource, {@code {base}id/}. */
    public String resourcePrefix() {
        return base + "id/";
    }

    /** True when the IRI was minted under this base. */
    public boolean isLocal(String iri) {
        return iri.startsWith(base);
    }

    /**
     * A readable, stable path segment: accents folded, lower case, runs of anything else turned into
     * one hyphen. The same text always gives the same slug.
     */
    public static String slug(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String s = folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        s = s.replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "x" : s;
    }
}
