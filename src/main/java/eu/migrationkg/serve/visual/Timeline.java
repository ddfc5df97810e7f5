package eu.migrationkg.serve.visual;

import eu.migrationkg.extract.PartialDate;
import eu.migrationkg.serve.ld.Ref;
import eu.migrationkg.serve.web.PageFrame;
import java.util.List;

/**
 * The timeline page ({@code /timeline}): every dated fact of the graph, grouped by the priority it
 * serves, in date order, each with its source sentence; and an overview chart of the same entries.
 *
 * @param overview   the entries on a time axis, one lane per group
 * @param groups     a group per priority (in their order), then the entries tied to none
 * @param entryCount the dated facts the filter keeps, each counted once
 * @param allCount   the dated facts of the graph
 * @param filter     the filter's choices and what is chosen
 * @param pager      where this page of entries is
 */
public record Timeline(PageFrame frame, Chart overview, List<Group> groups, int entryCount, int allCount,
                       PictureFilter.Form filter, Pager pager) {

    /** Entries per page. */
    public static final int PAGE_SIZE = TimelineBuilder.PAGE_SIZE;

    /**
     * The entries of one priority, or of none.
     *
     * @param priority the priority, or null for the entries tied to none
     * @param number   its number, or null
     */
    public record Group(String anchor, String heading, Ref priority, String number, List<Entry> entries) {}

    /**
     * One dated fact.
     *
     * @param kind      what the date is: a milestone, an adoption, a proposal, an application...
     * @param subject   the resource the date belongs to (a milestone, a legal act, a strategy)
     * @param named     whether the subject has a label of its own (an unnamed milestone is shown by what it concerns)
     * @param about     what a milestone concerns
     * @param words     the words the source uses for the date ("as of June this year"), or null
     * @param source    where it is stated, or null
     */
    public record Entry(String anchor, PartialDate date, String kind, Ref subject, boolean named, List<Ref> about,
                        String words, SourceSentence source) {}
}
