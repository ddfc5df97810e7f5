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

    /** Amounts, and statistics, per page of their lists. */
    static final int PAGE_SIZE = 50;
    /** Bars per statistics chart: the largest values of the unit; the list beneath has them all. */
    static final int BARS = 20;

    private final ViewQuery funding;
    private final ViewQuery statistics;
    private final ViewQuery priorities;

    FiguresBuilder(ViewQuery funding, ViewQuery statistics, ViewQuery priorities) {
        this.funding = funding;
        this.statistics = statistics;
        this.priorities = priorities;
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

    Figures build(ModelView v, PageFrame frame, PictureFilter filter, String statisticsPage) throws BadPictureRequest {
        filter.check(v);
        SourceSentences sources = new SourceSentences(v);
        Documents documents = new Documents(v);
        Belonging belonging = Belonging.of(v, priorities);
        Map<Node, Money> money = new TreeMap<>(ModelView.BY_TERM);
        money.putAll(PerGraph.get(v, "funding", () -> money(v)));
        int allAmounts = money.size();
        money.values().removeIf(m -> !filter.inPeriod(year(m.start), year(m.end))
                || filter.instrument() != null && !m.from.contains(filter.instrument())
                || filter.priority() != null && m.funds.stream().noneMatch(f ->
                        belonging.priorities(f).contains(filter.priority()) || f.equals(filter.priority()))
                || filter.document() != null && !documents.of(m.iri).contains(filter.document()));

        List<Chart> charts = new ArrayList<>();
        Map<String, List<Money>> byCurrency = new TreeMap<>();
        money.values().forEach(m -> byCurrency.computeIfAbsent(m.currency, k -> new ArrayList<>()).add(m));
        for (Map.Entry<String, List<Money>> c : byCurrency.entrySet()) {
            charts.add(fundingChart(v, c.getKey(), c.getValue(), charts.size() + 1));
        }
        List<Money> ordered = money.values().stream()
                .sorted(Comparator.comparing((Money m) -> m.currency).thenComparing(m -> m.amount, Comparator.reverseOrder())
                        .thenComparing(m -> m.iri.toString())).toList();
        int page = Pager.page(filter.page(), ordered.size(), PAGE_SIZE);
        Address here = filter.address(v.links.to("figures"));
        Pager pager = Pager.of(page, ordered.size(), PAGE_SIZE,
                n -> here.and("page", n == 1 ? null : Integer.toString(n)).and("statpage", statisticsPage) + "#amounts");
        List<Figures.Commitment> commitments = ordered.stream().skip((long) (page - 1) * PAGE_SIZE).limit(PAGE_SIZE)
                .map(m -> new Figures.Commitment(v.ref(m.iri),
                        (m.lowerBound ? "at least " : "") + m.currency + " " + Numbers.format(m.amount).strip(),
                        NO_PERIOD.equals(m.period()) ? null : m.period(),
                        refs(v, m.funds), refs(v, m.from), refs(v, m.recipients),
                        sources.of(m.iri, v.term("amount"), Node.ANY).orElse(null)))
                .toList();
        boolean statsFiltered = filter.priority() != null || filter.instrument() != null;
        StatisticsPage stats = statistics(v, sources, documents, filter, statisticsPage,
                n -> here.and("page", page == 1 ? null : Integer.toString(page)).and("statpage", n == 1 ? null : Integer.toString(n)) + "#statistics");
        PictureFilter.Form form = filter.form(v,
                PictureFilter.choices(v, "figures-priorities", () -> belonging.priorities, v.byLabel()).stream().map(v::ref).toList(),
                PictureFilter.choices(v, "instruments", () -> belonging.instruments, v.byLabel()).stream().map(v::ref).toList(),
                PictureFilter.choices(v, "documents", documents::all, v.byLabel()).stream().map(v::ref).toList(), v.links.to("figures"));
        return new Figures(frame, charts, commitments, stats.blocks(), form, pager, ordered.size(), allAmounts,
                stats.pager(), stats.shown(), stats.all(), statsFiltered);
    }

    /** Works out what every figures page reads of the whole graph, for {@link PicturesWarmUp}. */
    void warm(ModelView v) {
        PerGraph.get(v, "funding", () -> money(v));
        PerGraph.get(v, "statistics", () -> statistics(v));
        Belonging belonging = Belonging.of(v, priorities);
        PictureFilter.choices(v, "figures-priorities", () -> belonging.priorities, v.byLabel());
    }

    /** Every amount of the graph with what it is for, from and to; worked out once per loaded graph. */
    private Map<Node, Money> money(ModelView v) {
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
        return money;
    }

    private static Integer year(String lexical) {
        if (lexical == null || lexical.length() < 4) return null;
        try {
            return Integer.parseInt(lexical.substring(0, 4));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private record Stat(Node iri, BigDecimal value, String unit, String measure, String reference) {
        String category() { return reference == null ? measure : measure + " (" + reference + ")"; }
    }

    /** Every statistic of the graph with a value; worked out once per loaded graph. */
    private Map<Node, Stat> statistics(ModelView v) {
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
        return stats;
    }

    private record StatisticsPage(List<Figures.StatisticBlock> blocks, Pager pager, int shown, int all) {}

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

    private StatisticsPage statistics(ModelView v, SourceSentences sources, Documents documents, PictureFilter filter,
                                      String pageParam, java.util.function.IntFunction<String> link) throws BadPictureRequest {
        Map<Node, Stat> stats = new TreeMap<>(ModelView.BY_TERM);
        stats.putAll(PerGraph.get(v, "statistics", () -> statistics(v)));
        int all = stats.size();
        stats.values().removeIf(s -> !filter.inPeriod(year(s.reference()), year(s.reference()))
                || filter.document() != null && !documents.of(s.iri()).contains(filter.document()));
        Map<String, List<Stat>> byUnit = new TreeMap<>();
        stats.values().forEach(s -> byUnit.computeIfAbsent(s.unit(), k -> new ArrayList<>()).add(s));
        // One list in unit order, paged; each unit's chart draws its largest values.
        List<Stat> ordered = new ArrayList<>();
        Map<String, List<Stat>> sortedByUnit = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, List<Stat>> u : byUnit.entrySet()) {
            List<Stat> sorted = u.getValue().stream()
                    .sorted(Comparator.comparing(Stat::value, Comparator.reverseOrder()).thenComparing(Stat::category)).toList();
            sortedByUnit.put(u.getKey(), sorted);
            ordered.addAll(sorted);
        }
        int page = Pager.page(pageParam, ordered.size(), PAGE_SIZE);
        Set<Stat> onPage = new java.util.HashSet<>(ordered.subList((page - 1) * PAGE_SIZE, Math.min(ordered.size(), page * PAGE_SIZE)));
        List<Figures.StatisticBlock> blocks = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, List<Stat>> u : sortedByUnit.entrySet()) {
            List<Stat> sorted = u.getValue();
            List<Stat> bars = sorted.stream().limit(BARS).toList();
            Chart chart = Chart.matrix("statistics-" + (++n), "bar", "Statistics (" + u.getKey() + ")",
                    sorted.size() > BARS ? "The " + BARS + " largest of " + sorted.size() + "; the list beneath has them all." : null,
                    "Measure", bars.stream().map(Stat::category).toList(),
                    List.of(new Chart.Series(u.getKey(), bars.stream().map(Stat::value).toList())), false, u.getKey());
            List<Figures.Statistic> list = sorted.stream().filter(onPage::contains)
                    .map(s -> new Figures.Statistic(v.ref(s.iri()), s.measure(), Numbers.format(s.value()) + " " + s.unit(),
                            s.reference(), sources.of(s.iri(), v.term("value"), Node.ANY).orElse(null)))
                    .toList();
            blocks.add(new Figures.StatisticBlock(chart, list));
        }
        return new StatisticsPage(blocks, Pager.of(page, ordered.size(), PAGE_SIZE, link), ordered.size(), all);
    }
}
