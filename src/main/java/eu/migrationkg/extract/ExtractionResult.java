package eu.migrationkg.extract;

import eu.migrationkg.extract.resolve.Resolution;
import eu.migrationkg.sources.SourceException;
import java.util.List;
import org.apache.jena.sparql.core.Quad;

/**
 * What extraction made of a set of documents: quads in the graphs of passages and documents, the
 * resolution that explains each resource, and the problems met (each with file and line).
 */
public record ExtractionResult(List<Quad> quads, Resolution resolution, List<SourceException> problems) {}
