package eu.migrationkg.serve.queries;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.migrationkg.queries.QueryResult;
import eu.migrationkg.queries.ResultView;
import eu.migrationkg.serve.web.Links;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.NodeValue;

/**
 * The figures a chart is drawn from, as JSON for {@code assets/query-chart.js}: categories and one
 * series per {@code y} column for bar, line and pie charts; dated events for a timeline, each placed
 * at its year (with the fraction of the year its month or day gives).
 */
final class ChartData {
    private ChartData() {}

    private static final Pattern DATE = Pattern.compile("(-?\\d{4,})(?:-(\\d{2})(?:-(\\d{2}))?)?.*");

    static Optional<String> of(ResultView view, QueryResult.Rows rows, PrefixMapping prefixes, Links links) {
        if (!view.isChart() || rows.rows().isEmpty()) return Optional.empty();
        ObjectNode chart = ApiResponses.JSON.createObjectNode();
        chart.put("type", view.type());
        chart.put("x", view.x());
        Var x = Var.alloc(view.x());
        if (view.type().equals("timeline")) {
            Var label = Var.alloc(view.y().get(0));
            ArrayNode events = chart.putArray("events");
            for (Binding b : rows.rows()) {
                Node date = b.get(x);
                if (date == null || !date.isLiteral()) continue;
                Optional<Double> at = decimalYear(date.getLiteralLexicalForm());
                if (at.isEmpty()) continue;
                ObjectNode e = events.addObject();
                e.put("date", date.getLiteralLexicalForm());
                e.put("at", at.get());
                e.put("label", text(b.get(label), prefixes, links));
            }
        } else {
            ArrayNode labels = chart.putArray("labels");
            ArrayNode series = chart.putArray("series");
            for (String y : view.y()) {
                ObjectNode s = series.addObject();
                s.put("name", y);
                ArrayNode values = s.putArray("values");
                for (Binding b : rows.rows()) {
                    Node v = b.get(Var.alloc(y));
                    NodeValue nv = v == null ? null : NodeValue.makeNode(v);
                    if (nv != null && nv.isNumber()) values.add(nv.getDouble());
                    else values.addNull();
                }
            }
            for (Binding b : rows.rows()) labels.add(text(b.get(x), prefixes, links));
        }
        try {
            return Optional.of(ApiResponses.JSON.writeValueAsString(chart));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Node n, PrefixMapping prefixes, Links links) {
        return ResultTable.cell(n, prefixes, links).text();
    }

    /** 2026 → 2026.0, 2026-07 → 2026.5, 2026-07-02 → about 2026.5; empty for text that is no date. */
    static Optional<Double> decimalYear(String lexical) {
        Matcher m = DATE.matcher(lexical);
        if (!m.matches()) return Optional.empty();
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) == null) return Optional.of((double) year);
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) return Optional.empty();
        if (m.group(3) == null) return Optional.of(year + (month - 1) / 12.0);
        try {
            LocalDate d = LocalDate.of(year, month, Integer.parseInt(m.group(3)));
            return Optional.of(year + (d.getDayOfYear() - 1) / (double) d.lengthOfYear());
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
