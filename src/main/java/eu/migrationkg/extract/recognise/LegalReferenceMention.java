package eu.migrationkg.extract.recognise;

import org.apache.jena.graph.Node;

/**
 * A citation of a legal act by its number: "Regulation (EU) 2021/1060", "COM(2025) 310".
 *
 * @param label         the citation in its standard form
 * @param type          local name of the act's class (Regulation, Directive, LegislativeProposal...)
 * @param celex         its CELEX number, e.g. 32021R1060
 * @param authoritative its ELI, or its CELEX resource in Cellar for a proposal
 * @param curated       the curated act with this CELEX number, or null
 */
public record LegalReferenceMention(int start, int end, String label, String type, String celex, Node authoritative,
                                    Node curated) implements Mention {}
