package eu.migrationkg.extract.rules;

import eu.migrationkg.sources.SourceException;
import java.util.Set;

/**
 * How text is cut into sentences ({@code segmentation.yaml}).
 *
 * @param abbreviations    tokens ending with a full stop that does not end a sentence ("e.g.")
 * @param sentenceStarters capitalised words that open a sentence even when the full stop before them
 *                         was lost, as in text flattened from a web page ("...and tools The Council")
 * @param wholeWords       words with an inner capital that must not be cut there ("LinkedIn")
 * @param headingMaxWords  a line without closing punctuation and at most this many words is a heading
 */
public record SegmentationRules(Set<String> abbreviations, Set<String> sentenceStarters, Set<String> wholeWords,
                                int headingMaxWords) {

    public static final SegmentationRules EMPTY = new SegmentationRules(Set.of(), Set.of(), Set.of(), 12);

    static SegmentationRules from(RuleNode root) throws SourceException {
        return new SegmentationRules(
                Set.copyOf(root.get("abbreviations").texts()),
                Set.copyOf(root.get("sentenceStarters").texts()),
                Set.copyOf(root.get("wholeWords").texts()),
                root.get("headingMaxWords").integer());
    }
}
