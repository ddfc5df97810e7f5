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
    /** The property that carries an item's number; set on items of lists the text does not number. */
    public static final String NUMBER_PROPERTY = "numberProperty";
    /** How well a wording names the thing: 0 defines it (a numbered heading), 1 names it, 2 rewords it. */
    public static final String LABEL_RANK = "labelRank";
    /** Mint the IRI as the owner's slug and this suffix (actions: the priority's slug and the bullet's order). */
    public static final String SLUG_FROM_OWNER = "slugFromOwner";
    /** How the candidate was found: the recogniser or reading rule, for explanations. */
    public static final String FOUND_BY = "foundBy";
    /** Never the same resource as another candidate by wording alone (amounts, dates, figures, quotes). */
    public static final String DISTINCT = "distinct";
}
