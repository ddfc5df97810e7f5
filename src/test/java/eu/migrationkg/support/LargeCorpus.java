package eu.migrationkg.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A generated corpus for the pictures at scale: a copy of the project (ontology/, data/, queries/)
 * whose data/sources/ holds {@code documents} documents, the seed documents and then copies of them,
 * each copy with its own id, title, identifier and numbered headings, so extraction makes resources of its
 * own from it (the actions grow with the corpus). The same generator as bench/corpus.sh.
 */
public final class LargeCorpus {
    private LargeCorpus() {}

    /** How many documents the browser tests at scale use: {@code -Dkg.largeCorpus=N}, 100 by default. */
    public static int size() {
        return Integer.getInteger("kg.largeCorpus", 100);
    }

    private static final Pattern HEADING = Pattern.compile("(?m)^(\\d+)\\. \\*\\*(.*)\\*\\*$");

    /** Writes the project under {@code dir} and returns its root. */
    public static Path write(Path dir, int documents) throws IOException {
        Path root = TestProject.copyTo(dir);
        Path sources = root.resolve("data/sources");
        List<Path> seeds;
        try (Stream<Path> s = Files.list(sources)) {
            seeds = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        int count = seeds.size();
        for (int copy = 1; count < documents; copy++) {
            for (Path seed : seeds) {
                if (count >= documents) break;
                String text = Files.readString(seed);
                final int c = copy;
                String name = seed.getFileName().toString().replaceFirst("\\.md$", "");
                // The id is a document's key (its IRIs are made from it): each copy has its own.
                text = text.replaceFirst("(?m)^id: .*\n", "").replaceFirst("^---\n", "---\nid: " + name + "-c" + c + "\n");
                text = text.replaceFirst("(?m)^title: (.*)$", "title: $1 (copy " + c + ")")
                        .replaceFirst("(?m)^identifier: (.*)$", "identifier: $1-C" + c);
                Matcher m = HEADING.matcher(text);
                text = m.replaceAll(r -> r.group(1) + ". **" + Matcher.quoteReplacement(r.group(2)) + " " + c + "**");

                Files.writeString(sources.resolve(name + "-c" + copy + ".md"), text);
                count++;
            }
        }
        return root;
    }
}
