package eu.migrationkg.extract.recognise;

import eu.migrationkg.extract.rules.StructureRules;

/**
 * "three priorities", "two main objectives": a count and a noun announcing a list of things of a kind.
 * {@code colon} when a colon follows, so the items come after it or in the next blocks.
 */
public record ListCueMention(int start, int end, int count, StructureRules.ListKind kind, boolean colon)
        implements Mention {}
