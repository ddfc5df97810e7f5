package eu.migrationkg.serve.ld;

import eu.migrationkg.serve.web.PageFrame;

/** A refusal a person can read: what went wrong and where to go instead. {@code iri} may be null. */
public record ErrorPage(PageFrame frame, int status, String heading, String message, String iri) {}
