package eu.migrationkg.extract;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import eu.migrationkg.extract.recognise.AnalysedDocument;
import eu.migrationkg.extract.recognise.Mention;
import eu.migrationkg.extract.recognise.SentenceAnalysis;
import eu.migrationkg.extract.text.SegmentedDocument;
import eu.migrationkg.sources.SourceDocument;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * What extraction found in each document on its own (segmentation and recognition, the costly part),
 * kept by the document's content and by a key of everything else that shapes it (the rules, the
 * reference data, the base of the IRIs, the code), so that a rebuild in the same process (a reload,
 * {@code --watch}) extracts again only the documents that changed. What depends on the whole corpus
 * (names seen in other documents, interpretation, entity resolution, emission) runs again over every
 * document, from these cached analyses. Bounded by the size of the documents it holds.
 */
public final class AnalysisCache {

    /** The cache every build of this process shares: the same key always means the same analysis. */
    private static final AnalysisCache SHARED = new AnalysisCache(64L * 1024 * 1024);

    /** One document's analysis as recognition left it, before the corpus-wide pass adds to it. */
    private record Frozen(SegmentedDocument document, List<List<Mention>> mentions) {}

    private final Cache<String, Frozen> cache;

    public AnalysisCache(long maxBytes) {
        this.cache = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                // The body is what the segmentation and the mentions hang on; count it with a margin for them.
                .weigher((String k, Frozen f) -> (int) Math.min(Integer.MAX_VALUE, 4L * f.document().text().body().length() + 64L * f.mentions().stream().mapToInt(List::size).sum()))
                .build();
    }

    public static AnalysisCache shared() {
        return SHARED;
    }

    /** The analysis of {@code doc} under {@code rulesKey}, as new objects the caller may add to; null when not kept. */
    AnalysedDocument get(String rulesKey, SourceDocument doc) {
        Frozen f = cache.getIfPresent(key(rulesKey, doc));
        if (f == null) return null;
        SegmentedDocument seg = f.document();
        List<SentenceAnalysis> sentences = new ArrayList<>(seg.sentences().size());
        for (int i = 0; i < seg.sentences().size(); i++) {
            SentenceAnalysis a = new SentenceAnalysis(seg.sentences().get(i), seg.markdown());
            a.mentions().addAll(f.mentions().get(i));
            sentences.add(a);
        }
        return new AnalysedDocument(seg, sentences);
    }

    /** Keeps what recognition found in {@code analysed}: copied now, before the corpus-wide pass adds to it. */
    void put(String rulesKey, SourceDocument doc, AnalysedDocument analysed) {
        List<List<Mention>> mentions = new ArrayList<>(analysed.sentences().size());
        for (SentenceAnalysis s : analysed.sentences()) mentions.add(List.copyOf(s.mentions()));
        cache.put(key(rulesKey, doc), new Frozen(analysed.document(), List.copyOf(mentions)));
    }

    long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    /** The document's name, file, front matter and text, under the rules' key. */
    private static String key(String rulesKey, SourceDocument doc) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            for (String part : List.of(rulesKey, doc.name(), doc.file().toString(), String.valueOf(doc.meta()),
                    Integer.toString(doc.bodyLine()), doc.body())) {
                d.update(part.getBytes(StandardCharsets.UTF_8));
                d.update((byte) 0);
            }
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
