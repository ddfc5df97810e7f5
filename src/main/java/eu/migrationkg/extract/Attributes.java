package eu.migrationkg.extract;

/** Names of the candidate attributes that interpretation sets and resolution reads. */
public final class Attributes {
    private Attributes() {}

    /** The list an item belongs to. */
    public static final String LIST = "list";
    /** 1-based position of an item in its list. */
    public static final String POSITION = "position";
    /** The number a numbered list gives an item. */
    public static final String NUMBER = "number";
    /** How well a wording names the thing: 0 defines it (a numbered heading), 1 names it, 2 rewords it. */
    public static final String LABEL_RANK = "labelRank";
    /** Mint the IRI as the owner's slug and this suffix (actions: the priority's slug and the bullet's order). */
    public static final String SLUG_FROM_OWNER = "slugFromOwner";
    /** Never the same resource as another candidate by wording alone (amounts, dates, figures, quotes). */
    public static final String DISTINCT = "distinct";
}
