package eu.migrationkg.extract;

import org.apache.jena.graph.Node;

/** The subject or object of an extracted fact: a candidate resolved later, or a fixed RDF term. */
public sealed interface FactTerm permits Candidate, FactTerm.Fixed {

    /** An IRI or literal known when the fact is made (a curated resource, a number, a date). */
    record Fixed(Node node) implements FactTerm {}

    static FactTerm of(Node node) {
        return new Fixed(node);
    }
}
