package eu.migrationkg.serve.visual;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.migrationkg.base.Json;
import eu.migrationkg.extract.PartialDate;
import eu.migrationkg.serve.web.PageFrame;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A chart with the table of its values: the reusable picture component. {@code tag/chart.jte}
 * renders it as a {@code <figure>} holding the table (what a reader without JavaScript, a screen
 * reader or a test reads) and the chart's data as JSON, which {@code assets/charts.js} draws with
 * Chart.js. Pages that show one add {@link #SCRIPTS} to their frame.
 *
 * @param id          the figure's id on the page
 * @param type        {@code bar}, {@code line}, {@code pie} or {@code timeline}
 * @param title       what the chart shows
 * @param description a sentence under the title, or null
 * @param json        the data for the script, already safe inside {@code <script>}
 * @param table       the same values as a table
 * @param showTable   false when the page lists the values itself next to the chart
 */
public record Chart(String id, String type, String title, String description, String json, Table table,
                    boolean showTable) {

    /** The types a chart can be drawn as. */
    public static final List<String> TYPES = List.of("bar", "line", "pie", "timeline");


    /** A table: a caption, column headings and rows of cells, the first cell of each row its heading. */
    public record Table(String caption, List<String> columns, List<List<Cell>> rows) {
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** A cell: its text, a link (or null) and whether it holds a number (right-aligned). */
    public record Cell(String text, String href, boolean numeric) {
        static Cell text(String text) { return new Cell(text, null, false); }
        static Cell number(BigDecimal n) { return new Cell(n == null ? "" : Numbers.format(n), null, true); }
    }

    /** One named row of values over the categories (null: no value). */
    public record Series(String name, List<BigDecimal> values) {
        public Series {
            values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    /** An event on a timeline: in a lane, at a date, with a label, a link and the series it belongs to. */
    public record Event(String lane, PartialDate date, String label, String href, String series) {}

    /** True for charts of series over categories, whose table has a column of numbers per series. */
    public boolean isMatrix() {
        return !"timeline".equals(type);
    }

    /** The script files a page with charts loads (Chart.js from its WebJar, then ours). */
    public static List<String> scripts(eu.migrationkg.serve.web.Links links) {
        return List.of(links.webjar("chart.js", "dist/chart.umd.min.js"), links.asset("charts.js"));
    }

    /**
     * A chart of series over categories ({@code bar}, {@code line} or {@code pie}); its table has a row
     * per category and a column per series, so cell (i, j + 1) is the value of series j at category i.
     */
    public static Chart matrix(String id, String type, String title, String description, String categoryHeading,
                               List<String> categories, List<Series> series, boolean stacked, String valueLabel) {
        if (!List.of("bar", "line", "pie").contains(type)) throw new IllegalArgumentException("not a matrix chart type: " + type);
        ObjectNode data = Json.object();
        data.put("type", type);
        data.put("stacked", stacked);
        if (valueLabel != null) data.put("valueLabel", valueLabel);
        ArrayNode labels = data.putArray("labels");
        categories.forEach(labels::add);
        ArrayNode sets = data.putArray("datasets");
        List<String> columns = new ArrayList<>(List.of(categoryHeading));
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("series '" + s.name() + "' has " + s.values().size()
                        + " values for " + categories.size() + " categories");
            }
            columns.add(s.name());
            ObjectNode set = sets.addObject();
            set.put("label", s.name());
            ArrayNode values = set.putArray("data");
            for (BigDecimal v : s.values()) {
                if (v == null) values.addNull();
                else values.add(new BigDecimal(Numbers.plain(v)));
            }
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            List<Cell> row = new ArrayList<>(List.of(Cell.text(categories.get(i))));
            for (Series s : series) row.add(Cell.number(s.values().get(i)));
            rows.add(row);
        }
        return new Chart(id, type, title, description, write(data), new Table(title, columns, rows), true);
    }

    /**
     * Events on a time axis, one lane per row of the chart, coloured by series; the table lists them
     * by date (date, lane, event).
     */
    public static Chart timeline(String id, String title, String description, List<String> lanes, List<Event> events,
                                 boolean showTable) {
        ObjectNode data = Json.object();
        data.put("type", "timeline");
        ArrayNode laneArray = data.putArray("lanes");
        lanes.forEach(laneArray::add);
        Map<String, ArrayNode> bySeries = new LinkedHashMap<>();
        ArrayNode sets = data.putArray("datasets");
        List<Event> sorted = events.stream()
                .sorted(java.util.Comparator.comparing(Event::date).thenComparing(Event::label)).toList();
        List<List<Cell>> rows = new ArrayList<>();
        for (Event e : sorted) {
            int lane = lanes.indexOf(e.lane());
            if (lane < 0) throw new IllegalArgumentException("event '" + e.label() + "' is in no lane: " + e.lane());
            ArrayNode points = bySeries.computeIfAbsent(e.series(), s -> {
                ObjectNode set = sets.addObject();
                set.put("label", s);
                return set.putArray("data");
            });
            ObjectNode p = points.addObject();
            p.put("x", Math.round(e.date().position() * 10000) / 10000.0);
            p.put("y", lane);
            p.put("date", e.date().display());
            p.put("text", e.label());
            if (e.href() != null) p.put("href", e.href());
            rows.add(List.of(Cell.text(e.date().display()), Cell.text(e.lane()), new Cell(e.label(), e.href(), false)));
        }
        return new Chart(id, "timeline", title, description, write(data),
                new Table(title, List.of("Date", "Group", "Event"), rows), showTable);
    }

    /**
     * The chart a saved query's view declares, from its result table: the {@code x} column gives the
     * categories (for a timeline, the dates), each {@code y} column a series of numbers (for a
     * timeline, the label of each event). Cells that are not numbers (or dates) are left out.
     */
    public static Chart fromResults(String id, String type, String title, List<String> columns, List<List<String>> rows,
                                    String x, List<String> ys) {
        int xi = columns.indexOf(x);
        if (xi < 0) throw new IllegalArgumentException("the view's x column '" + x + "' is not a result column");
        List<Integer> yi = new ArrayList<>();
        for (String y : ys) {
            int i = columns.indexOf(y);
            if (i < 0) throw new IllegalArgumentException("the view's y column '" + y + "' is not a result column");
            yi.add(i);
        }
        if ("timeline".equals(type)) {
            List<Event> events = new ArrayList<>();
            for (List<String> row : rows) {
                Optional<PartialDate> d = PartialDate.fromLiteral(cell(row, xi));
                String label = yi.isEmpty() ? cell(row, xi) : cell(row, yi.get(0));
                d.ifPresent(date -> events.add(new Event(title, date, label, null, title)));
            }
            return timeline(id, title, null, List.of(title), events, true);
        }
        List<String> categories = rows.stream().map(r -> cell(r, xi)).toList();
        List<Series> series = new ArrayList<>();
        for (int k = 0; k < yi.size(); k++) {
            int col = yi.get(k);
            series.add(new Series(ys.get(k), rows.stream().map(r -> decimal(cell(r, col))).toList()));
        }
        return matrix(id, type, title, null, x, categories, series, false, null);
    }

    private static String cell(List<String> row, int i) {
        return i < row.size() && row.get(i) != null ? row.get(i) : "";
    }

    private static BigDecimal decimal(String s) {
        try {
            return new BigDecimal(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String write(ObjectNode data) {
        try {
            return PageFrame.scriptSafe(Json.COMPACT.writeValueAsString(data));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
