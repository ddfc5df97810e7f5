package eu.migrationkg.serve.ld;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * What the server says about one IRI: the triples it serves (its own, with blank nodes and
 * same-document fragments closed over; the labels of everything they link to; a bounded share of its
 * incoming links; its provenance passages; the contents of the graph it names, if it names one) and
 * the same, sorted, for the HTML page.
 *
 * @param subject         the IRI described
 * @param graph           every triple served, for the RDF formats
 * @param own             triples with the IRI (or one of its fragments) as subject, sorted
 * @param incoming        triples pointing at it, sorted, at most {@link Describer#MAX_INCOMING}
 * @param incomingTotal   how many there are in all
 * @param passages        the passages stating something about it, in reading order
 * @param morePassages    true when there are more than {@link Describer#MAX_PASSAGES}
 * @param statedBy        for each own or incoming triple, the passages whose graphs hold it
 * @param namedGraph      the triples of the graph this IRI names, sorted (empty if it names none)
 * @param namedGraphSize  how many triples that graph holds
 */
public record Description(
        Node subject,
        Graph graph,
        List<Triple> own,
        List<Triple> incoming,
        long incomingTotal,
        List<Passage> passages,
        boolean morePassages,
        Map<Triple, List<Node>> statedBy,
        List<Triple> namedGraph,
        long namedGraphSize) {

    /**
     * A passage of a source as Web Annotation selectors describe it.
     *
     * @param iri        the passage (also the name of the graph of what it states)
     * @param document   the source it is part of
     * @param exact      the quoted text
     * @param prefix     the text just before, or ""
     * @param suffix     the text just after, or ""
     * @param start      the offset of its first character in the source's text, or -1
     * @param end        the offset after its last character, or -1
     * @param statements what it states about the described IRI
     */
    public record Passage(Node iri, Node document, String exact, String prefix, String suffix, int start, int end,
                          List<Triple> statements) {

        /** The fragment of the document page that holds this passage. */
        public String fragment() {
            return start >= 0 && end >= start ? "passage-" + start + "-" + end : null;
        }
    }

    public boolean namesAGraph() {
        return namedGraphSize > 0;
    }
}
