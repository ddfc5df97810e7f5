package eu.migrationkg.serve.visual;

import eu.migrationkg.serve.ld.Ref;
import eu.migrationkg.vocab.Vocab;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/**
 * Finds the sentence a fact came from, as the model records provenance: the passage whose named
 * graph holds the triple; else a passage the resource is {@code mig:mentionedIn}; else the official
 * page in its {@code dct:source}.
 */
final class SourceSentences {

    /**
     * The fragment of a document's page that holds a passage ({@code #passage-START-END}), so a link
     * lands on the sentence, highlighted.
     */
    static String passageFragment(long start, long end) {
        return "passage-" + start + "-" + end;
    }

    private static final Node HAS_SOURCE = ModelView.uri(Vocab.OA + "hasSource");
    private static final Node HAS_SELECTOR = ModelView.uri(Vocab.OA + "hasSelector");
    private static final Node EXACT = ModelView.uri(Vocab.OA + "exact");
    private static final Node START = ModelView.uri(Vocab.OA + "start");
    private static final Node END = ModelView.uri(Vocab.OA + "end");
    private static final Node DCT_SOURCE = ModelView.uri(Vocab.DCT + "source");

    private final ModelView v;
    private final Node passageClass;
    private final Node mentionedIn;

    SourceSentences(ModelView v) {
        this.v = v;
        this.passageClass = v.term("Passage");
        this.mentionedIn = v.term("mentionedIn");
    }

    /** Where (s, p, o) is stated; {@code o} may be {@link Node#ANY}. Empty when nothing says. */
    Optional<SourceSentence> of(Node s, Node p, Node o) {
        TreeSet<String> stating = new TreeSet<>();
        v.ds.find(Node.ANY, s, p, o).forEachRemaining((Quad q) -> {
            Node g = q.getGraph();
            if (g.isURI() && !Quad.isDefaultGraph(g) && v.hasType(g, passageClass)) stating.add(g.getURI());
        });
        if (stating.isEmpty()) {
            v.objects(s, mentionedIn).stream().filter(n -> n.isURI() && v.hasType(n, passageClass))
                    .forEach(n -> stating.add(n.getURI()));
        }
        if (!stating.isEmpty()) return Optional.of(passage(ModelView.uri(stating.first())));
        return v.objects(s, DCT_SOURCE).stream().filter(Node::isURI).findFirst()
                .map(page -> new SourceSentence(null, page.getURI(), null));
    }

    /** Where anything about {@code s} is stated. */
    Optional<SourceSentence> about(Node s) {
        return of(s, Node.ANY, Node.ANY);
    }

    private SourceSentence passage(Node passage) {
        String text = null;
        long start = -1;
        long end = -1;
        List<Node> selectors = new ArrayList<>(v.objects(passage, HAS_SELECTOR));
        selectors.sort(ModelView.BY_TERM);
        for (Node sel : selectors) {
            if (text == null) text = v.literal(sel, EXACT).map(Node::getLiteralLexicalForm).orElse(null);
            if (start < 0) start = v.number(sel, START).map(n -> n.longValue()).orElse(-1L);
            if (end < 0) end = v.number(sel, END).map(n -> n.longValue()).orElse(-1L);
        }
        Node doc = v.objects(passage, HAS_SOURCE).stream().filter(Node::isURI).findFirst().orElse(null);
        Ref document = doc == null ? null : v.ref(doc);
        String href = document != null && document.href() != null && v.links.isLocal(doc.getURI()) && start >= 0 && end >= start
                ? document.href() + "#" + passageFragment(start, end)
                : v.links.iri(passage.getURI());
        return new SourceSentence(text == null ? v.labels.of(passage) : text, href, document);
    }
}
