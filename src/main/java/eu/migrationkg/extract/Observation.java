package eu.migrationkg.extract;

import org.apache.jena.graph.Node;

/**
 * A value of something that changes over time (the status of an act, a date, an amount), as one passage
 * states it as of a date. Several observations of one thing coexist; the latest is its current value.
 *
 * @param asOf   the date the value holds at: the date the sentence gives ("adopted in March 2027"), else the
 *               document's date of publication
 * @param stated true when the sentence gives the date, false when it is the document's date of publication
 */
public record Observation(Passage passage, FactTerm subject, Node property, FactTerm value, PartialDate asOf, boolean stated) {}
