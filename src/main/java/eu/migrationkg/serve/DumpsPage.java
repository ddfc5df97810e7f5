package eu.migrationkg.serve;

import eu.migrationkg.graph.DatasetDescription;
import eu.migrationkg.graph.DumpWriter;
import eu.migrationkg.graph.Publication;
import eu.migrationkg.serve.web.PageFrame;
import java.util.List;
import java.util.Locale;

/** The /dumps/ listing as a page ({@code dumps.jte}): each file with what it holds, its size and SHA-256. */
public record DumpsPage(PageFrame frame, List<Entry> files, String checksums, String description) {

    public record Entry(String name, String href, String mediaType, String size, long bytes, String sha256,
                        String what) {}

    static DumpsPage of(PageFrame frame, Publication publication) {
        var links = frame.links();
        List<Entry> files = publication.dumps().stream().map(d -> new Entry(d.name(),
                links.to(DatasetDescription.DUMPS_PATH + d.name()), d.mediaType(), humanSize(d.size()), d.size(),
                d.sha256(), d.mediaType().equals(DumpWriter.NQUADS_TYPE)
                        ? "N-Quads: every triple in the named graph of the file or passage it comes from"
                        : "Turtle: the union of all graphs, the default graph of the endpoint")).toList();
        return new DumpsPage(frame, files, links.to(DatasetDescription.DUMPS_PATH + DumpWriter.CHECKSUMS),
                links.to("dataset"));
    }

    static String humanSize(long bytes) {
        if (bytes < 1024) return bytes + " bytes";
        if (bytes < 1024 * 1024) return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }
}
