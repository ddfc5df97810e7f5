package eu.migrationkg.extract.interpret;

import eu.migrationkg.extract.Candidate;
import eu.migrationkg.extract.ReferenceData;
import eu.migrationkg.extract.Terms;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;

/**
 * What a candidate can be used as (an instrument, a legal act, an actor...), from the ontology's class
 * hierarchy: a curated resource by its types, a new one by the class its name gave it. When the
 * ontology does not say, the IRI kind decides.
 */
public final class Roles {

    public static final String INSTRUMENT = "Instrument";
    public static final String LEGAL_ACT = "LegalAct";
    public static final String ACTOR = "Actor";
    public static final String STRATEGY = "Strategy";
    public static final String POLICY_AREA = "PolicyArea";
    public static final String BUDGET = "Budget";
    public static final String FUND = "Fund";

    private static final Map<String, String> KIND_FALLBACK = Map.of(
            "instrument", INSTRUMENT, "legal-act", LEGAL_ACT, "actor", ACTOR, "person", ACTOR,
            "strategy", STRATEGY, "policy-area", POLICY_AREA);

    private final ReferenceData reference;
    private final Terms terms;

    public Roles(ReferenceData reference, Terms terms) {
        this.reference = reference;
        this.terms = terms;
    }

    public boolean is(Candidate c, String classLocalName) {
        Node cls = terms.mig(classLocalName);
        Set<Node> classes = c.fixed().isPresent()
                ? reference.classesOf(c.fixed().get())
                : c.type() != null ? reference.superClassesOf(terms.mig(c.type())) : Set.of();
        if (classes.contains(cls)) return true;
        return classLocalName.equals(KIND_FALLBACK.get(c.kind())) || classLocalName.equals(c.type());
    }

    /** Something the EU acts with, or a legal act, or a strategy: what actions, money and dates are about. */
    public boolean isSubjectMatter(Candidate c) {
        return is(c, INSTRUMENT) || is(c, LEGAL_ACT) || is(c, STRATEGY);
    }
}
