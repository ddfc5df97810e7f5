package eu.migrationkg.extract.text;

/**
 * One line of a document's body. Offsets are char indices into the body, end exclusive.
 *
 * @param index        position among the blocks of the document, from 0
 * @param start        first character of the line, leading spaces skipped
 * @param end          end of the line, trailing spaces skipped
 * @param contentStart first character after a list, number or heading marker
 * @param number       the number of a {@link BlockKind#NUMBERED} line, otherwise 0
 */
public record Block(int index, BlockKind kind, int start, int end, int contentStart, int number) {

    public boolean isListLike() {
        return kind == BlockKind.LIST_ITEM || kind == BlockKind.NUMBERED;
    }
}
