package eu.migrationkg.sources;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * All documents of a folder. A file that cannot be read is reported and left out; the others are
 * still returned, so one broken document never hides the rest.
 */
public record SourceCatalog(List<SourceDocument> documents, List<SourceException> problems) {

    public static SourceCatalog read(Path folder, SourceReader reader) {
        List<SourceDocument> docs = new ArrayList<>();
        List<SourceException> problems = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return new SourceCatalog(List.of(), List.of());
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            problems.add(new SourceException(folder, 0, "cannot list the folder: " + e.getMessage()));
            return new SourceCatalog(List.of(), List.copyOf(problems));
        }
        java.util.Map<String, Path> keys = new java.util.HashMap<>();
        for (Path file : files) {
            try {
                SourceDocument doc = reader.read(file);
                Path other = keys.putIfAbsent(doc.name(), file);
                if (other != null) {
                    throw new SourceException(file, doc.meta().lineOf(doc.meta().id().isPresent() ? "id" : "identifier"),
                            "the document's key '" + doc.name() + "' is already that of " + other.getFileName()
                                    + "; give one of them another 'id' in its front matter");
                }
                docs.add(doc);
            } catch (SourceException e) {
                problems.add(e);
            }
        }
        // In the order of their keys, not of their files: renaming a file changes nothing.
        docs.sort(java.util.Comparator.comparing(SourceDocument::name));
        return new SourceCatalog(List.copyOf(docs), List.copyOf(problems));
    }
}
