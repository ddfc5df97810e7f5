package eu.migrationkg.serve.ld;

import eu.migrationkg.serve.web.PageFrame;
import eu.migrationkg.serve.web.ShownText;
import java.util.List;

/**
 * The HTML page of a resource: what it is, every statement about it with the passages that state
 * it, what links to it, and "Where it says so": the quoted sentences. A source document's page also
 * carries its text ({@link #text}); the IRI of a graph, the graph's triples ({@link #graphTriples}).
 */
public record ResourcePage(
        PageFrame frame,
        Ref self,
        List<Ref> types,
        String definition,
        List<PropertyRow> properties,
        List<IncomingRow> incoming,
        long incomingTotal,
        int incomingListed,
        String allIncomingHref,
        List<Quote> quotes,
        boolean moreQuotes,
        String allQuotesHref,
        List<StatementView> graphTriples,
        long graphSize,
        String graphHref,
        List<PageFrame.Alternate> formats,
        List<Fragment> fragments,
        DocumentText text,
        List<History.Row> history,
        List<PageFrame.Link> inSparql) {

    /** A part of this resource named by a fragment ({@code iri#name}), anchored by that name on the page. */
    public record Fragment(String anchor, Ref self, List<Ref> types, List<PropertyRow> properties) {}

    /**
     * A property with its values. {@code also} are broader properties (rdfs:subPropertyOf) that link
     * the resource to every one of these values too, shown beside this one rather than as rows of their own.
     */
    public record PropertyRow(Ref property, List<Value> values, List<Ref> also) {
        public PropertyRow(Ref property, List<Value> values) {
            this(property, values, List.of());
        }
    }

    /**
     * A value: a linked node ({@code ref}) or a literal ({@code text}, with its language or datatype).
     * {@code quotes} are the numbers of the quotes that state it; {@code also}, the broader properties
     * that link to it as well (see {@link PropertyRow}).
     */
    public record Value(Ref ref, String text, String lang, String datatype, List<Integer> quotes, List<Ref> also) {
        public Value(Ref ref, String text, String lang, String datatype, List<Integer> quotes) {
            this(ref, text, lang, datatype, quotes, List.of());
        }

        public boolean isLiteral() { return ref == null; }

        Value withAlso(List<Ref> broader) {
            return new Value(ref, text, lang, datatype, quotes, broader);
        }
    }

    /** A resource that links here, by a property (and the broader ones that say the same). */
    public record IncomingRow(Ref subject, Ref property, List<Ref> also) {}

    /** One statement, shown as subject, property, value. */
    public record StatementView(Ref subject, Ref property, Value value) {}

    /**
     * A quoted passage.
     *
     * @param number     its number on the page; statements refer to it as [n]
     * @param anchor     its id on the page
     * @param passage    the passage resource
     * @param document   the source it is from
     * @param date       the source's date
     * @param text       the passage with its context, as a reader sees it
     * @param inContext  a link to the source's page with the passage highlighted
     * @param states     what it states about this resource
     */
    public record Quote(int number, String anchor, Ref passage, Ref document, String date, ShownText.Quotation text,
                        String inContext, List<StatementView> states) {}

    /** A source's full text, and the resources its passages mention. */
    public record DocumentText(List<SourceRendering.Part> parts, int passages, List<Mentioned> mentioned) {}

    public record Mentioned(Ref resource, int passages) {}

    public boolean isDocument() { return text != null; }
}
