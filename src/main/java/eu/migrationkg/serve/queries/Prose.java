package eu.migrationkg.serve.queries;

import java.util.ArrayList;
import java.util.List;

/**
 * A query's description as pages show it: paragraphs split at blank lines, and `backticked` words
 * as code. Only these two marks are read; everything else is text, escaped by the templates.
 */
public record Prose(List<List<Segment>> paragraphs) {

    public record Segment(String text, boolean code) {}

    public static Prose of(String description) {
        List<List<Segment>> paragraphs = new ArrayList<>();
        for (String para : description.strip().split("\\n\\s*\\n")) {
            String flat = para.strip().replaceAll("\\s*\\n\\s*", " ");
            if (flat.isEmpty()) continue;
            List<Segment> segments = new ArrayList<>();
            String[] parts = flat.split("`", -1);
            for (int i = 0; i < parts.length; i++) {
                // An unmatched backtick leaves the rest as text.
                boolean code = i % 2 == 1 && i < parts.length - 1;
                String text = code || i % 2 == 0 ? parts[i] : "`" + parts[i];
                if (!text.isEmpty()) segments.add(new Segment(text, code));
            }
            paragraphs.add(segments);
        }
        return new Prose(paragraphs);
    }

    /** The words without marks, for a meta description. */
    public String plain() {
        return String.join(" ", paragraphs.stream()
                .map(p -> String.join("", p.stream().map(Segment::text).toList())).toList());
    }

    /** The first paragraph only, for lists. */
    public Prose first() {
        return new Prose(paragraphs.isEmpty() ? List.of() : List.of(paragraphs.get(0)));
    }
}
