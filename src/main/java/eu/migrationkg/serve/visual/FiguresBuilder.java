package eu.migrationkg.serve.visual;

import eu.migrationkg.serve.ld.Ref;
import eu.migrationkg.serve.web.PageFrame;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;

/** Builds the figures page from {@code funding.rq} and {@code statistics.rq}. */
final class FiguresBuilder {

    static final String NO_PERIOD = "No period stated";
    static final String NO_INSTRUMENT = "Instrument not stated";
    static final String NO_UNIT = "value";

    private final ViewQuery funding;
    private final ViewQuery statistics;

    FiguresBuilder(ViewQuery funding, ViewQuery statistics) {
        this.funding = funding;
        this.statistics = statistics;
    }

    private static final class Money {
        final Node iri;
        BigDecimal amount;
        String currency = "";
        boolean lowerBound;
        String start;
        String end;
        final Set<Node> funds = new TreeSet<>(ModelView.BY_TERM);
        final Set<Node> from = new TreeSet<>(ModelView.BY_TERM);
        final Set<Node> recipients = new TreeSet<>(ModelView.BY_TERM);

        Money(Node iri) {
            this.iri = iri;
        }

        String period() {
            if (start == null && end == null) return NO_PERIOD;
            if (start == null || end == null || start.equals(end)) return start != null ? start : end;
            return start + "–" + end;
        }
    }

    Figures build(ModelView v, PageFrame frame) {
        SourceSentences sources = new SourceSentences(v);
        Map<Node, Money> money = new TreeMap<>(ModelView.BY_TERM);
        for (Map<String, Node> row : funding.select(v.ds)) {
            Money m = money.computeIfAbsent(row.get("funding"), Money::new);
            BigDecimal amount = ModelView.decimal(row.get("amount")).orElse(null);
            if (amount != null && (m.amount == null || amount.compareTo(m.amount) < 0)) m.amount = amount;
            Node currency = row.get("currency");
            if (currency != null) m.currency = currencyCode(currency);
            Node lower = row.get("lowerBound");
            if (lower != null && lower.isLiteral() && "true".equals(lower.getLiteralLexicalForm())) m.lowerBound = true;
            if (row.get("start") != null) m.start = row.get("start").getLiteralLexicalForm();
            if (row.get("end") != null) m.end = row.get("end").getLiteralLexicalForm();
            if (row.get("funds") != null) m.funds.add(row.get("funds"));
            if (row.get("fundedFrom") != null) m.from.add(row.get("fundedFrom"));
            if (row.get("recipient") != null) m.recipients.add(row.get("recipient"));
        }
        money.values().removeIf(m -> m.amount == null);

        List<Chart> charts = new ArrayList<>();
        Map<String, List<Money>> byCurrency = new TreeMap<>();
        money.values().forEach(m -> byCurrency.computeIfAbsent(m.currency, k -> new ArrayList<>()).add(m));
        for (Map.Entry<String, List<Money>> c : byCurrency.entrySet()) {
            charts.add(fundingChart(v, c.getKey(), c.getValue(), charts.size() + 1));
        }
        List<Figures.Commitment> commitments = money.values().stream()
                .sorted(Comparator.comparing((Money m) -> m.currency).thenComparing(m -> m.amount, Comparator.reverseOrder())
                        .thenComparing(m -> m.iri.toString()))
                .map(m -> new Figures.Commitment(v.ref(m.iri),
                        (m.lowerBound ? "at least " : "") + m.currency + " " + Numbers.format(m.amount).strip(),
                        NO_PERIOD.equals(m.period()) ? null : m.period(),
                        refs(v, m.funds), refs(v, m.from), refs(v, m.recipients),
                        sources.of(m.iri, v.term("amount"), Node.ANY).orElse(null)))
                .toList();
        return new Figures(frame, charts, commitments, statistics(v, sources));
    }

