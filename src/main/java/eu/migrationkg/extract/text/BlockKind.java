package eu.migrationkg.extract.text;

/** What a line of a document is, judged from its shape alone. */
public enum BlockKind {
    /** A Markdown heading, or a short line without closing punctuation. */
    HEADING,
    /** A line starting with a number and a full stop ("1. ..."). */
    NUMBERED,
    /** A bullet ("- ...", "* ..."). */
    LIST_ITEM,
    /** A line opening with a quotation mark. */
    QUOTE,
    /** A line that is nothing but a link. */
    LINK,
    /** Anything else: running text. */
    PARAGRAPH;

    /** The value of {@code mig:passageType} for a passage that is a whole block of this kind. */
    public String passageType() {
        return switch (this) {
            case HEADING -> "heading";
            case NUMBERED -> "numbered-heading";
            case LIST_ITEM -> "list-item";
            case QUOTE -> "quote";
            case LINK -> "link";
            case PARAGRAPH -> "sentence";
        };
    }
}
