package eu.migrationkg.graph;

import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;

/**
 * What is published about one assembly besides its triples: the gzipped dumps, the counts and the
 * VoID/DCAT description that states them. Computed once per assembly.
 */
public record Publication(List<DumpFile> dumps, DatasetStatistics statistics, Graph description) {

    public static Publication of(AssembledDataset assembled) {
        List<DumpFile> dumps = DumpWriter.dumps(assembled);
        DatasetStatistics stats = DatasetStatistics.of(assembled.dataset(), assembled.iris().base(),
                assembled.iris().base() + "id/");
        return new Publication(dumps, stats, DatasetDescription.of(assembled, stats, dumps));
    }

    public Optional<DumpFile> dump(String name) {
        return dumps.stream().filter(d -> d.name().equals(name)).findFirst();
    }
}
