package eu.migrationkg.graph;

import eu.migrationkg.extract.resolve.Resolution;
import eu.migrationkg.sources.SourceDocument;
import eu.migrationkg.vocab.Iris;
import java.util.List;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The result of one build: the dataset (named graphs plus their union as the default graph), the
 * prefixes declared by the repository's files, the documents read, what had to be left out, and the
 * entity resolution that explains each extracted resource.
 */
public record AssembledDataset(
        Iris iris,
        DatasetGraph dataset,
        PrefixMap prefixes,
        List<SourceDocument> documents,
        List<BuildProblem> problems,
        Resolution resolution) {

    public long tripleCount() {
        return dataset.getDefaultGraph().size();
    }
}