    private Chart fundingChart(ModelView v, String currency, List<Money> items, int n) {
        List<String> periods = items.stream().map(Money::period).distinct()
                .sorted(Comparator.comparing((String p) -> p.equals(NO_PERIOD)).thenComparing(Comparator.naturalOrder())).toList();
        List<String> instruments = items.stream().map(m -> instrument(v, m)).distinct()
                .sorted(Comparator.comparing((String s) -> s.equals(NO_INSTRUMENT)).thenComparing(Comparator.naturalOrder())).toList();
        List<Chart.Series> series = new ArrayList<>();
        for (String instrument : instruments) {
            List<BigDecimal> values = new ArrayList<>();
            for (String period : periods) {
                BigDecimal sum = null;
                for (Money m : items) {
                    if (m.period().equals(period) && instrument(v, m).equals(instrument)) sum = sum == null ? m.amount : sum.add(m.amount);
                }
                values.add(sum);
            }
            series.add(new Chart.Series(instrument, values));
        }
        boolean anyLowerBound = items.stream().anyMatch(m -> m.lowerBound);
        String unit = currency.isEmpty() ? "amount" : currency;
        return Chart.matrix("funding-" + n, "bar", "Funding by period and instrument" + (currency.isEmpty() ? "" : " (" + currency + ")"),
                "Sums of the amounts committed for each period, by the instrument they come from"
                        + (anyLowerBound ? "; amounts the source gives as “at least” count with their stated value." : "."),
                "Period", periods, series, true, unit);
    }

    private static String instrument(ModelView v, Money m) {
        if (m.from.isEmpty()) return NO_INSTRUMENT;
        return String.join("; ", m.from.stream().map(v.labels::of).toList());
    }

    private static String currencyCode(Node currency) {
        if (currency.isLiteral()) return currency.getLiteralLexicalForm();
        String iri = currency.getURI();
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    private static List<Ref> refs(ModelView v, Set<Node> nodes) {
        return nodes.stream().sorted(v.byLabel()).map(v::ref).toList();
    }

    private List<Figures.StatisticBlock> statistics(ModelView v, SourceSentences sources) {
        record Stat(Node iri, BigDecimal value, String unit, String measure, String reference) {
            String category() { return reference == null ? measure : measure + " (" + reference + ")"; }
        }
        Map<Node, Stat> stats = new TreeMap<>(ModelView.BY_TERM);
        for (Map<String, Node> row : statistics.select(v.ds)) {
            Node s = row.get("statistic");
            if (stats.containsKey(s)) continue;
            BigDecimal value = v.number(s, v.term("value")).orElse(null);
            if (value == null) continue;
            String unit = v.text(s, v.term("unit"));
            String measure = v.text(s, v.term("measure"));
            String reference = row.get("date") != null ? row.get("date").getLiteralLexicalForm()
                    : row.get("year") != null ? row.get("year").getLiteralLexicalForm() : null;
            stats.put(s, new Stat(s, value, unit == null ? NO_UNIT : unit, measure == null ? v.labels.of(s) : measure, reference));
        }
        Map<String, List<Stat>> byUnit = new TreeMap<>();
        stats.values().forEach(s -> byUnit.computeIfAbsent(s.unit(), k -> new ArrayList<>()).add(s));
        List<Figures.StatisticBlock> blocks = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, List<Stat>> u : byUnit.entrySet()) {
            List<Stat> sorted = u.getValue().stream()
                    .sorted(Comparator.comparing(Stat::value, Comparator.reverseOrder()).thenComparing(Stat::category)).toList();
            Chart chart = Chart.matrix("statistics-" + (++n), "bar", "Statistics (" + u.getKey() + ")", null, "Measure",
                    sorted.stream().map(Stat::category).toList(),
                    List.of(new Chart.Series(u.getKey(), sorted.stream().map(Stat::value).toList())), false, u.getKey());
            List<Figures.Statistic> list = sorted.stream()
                    .map(s -> new Figures.Statistic(v.ref(s.iri()), s.measure(), Numbers.format(s.value()) + " " + s.unit(),
                            s.reference(), sources.of(s.iri(), v.term("value"), Node.ANY).orElse(null)))
                    .toList();
            blocks.add(new Figures.StatisticBlock(chart, list));
        }
        return blocks;
    }
}
