package eu.migrationkg.serve.visual;

import eu.migrationkg.vocab.Vocab;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;

/**
 * The source documents as the pictures' document filter reads them: a resource belongs with a document
 * when a passage of it states something about the resource (the passage's named graph) or mentions it
 * ({@code mig:mentionedIn}); a curated resource stated by no passage belongs with none.
 */
final class Documents {

    private static final Node HAS_SOURCE = ModelView.uri(Vocab.OA + "hasSource");

    private final ModelView v;
    private final Node passageClass;
    private final Node mentionedIn;
    private final Map<Node, Set<Node>> cache = new HashMap<>();

    Documents(ModelView v) {
        this.v = v;
        this.passageClass = v.term("Passage");
        this.mentionedIn = v.term("mentionedIn");
    }

    /** Every document of the graph. */
    Set<Node> all() {
        Set<Node> out = new TreeSet<>(ModelView.BY_TERM);
        v.graph.find(Node.ANY, ModelView.TYPE, v.term("Document")).forEachRemaining((Triple t) -> {
            if (t.getSubject().isURI()) out.add(t.getSubject());
        });
        return out;
    }

    /** True when the document states or mentions the subject or one of the others. */
    boolean state(Node document, Node subject, Collection<Node> others) {
        if (of(subject).contains(document)) return true;
        for (Node o : others) if (of(o).contains(document)) return true;
        return false;
    }

    /** The documents that state or mention the resource. */
    Set<Node> of(Node resource) {
        return cache.computeIfAbsent(resource, r -> {
            Set<Node> passages = new TreeSet<>(ModelView.BY_TERM);
            v.ds.find(Node.ANY, r, Node.ANY, Node.ANY).forEachRemaining((Quad q) -> {
                Node g = q.getGraph();
                if (g.isURI() && !Quad.isDefaultGraph(g) && !Quad.isUnionGraph(g)) passages.add(g);
            });
            passages.addAll(v.objects(r, mentionedIn));
            Set<Node> docs = new TreeSet<>(ModelView.BY_TERM);
            for (Node p : passages) {
                if (!v.hasType(p, passageClass)) continue;
                for (Node d : v.objects(p, HAS_SOURCE)) if (d.isURI()) docs.add(d);
            }
            return docs;
        });
    }

    /** The documents of any of the resources. */
    Set<Node> ofAny(List<Node> resources) {
        Set<Node> out = new TreeSet<>(ModelView.BY_TERM);
        for (Node r : resources) out.addAll(of(r));
        return out;
    }
}
