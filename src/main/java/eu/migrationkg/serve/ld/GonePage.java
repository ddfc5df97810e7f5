package eu.migrationkg.serve.ld;

import eu.migrationkg.serve.web.PageFrame;

/**
 * An IRI that was published and no longer describes anything (410 Gone): what it was, when it was last
 * published, and what replaced it ({@code successorHref} and {@code successor} null when nothing did).
 */
public record GonePage(PageFrame frame, String iri, String label, String lastPublished, String successorHref,
                       String successor) {}
