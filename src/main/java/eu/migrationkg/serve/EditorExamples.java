package eu.migrationkg.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The saved queries of {@code queries/*.rq} as examples for the SPARQL editor: the name from the
 * {@code #+ summary:} decorator (else the file name) and the SPARQL without its decorators. A small
 * stand-in until the query registry (issue 7) is on main; a file that cannot be read is skipped.
 */
final class EditorExamples {
    private EditorExamples() {}

    record Example(String id, String name, String query) {}

    private static final String DECORATOR = "#+";
    private static final String SUMMARY = "#+ summary:";

    static List<Example> load(Path folder) {
        if (!Files.isDirectory(folder)) return List.of();
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
        List<Example> out = new ArrayList<>();
        for (Path f : files) {
            String id = f.getFileName().toString().replaceFirst("\\.rq$", "");
            try {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                String name = lines.stream().filter(l -> l.startsWith(SUMMARY))
                        .map(l -> l.substring(SUMMARY.length()).strip()).findFirst().orElse(id);
                String query = String.join("\n", lines.stream().filter(l -> !l.startsWith(DECORATOR)).toList()).strip();
                if (!query.isEmpty()) out.add(new Example(id, name, query));
            } catch (IOException e) {
                // Unreadable (or not UTF-8): the editor simply does not offer it.
            }
        }
        return List.copyOf(out);
    }
}
