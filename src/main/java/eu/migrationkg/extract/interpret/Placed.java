package eu.migrationkg.extract.interpret;

import eu.migrationkg.extract.Candidate;

/**
 * A thing named in a sentence, where it is named. For a short form or a pronoun, {@code candidate} is
 * the thing it stands for.
 */
public record Placed(int start, int end, Candidate candidate) {}
