package eu.migrationkg.extract.recognise;

import eu.migrationkg.extract.text.Block;
import eu.migrationkg.extract.text.BlockKind;
import eu.migrationkg.extract.text.Sentence;
import eu.migrationkg.sources.FrontMatter;
import eu.migrationkg.sources.SourceDocument;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One sentence run through recognisers, as the pipeline does, for tests. */
final class Sentences {
    private Sentences() {}

    static final LocalDate PUBLISHED = LocalDate.of(2026, 1, 29);

    static SourceDocument document(String body) {
        FrontMatter meta = new FrontMatter("T", "European Commission", PUBLISHED, Optional.empty(),
                URI.create("https://example.org/"), "press-release", "en", Optional.empty(), Map.of());
        return new SourceDocument("doc", Path.of("doc.md"), meta, body, 9);
    }

    static SentenceAnalysis analyse(String text, Recogniser... recognisers) {
        Block b = new Block(0, BlockKind.PARAGRAPH, 0, text.length(), 0, 0);
        SentenceAnalysis s = new SentenceAnalysis(new Sentence(0, b, 0, 0, text.length()), eu.migrationkg.sources.markdown.Markdown.of(text));
        SourceDocument doc = document(text);
        for (Recogniser r : recognisers) r.recognise(doc, s);
        s.sort();
        return s;
    }

    static <T extends Mention> List<T> found(String text, Class<T> type, Recogniser... recognisers) {
        return analyse(text, recognisers).all(type);
    }

    static String cut(SentenceAnalysis s, Mention m) {
        return s.text().substring(m.start(), m.end());
    }
}
