package eu.migrationkg.queries;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Query;

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

    /** The view a query file asks for, checked against the columns its query returns. */
    static ResultView read(DecoratorBlock deco, Query query) throws QueryFileException {
        JsonNode n = deco.root().get("view");
        if (n == null || n.isNull()) return TABLE;
        String type;
        String x = null;
        List<String> y = List.of();
        if (n.isTextual()) {
            type = n.asText().strip();
        } else if (n.isObject()) {
            type = deco.text("view/type").orElse("table");
            x = deco.text("view/x").orElse(null);
            JsonNode yNode = n.get("y");
            if (yNode != null) {
                List<String> ys = new ArrayList<>();
                if (yNode.isTextual()) ys.add(yNode.asText().strip());
                else if (yNode.isArray()) yNode.forEach(e -> ys.add(e.asText().strip()));
                else throw new QueryFileException(deco.line("/view/y"), "'view: y' must be a column or a list of columns");
                y = ys;
            }
            for (var it = n.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (!List.of("type", "x", "y").contains(k)) {
                    throw new QueryFileException(deco.line("/view/" + k), "unknown key '" + k + "' in 'view' (known: type, x, y)");
                }
            }
        } else {
            throw new QueryFileException(deco.line("/view"), "'view' must be a view type or a map of type, x and y");
        }
        if (!TYPES.contains(type)) {
            throw new QueryFileException(deco.line("/view"), "view '" + type + "' is not one of "
                    + String.join(", ", TYPES));
        }
        ResultView view = new ResultView(type, x, y);
        if (!view.isChart()) return view;
        if (!query.isSelectType()) {
            throw new QueryFileException(deco.line("/view"), "a " + type + " chart needs a SELECT query");
        }
        if (x == null || y.isEmpty()) {
            throw new QueryFileException(deco.line("/view"), "a " + type + " chart needs 'x' and 'y' columns, e.g. "
                    + "view: {type: " + type + ", x: label, y: total}");
        }
        List<String> columns = query.getResultVars();
        for (String c : concat(x, y)) {
            if (!columns.contains(c)) {
                throw new QueryFileException(deco.line("/view"), "the chart uses column '" + c
                        + "', which the query does not return (columns: " + String.join(", ", columns) + ")");
            }
        }
        return view;
    }

    private static List<String> concat(String x, List<String> y) {
        List<String> all = new ArrayList<>();
        all.add(x);
        all.addAll(y);
        return all;
    }
}
