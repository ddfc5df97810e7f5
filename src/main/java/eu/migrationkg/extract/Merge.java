package eu.migrationkg.extract;

/**
 * A decision that two candidates denote the same thing, with the rule that took it. Kept so that
 * {@code kg explain} can say why a resource gathers the passages it does.
 *
 * @param rule   short name of the rule, e.g. {@code same-name}, {@code acronym}, {@code list-position}
 * @param detail what the rule compared, for a person
 */
public record Merge(Candidate from, Candidate to, String rule, String detail) {}
