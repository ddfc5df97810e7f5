package eu.migrationkg.queries;

import java.util.List;

/**
 * How a query's results are best shown, from its {@code #+ view} decorator: a table, or a chart
 * drawn from two columns ({@code x}: categories, dates or the time axis; {@code y}: one or more
 * numeric columns, or for a timeline the label of each event). The table is always shown too.
 */
public record ResultView(String type, String x, List<String> y) {

    public static final List<String> TYPES = List.of("table", "bar", "line", "pie", "timeline");
    public static final ResultView TABLE = new ResultView("table", null, List.of());

    public ResultView {
        y = List.copyOf(y);
    }

    public boolean isChart() {
        return !"table".equals(type);
    }
}
