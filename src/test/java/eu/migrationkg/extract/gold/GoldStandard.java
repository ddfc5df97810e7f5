package eu.migrationkg.extract.gold;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A hand-written gold standard: blocks that open with "[a name of the resource]" followed by
 * "relation: value" lines. See src/test/resources/gold/*.gold.
 */
public record GoldStandard(Path file, List<Fact> facts) {

    /** One fact as written: subject name, prefixed relation, value; with its line for messages. */
    public record Fact(String subject, String relation, String value, int line) {
        @Override
        public String toString() {
            return subject + " | " + relation + " | " + value;
        }
    }

    public static GoldStandard read(Path file) throws IOException {
        List<Fact> facts = new ArrayList<>();
        String subject = null;
        int n = 0;
        for (String raw : Files.readAllLines(file)) {
            n++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            if (line.startsWith("[") && line.endsWith("]")) {
                subject = line.substring(1, line.length() - 1).strip();
                continue;
            }
            int colon = line.indexOf(": ");
            if (subject == null || colon < 0) {
                throw new IllegalArgumentException(file + ":" + n + ": expected '[name]' or 'relation: value', got '" + line + "'");
            }
            facts.add(new Fact(subject, line.substring(0, colon).strip(), line.substring(colon + 2).strip(), n));
        }
        return new GoldStandard(file, List.copyOf(facts));
    }
}
