package eu.migrationkg.extract;

import org.apache.jena.graph.Node;

/** A statement found in a passage: it goes to the passage's named graph once its references resolve. */
public record Fact(Passage passage, FactTerm subject, Node predicate, FactTerm object) {}
