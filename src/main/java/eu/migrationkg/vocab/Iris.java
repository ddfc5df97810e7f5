package eu.migrationkg.vocab;

import java.net.URI;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The one place where the project mints IRIs. Everything lives under one persistent namespace
 * ({@link #DEFAULT_NAMESPACE} unless a publisher with its own domain configures another), the same on
 * every machine and port: where a server is reached is no part of an IRI. A server answers each IRI at
 * the path it has under the namespace ({@code {ns}id/x} at {@code /id/x}).
 *
 * <ul>
 *   <li>{@code {ns}ontology#Term}: the project's vocabulary (the ontology IRI is {@code {ns}ontology})</li>
 *   <li>{@code {ns}id/{kind}/{key}}: things described by the graph, keys made from what they are (docs/MODEL.md)</li>
 *   <li>{@code {ns}graph/{name}}: named graphs, one per file or passage they come from</li>
 *   <li>{@code {ns}dataset}: the dataset as a whole; {@code {ns}sparql}, {@code {ns}dumps/...}: where it is served</li>
 * </ul>
 * The namespace is called the base in older method names ({@link #base()}).
 */
public final class Iris {

    /** The persistent namespace of every IRI the project mints (w3id.org redirects it to the publisher). */
    public static final String DEFAULT_NAMESPACE = "https://w3id.org/eu-migration-kg/";

    /** The default namespace, by its older name. */
    public static final String DEFAULT_BASE = DEFAULT_NAMESPACE;

    private final String base;

    public Iris(String namespace) {
        this.base = normaliseBase(namespace);
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

    /** The namespace, ending with '/'. */
    public String namespace() { return base; }

    /** The namespace (its older name). */
    public String base() { return base; }

    public String ontologyIri() { return base + "ontology"; }

    public String ontologyNamespace() { return base + "ontology#"; }

    public Node term(String localName) {
        return NodeFactory.createURI(ontologyNamespace() + localName);
    }

    public Node resource(String kind, String slug) {
        return NodeFactory.createURI(base + "id/" + kind + "/" + slug);
    }

    /**
     * A passage of a document, named by the document's key and the words it holds: a hash of its
     * normalised text, and for the second and later passages of the same text in that document their
     * occurrence number. Where the passage is stays in its selectors, never in its IRI.
     */
    public Node passage(String documentKey, String text, int occurrence) {
        return resource("passage", documentKey + "/" + hash(normalise(text), 12) + (occurrence > 1 ? "-" + occurrence : ""));
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

    /** Unicode compatibility form, one space for every run of white space, none at the ends. */
    public static String normalise(String text) {
        // ASCII is its own NFKC form: most passages skip the normaliser, which dominated naming them.
        String nfkc = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
        return collapseSpaces(nfkc).strip();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) >= 0x80) return false;
        return true;
    }

    /** Each run of regex white space (<code>\s</code>: space, tab, line feed, vertical tab, form feed, return) as one space. */
    private static String collapseSpaces(String text) {
        StringBuilder out = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean space = isRegexSpace(c);
            if (!space) {
                if (out != null) out.append(c);
                continue;
            }
            int end = i + 1;
            while (end < n && isRegexSpace(text.charAt(end))) end++;
            if (out == null) {
                if (c == ' ' && end == i + 1) continue; // a single space stays as it is
                out = new StringBuilder(n).append(text, 0, i);
            }
            out.append(' ');
            i = end - 1;
        }
        return out == null ? text : out.toString();
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** The first {@code hexDigits} hex digits of the SHA-256 of the text's UTF-8 bytes. */
    public static String hash(String text, int hexDigits) {
        byte[] d = SHA_256.get().digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return java.util.HexFormat.of().formatHex(d, 0, (hexDigits + 1) / 2).substring(0, hexDigits);
    }

    /**
     * One digest per thread, reset by each {@code digest()}: looking the algorithm up among the security
     * providers cost more than hashing a passage, and every passage and long name is hashed.
     */
    private static final ThreadLocal<java.security.MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    });

    /**
     * A key made from words: their slug when it is at most {@code max} characters; a longer one is cut
     * at a hyphen and given a short hash of all the words, so two long wordings that start alike
     * never share a key and the key does not depend on anything but the words.
     */
    public static String key(String words, int max) {
        String slug = slug(words);
        if (slug.length() <= max) return slug;
        int room = Math.max(1, max - 9);
        int cut = slug.lastIndexOf('-', room);
        return slug.substring(0, cut > 0 ? cut : room) + "-" + hash(normalise(words), 8);
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
