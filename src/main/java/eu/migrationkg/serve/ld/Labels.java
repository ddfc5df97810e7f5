package eu.migrationkg.serve.ld;

import eu.migrationkg.serve.web.ShownText;
import eu.migrationkg.vocab.Vocab;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.PrefixMap;

/**
 * What to call a node on a page: its best label in the graph (preferred label, then rdfs:label,
 * title, name; English first), else, for a passage (a Web Annotation specific resource), the words it
 * selects, else a prefixed name ({@code dct:title}), else the end of its IRI.
 */
public final class Labels {

    static final List<Node> LABEL_PROPERTIES = List.of(
            uri(Vocab.SKOS + "prefLabel"),
            uri(Vocab.RDFS + "label"),
            uri(Vocab.DCT + "title"),
            uri(Vocab.FOAF + "name"),
            uri(Vocab.SCHEMA + "name"));

    private static final String PREFERRED_LANGUAGE = "en";
    private static final Node HAS_SELECTOR = uri(Vocab.OA + "hasSelector");
    private static final Node EXACT = uri(Vocab.OA + "exact");
    /** Quotes longer than this are cut at a word: a label names, the page quotes in full. */
    private static final int QUOTE_LABEL_LENGTH = 80;

    private final Graph graph;
    private final PrefixMap prefixes;
    private final String base;

    /** @param base IRIs under it without a label or prefix are shown by their path under it */
    public Labels(Graph graph, PrefixMap prefixes, String base) {
        this.graph = graph;
        this.prefixes = prefixes;
        this.base = base;
    }

    /** The label to show for this node; never null. */
    public String of(Node n) {
        if (n.isLiteral()) return n.getLiteralLexicalForm();
        if (n.isBlank()) return "(unnamed node)";
        return label(n).or(() -> quoted(n)).orElseGet(() -> shortName(n.getURI()));
    }

    /** A passage is called by what it says, as a reader sees it (no Markdown), in quotation marks. */
    private Optional<String> quoted(Node n) {
        return graph.find(n, HAS_SELECTOR, Node.ANY).mapWith(Triple::getObject).toList().stream()
                .flatMap(sel -> graph.find(sel, EXACT, Node.ANY).mapWith(Triple::getObject).toList().stream())
                .filter(Node::isLiteral)
                .map(l -> quoteLabel(l.getLiteralLexicalForm()))
                .filter(t -> !t.isEmpty())
                .findFirst();
    }

    /** The label of a quoted text, or "" when nothing of it shows. */
    static String quoteLabel(String exact) {
        String text = ShownText.plain(exact).strip();
        return text.isEmpty() ? "" : "\u201C" + shorten(text) + "\u201D";
    }

    private static String shorten(String text) {
        if (text.length() <= QUOTE_LABEL_LENGTH) return text;
        int cut = text.lastIndexOf(' ', QUOTE_LABEL_LENGTH - 1);
        return text.substring(0, cut > QUOTE_LABEL_LENGTH / 2 ? cut : QUOTE_LABEL_LENGTH - 1).strip() + "\u2026";
    }

    /** The node's label from the graph, if it has one. */
    public Optional<String> label(Node n) {
        if (!n.isURI() && !n.isBlank()) return Optional.empty();
        for (Node p : LABEL_PROPERTIES) {
            List<Node> values = graph.find(n, p, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral).toList();
            if (!values.isEmpty()) return Optional.of(best(values).getLiteralLexicalForm());
        }
        return Optional.empty();
    }

    /** English first, then untagged, then the rest; ties broken by text so the choice is stable. */
    static Node best(List<Node> literals) {
        return literals.stream().min(Comparator
                .comparingInt((Node l) -> rank(l.getLiteralLanguage()))
                .thenComparing(Node::getLiteralLexicalForm)).orElseThrow();
    }

    private static int rank(String lang) {
        if (lang == null || lang.isEmpty()) return 1;
        return lang.toLowerCase(java.util.Locale.ROOT).startsWith(PREFERRED_LANGUAGE) ? 0 : 2;
    }

    /** {@code dct:title} when a prefix is declared for the namespace, else our path or the IRI itself. */
    public String shortName(String iri) {
        String curie = curie(iri);
        if (curie != null) return curie;
        return iri.startsWith(base) && iri.length() > base.length() ? iri.substring(base.length()) : iri;
    }

    /** The prefixed name of an IRI, or null. The longest matching namespace wins. */
    public String curie(String iri) {
        String bestPrefix = null;
        String bestNs = "";
        for (Map.Entry<String, String> e : prefixes.getMapping().entrySet()) {
            String ns = e.getValue();
            if (iri.startsWith(ns) && ns.length() > bestNs.length() && isLocalName(iri.substring(ns.length()))) {
                bestPrefix = e.getKey();
                bestNs = ns;
            }
        }
        return bestPrefix == null ? null : bestPrefix + ":" + iri.substring(bestNs.length());
    }

    private static boolean isLocalName(String s) {
        return !s.isEmpty() && s.matches("[A-Za-z_][A-Za-z0-9_.-]*") && !s.endsWith(".");
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
