package eu.migrationkg.graph;

import eu.migrationkg.ProjectLayout;
import eu.migrationkg.sources.SourceDocument;
import eu.migrationkg.vocab.Iris;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Extracted data never stop publication: the statements of passages (extracted, not written by hand)
 * that break a shape are moved out of their passage's graph into the quarantine graph
 * ({@link GraphOrigins#quarantineGraph}), which is served but kept out of the default graph. Only the
 * offending statements go, not the document: for a result on one property, the extracted values of that
 * property (the one value when the result names it); for a result on a resource as a whole, what
 * extraction says about that resource, provided no hand-written file describes it. What is left is
 * checked again (holding a statement back can uncover another) until nothing more can be held.
 *
 * <p>A violation in the hand-written files ({@code ontology/}, {@code data/curated/}) is never held back
 * here: it stays in the result, and {@code build} and {@code serve} refuse it as before.
 */
public final class Quarantine {

    private static final int MAX_ROUNDS = 5;

    /** A statement held back: where it was stated (the passage's graph) and the result it caused. */
    public record Held(Quad statement, ShapeValidation.Finding why, String location) {}

    /** What was held back, and the results of checking what is left (warnings, hand-written violations). */
    public record Outcome(List<Held> held, List<ShapeValidation.Finding> remaining) {
        public static final Outcome NONE = new Outcome(List.of(), List.of());
    }

    private final ProjectLayout layout;
    private final Iris iris;
    private final List<SourceDocument> documents;

    /** {@code documents}: those the assembly read, so that a held statement is located in its file. */
    public Quarantine(ProjectLayout layout, Iris iris, List<SourceDocument> documents) {
        this.layout = layout;
        this.iris = iris;
        this.documents = List.copyOf(documents);
    }

    /**
     * Checks {@code staging} and holds back what extraction stated against the shapes; {@code reinfer}
     * recomputes the entailed triples after statements were moved (so nothing is entailed from them).
     * A shapes file that is not valid SHACL holds nothing back: the check of the commands reports it.
     */
    public Outcome apply(DatasetGraph staging, PrefixMap prefixes, Runnable reinfer) {
        ShapeValidation validation = new ShapeValidation(layout);
        GraphOrigins origins = GraphOrigins.of(layout, iris, documents, staging);
        Node quarantine = GraphOrigins.quarantineGraph(iris);
        List<Held> held = new ArrayList<>();
        ShapeValidation.Checked checked;
        int round = 0;
        while (true) {
            try {
                checked = validation.validate(new AssembledDataset(iris, staging, prefixes, documents, List.of()));
            } catch (IllegalStateException e) {
                return Outcome.NONE;
            }
            Map<Quad, ShapeValidation.Finding> offending = new LinkedHashMap<>();
            for (ShapeValidation.Finding f : checked.findings()) {
                if (f.result().violation()) offending(staging, origins, f).forEach(q -> offending.putIfAbsent(q, f));
            }
            if (offending.isEmpty() || ++round > MAX_ROUNDS) break;
            offending.forEach((q, f) -> {
                staging.delete(q);
                staging.add(quarantine, q.getSubject(), q.getPredicate(), q.getObject());
                held.add(new Held(q, f, origins.fileOf(q.getGraph()).orElse(q.getGraph().toString())));
            });
            reinfer.run();
        }
        held.sort(Comparator.comparing((Held h) -> h.location()).thenComparing(h -> h.statement().toString()));
        return new Outcome(List.copyOf(held), checked.findings());
    }

    /** The extracted statements that cause a result; empty when it comes from hand-written files. */
    private static List<Quad> offending(DatasetGraph staging, GraphOrigins origins, ShapeValidation.Finding f) {
        List<Quad> out = new ArrayList<>();
        if (f.property() != null) {
            collect(staging, origins, f.focus(), f.property(), f.value() != null ? f.value() : Node.ANY, out);
        }
        if (out.isEmpty() && !describedByHand(staging, origins, f.focus())) {
            collect(staging, origins, f.focus(), Node.ANY, Node.ANY, out);
        }
        return out;
    }

    private static void collect(DatasetGraph staging, GraphOrigins origins, Node s, Node p, Node o, List<Quad> out) {
        staging.find(Node.ANY, s, p, o).forEachRemaining(q -> {
            if (origins.isExtracted(q.getGraph())) out.add(q);
        });
    }

    /** True when a file of the repository (ontology, curated data, a document's front matter) describes the node. */
    private static boolean describedByHand(DatasetGraph staging, GraphOrigins origins, Node focus) {
        return staging.stream(Node.ANY, focus, Node.ANY, Node.ANY)
                .anyMatch(q -> !origins.isExtracted(q.getGraph()) && !origins.isInferred(q.getGraph())
                        && !GraphOrigins.isHeldApart(origins.iris(), q.getGraph()));
    }
}
