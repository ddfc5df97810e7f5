package eu.migrationkg.serve.queries;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A query's description as pages show it: CommonMark (paragraphs, `code`, emphasis, links, lists),
 * rendered by commonmark-java. Raw HTML in a description is shown as text, never as markup, and a
 * link's target that is not a web address (a {@code javascript:} one, say) is dropped.
 */
public final class Prose {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private final Node document;
    private final String source;

    private Prose(Node document, String source) {
        this.document = document;
        this.source = source;
    }

    public static Prose of(String description) {
        String source = description == null ? "" : description.strip();
        return new Prose(PARSER.parse(source), source);
    }

    /** The description as HTML, safe to write as it is. */
    public String html() {
        return HTML.render(document);
    }

    public boolean isEmpty() {
        return document.getFirstChild() == null;
    }

    /** The words without marks, for a meta description: blocks and lines joined by a space. */
    public String plain() {
        StringBuilder sb = new StringBuilder();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) { sb.append(text.getLiteral()); }

            @Override
            public void visit(Code code) { sb.append(code.getLiteral()); }

            @Override
            public void visit(SoftLineBreak b) { sb.append(' '); }

            @Override
            public void visit(HardLineBreak b) { sb.append(' '); }

            @Override
            protected void visitChildren(Node parent) {
                for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                    if (n.getPrevious() != null && n instanceof org.commonmark.node.Block && !sb.isEmpty()) sb.append(' ');
                    n.accept(this);
                }
            }
        });
        return sb.toString().replaceAll("\\s+", " ").strip();
    }

    /** The first block only (its first paragraph, as a rule), for lists. */
    public Prose first() {
        Node block = document.getFirstChild();
        if (block == null || block.getNext() == null) return this;
        org.commonmark.node.Document first = new org.commonmark.node.Document();
        first.appendChild(PARSER.parse(source).getFirstChild()); // from a parse of its own: a node has one parent
        return new Prose(first, source);
    }
}
