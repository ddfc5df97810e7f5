package eu.migrationkg.extract.text;

/**
 * A sentence, or a heading run into running text, recovered inside a block. Offsets are char indices
 * into the body, end exclusive, with no surrounding white space.
 *
 * @param index         position among the sentences of the document, from 0
 * @param indexInBlock  position among the sentences of its block, from 0
 */
public record Sentence(int index, Block block, int indexInBlock, int start, int end) {

    /** True when the sentence is its whole block, e.g. a one-sentence bullet or a heading. */
    public boolean isWholeBlock() {
        return start == block.start() && end == block.end();
    }

    public String passageType() {
        return isWholeBlock() ? block.kind().passageType() : "sentence";
    }
}
