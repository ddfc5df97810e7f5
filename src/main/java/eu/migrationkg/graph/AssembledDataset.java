package eu.migrationkg.graph;

import eu.migrationkg.extract.resolve.Resolution;
import eu.migrationkg.sources.SourceDocument;
import eu.migrationkg.vocab.Iris;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The result of one build: the dataset (named graphs plus their union as the default graph, with its
 * text index), the prefixes declared by the repository's files, the documents read, what the
 * repository says about the dataset as a whole ({@code data/dataset.ttl}, kept out of the graph),
 * what had to be left out, the entity resolution that explains each extracted resource, and the
 * release the inputs make ({@link ReleaseId}).
 */
public record AssembledDataset(
        Iris iris,
        DatasetGraph dataset,
        PrefixMap prefixes,
        List<SourceDocument> documents,
        List<BuildProblem> problems,
        Graph about,
        Resolution resolution,
        ReleaseId release) {

    /** An assembly with nothing said about the dataset as a whole, and nothing extracted to explain. */
    public AssembledDataset(Iris iris, DatasetGraph dataset, PrefixMap prefixes, List<SourceDocument> documents,
                            List<BuildProblem> problems) {
        this(iris, dataset, prefixes, documents, problems, org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph(),
                Resolution.EMPTY, UNRELEASED);
    }

    /** The release of an assembly made in code rather than from a repository's files. */
    public static final ReleaseId UNRELEASED = new ReleaseId("unreleased");

    /**
     * The date the data speak as of: the newest date (modified, else published) of the documents read.
     * It follows from the inputs alone, so the same release always gives the same date.
     */
    public java.util.Optional<java.time.LocalDate> asOf() {
        return documents.stream().map(d -> d.meta().modified().orElse(d.meta().published()))
                .max(java.util.Comparator.naturalOrder());
    }

    public long tripleCount() {
        return dataset.getDefaultGraph().size();
    }
}
