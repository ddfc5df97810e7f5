package eu.migrationkg.serve.visual;

import eu.migrationkg.serve.ld.Ref;
import eu.migrationkg.serve.web.PageFrame;
import java.util.List;

/**
 * The figures page ({@code /figures}): the money committed, by period and instrument, and the
 * statistics, each chart with its table and, beneath, every figure with the sentence that states it.
 *
 * @param funding     one chart per currency
 * @param commitments every amount committed
 * @param commitments the amounts of this page of the list
 * @param statistics  one block per unit: its chart, and its statistics on this page of their list
 * @param statisticsNarrowedByPeriodAndDocumentOnly true when a priority or instrument is chosen, which statistics are not tied to
 */
public record Figures(PageFrame frame, List<Chart> funding, List<Commitment> commitments, List<StatisticBlock> statistics,
                      PictureFilter.Form filter, Pager pager, int amountCount, int allAmounts,
                      Pager statisticsPager, int statisticCount, int allStatistics,
                      boolean statisticsNarrowedByPeriodAndDocumentOnly) {

    /** Amounts, and statistics, per page. */
    public static final int PAGE_SIZE = FiguresBuilder.PAGE_SIZE;
    /** Bars per statistics chart. */
    public static final int BARS = FiguresBuilder.BARS;

    /**
     * An amount of money committed.
     *
     * @param amount the amount with its currency, "at least" when the source says so
     * @param period the years it covers, or null
     */
    public record Commitment(Ref funding, String amount, String period, List<Ref> funds, List<Ref> from,
                             List<Ref> recipients, SourceSentence source) {}

    /** The statistics of one unit: their chart and each with its source. */
    public record StatisticBlock(Chart chart, List<Statistic> statistics) {}

    /** A statistic: what it measures, its value with unit, the date it refers to, where it is stated. */
    public record Statistic(Ref statistic, String measure, String value, String reference, SourceSentence source) {}
}
