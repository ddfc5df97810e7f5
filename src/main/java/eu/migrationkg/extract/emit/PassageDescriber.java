package eu.migrationkg.extract.emit;

import eu.migrationkg.extract.Passage;
import eu.migrationkg.extract.Terms;
import eu.migrationkg.vocab.Iris;
import java.util.function.Consumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;

/**
 * Describes a passage as a Web Annotation specific resource: its source, a quote selector (the exact
 * characters with some context on each side) and a position selector (code point offsets into the body).
 * The description goes to the graph of the source document; what the passage states goes to the graph
 * named by the passage itself.
 */
public final class PassageDescriber {

    /** Characters of context kept before and after the exact quote. */
    static final int CONTEXT = 32;

    private final Iris iris;
    private final Terms terms;

    public PassageDescriber(Iris iris, Terms terms) {
        this.iris = iris;
        this.terms = terms;
    }

    public Node documentGraph(Passage p) {
        return iris.graph("source/" + p.sourceName());
    }

    /** Describes the passage named {@code s} (see {@link PassageNames}). */
    public void describe(Passage p, Node s, Consumer<Quad> out) {
        Node g = documentGraph(p);
        Node quote = iris.selector(s, "quote");
        Node position = iris.selector(s, "position");
        String body = p.document().body();
        out.accept(new Quad(g, s, Terms.TYPE, terms.mig("Passage")));
        out.accept(new Quad(g, s, Terms.HAS_SOURCE, iris.resource("source", p.sourceName())));
        out.accept(new Quad(g, s, Terms.HAS_SELECTOR, quote));
        out.accept(new Quad(g, s, Terms.HAS_SELECTOR, position));
        out.accept(new Quad(g, s, terms.mig("passageType"), NodeFactory.createLiteralString(p.type())));
        out.accept(new Quad(g, quote, Terms.TYPE, Terms.TEXT_QUOTE_SELECTOR));
        out.accept(new Quad(g, quote, Terms.EXACT, NodeFactory.createLiteralString(p.text())));
        out.accept(new Quad(g, quote, Terms.PREFIX, NodeFactory.createLiteralString(
                body.substring(contextStart(body, p.start()), p.start()))));
        out.accept(new Quad(g, quote, Terms.SUFFIX, NodeFactory.createLiteralString(
                body.substring(p.end(), contextEnd(body, p.end())))));
        out.accept(new Quad(g, position, Terms.TYPE, Terms.TEXT_POSITION_SELECTOR));
        out.accept(new Quad(g, position, Terms.START, count(p.codePointStart())));
        out.accept(new Quad(g, position, Terms.END, count(p.codePointEnd())));
    }

    private static int contextStart(String body, int start) {
        int s = Math.max(0, start - CONTEXT);
        if (s > 0 && Character.isLowSurrogate(body.charAt(s))) s--;
        return s;
    }

    private static int contextEnd(String body, int end) {
        int e = Math.min(body.length(), end + CONTEXT);
        if (e < body.length() && Character.isLowSurrogate(body.charAt(e))) e++;
        return e;
    }

    private static Node count(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDnonNegativeInteger);
    }
}
