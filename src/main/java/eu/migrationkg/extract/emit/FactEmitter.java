package eu.migrationkg.extract.emit;

import eu.migrationkg.extract.Candidate;
import eu.migrationkg.extract.Extraction;
import eu.migrationkg.extract.Fact;
import eu.migrationkg.extract.Observation;
import eu.migrationkg.extract.Passage;
import eu.migrationkg.extract.FactTerm;
import eu.migrationkg.extract.Terms;
import eu.migrationkg.extract.resolve.Resolution;
import eu.migrationkg.extract.text.Tokens;
import eu.migrationkg.vocab.Iris;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;

/**
 * Step 4 of extraction: writes the resolved facts as quads. Each fact goes to the named graph of the
 * passage that states it; every resource gets {@code mig:mentionedIn} that passage; new resources get
 * their class and labels there (the best wording as {@code skos:prefLabel}, other wordings and acronyms
 * as {@code skos:altLabel}); each passage used is described in its document's graph.
 */
public final class FactEmitter {

    private final Iris iris;
    private final Terms terms;
    private final PassageDescriber describer;
    private final ObservationEmitter observations;

    public FactEmitter(Iris iris, Terms terms) {
        this.iris = iris;
        this.terms = terms;
        this.describer = new PassageDescriber(iris, terms);
        this.observations = new ObservationEmitter(iris, terms);
    }

    public void emit(Extraction ex, Resolution res, Consumer<Quad> out) {
        Map<String, String> keys = new HashMap<>();
        Set<Passage> used = new LinkedHashSet<>();
        for (Fact f : ex.facts()) used.add(f.passage());
        for (Candidate c : ex.candidates()) used.add(c.passage());
        for (Observation o : ex.observations()) used.add(o.passage());
        PassageNames names = new PassageNames(iris, used);
        for (Fact f : ex.facts()) {
            Node g = names.of(f.passage());
            out.accept(new Quad(g, node(f.subject()), f.predicate(), node(f.object())));
        }
        observations.emit(ex.observations(), names::of, out);
        Node mentionedIn = terms.mig("mentionedIn");
        for (Candidate c : ex.candidates()) {
            Node g = names.of(c.passage());
            Node s = c.resolved();
            out.accept(new Quad(g, s, mentionedIn, g));
            if (c.fixed().isPresent()) continue;
            if (c.type() != null) out.accept(new Quad(g, s, Terms.TYPE, type(c.type())));
            labels(c, res.groupOf(c).representative(), g, out, keys);
        }
        for (Passage p : used) describer.describe(p, names.of(p), out);
    }

    private void labels(Candidate c, Candidate rep, Node g, Consumer<Quad> out, Map<String, String> keys) {
        String lang = c.passage().document().source().meta().language();
        Node s = c.resolved();
        c.label().ifPresent(label -> {
            if (rep.label().isPresent() && keys.computeIfAbsent(label, Tokens::key)
                    .equals(keys.computeIfAbsent(rep.label().get(), Tokens::key))) {
                out.accept(new Quad(g, s, Terms.PREF_LABEL, NodeFactory.createLiteralLang(rep.label().get(), lang)));
            } else {
                out.accept(new Quad(g, s, Terms.ALT_LABEL, NodeFactory.createLiteralLang(label, lang)));
            }
        });
        c.acronym().ifPresent(a -> out.accept(new Quad(g, s, Terms.ALT_LABEL, NodeFactory.createLiteralLang(a, lang))));
    }

    /** A class: a local name of the ontology, or a full IRI of another vocabulary (org:Post). */
    private Node type(String type) {
        return type.contains(":") ? NodeFactory.createURI(type) : terms.mig(type);
    }

    private static Node node(FactTerm r) {
        return switch (r) {
            case Candidate c -> c.resolved();
            case FactTerm.Fixed f -> f.node();
        };
    }
}
