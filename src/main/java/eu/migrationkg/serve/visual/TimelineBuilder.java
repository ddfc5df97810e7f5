package eu.migrationkg.serve.visual;

import eu.migrationkg.extract.PartialDate;
import eu.migrationkg.serve.ld.Ref;
import eu.migrationkg.serve.web.PageFrame;
import eu.migrationkg.vocab.Vocab;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;

/** Builds the timeline from {@code timeline.rq} (the dated facts) and {@code priorities-of.rq}. */
final class TimelineBuilder {

    private static final String ELI = Vocab.ELI;
    private static final int LANE_LABEL = 48;

    /** Entries per page of the timeline: the page, its chart and its sentences stay this size whatever the graph holds. */
    static final int PAGE_SIZE = 50;

    private final ViewQuery dates;
    private final ViewQuery priorities;

    TimelineBuilder(ViewQuery dates, ViewQuery priorities) {
        this.dates = dates;
        this.priorities = priorities;
    }

    private record Key(Node subject, Node property, Node date) {}

    private static final class Fact {
        final Key key;
        final PartialDate date;
        final Set<Node> about = new TreeSet<>(ModelView.BY_TERM);
        final Set<Node> instruments = new TreeSet<>(ModelView.BY_TERM);
        String words;
        String kind;
        String title;

        Fact(Key key, PartialDate date) {
            this.key = key;
            this.date = date;
        }
    }

    Timeline build(ModelView v, PageFrame frame, PictureFilter filter) throws BadPictureRequest {
        filter.check(v);
        Prepared all = PerGraph.get(v, "timeline", () -> prepare(v));
        Belonging belonging = Belonging.of(v, priorities);
        Documents documents = new Documents(v);
        Node numberProperty = v.term("priorityNumber");
        List<Row> rows = new ArrayList<>();
        Set<Fact> kept = new java.util.HashSet<>();
        for (Row row : all.rows()) {
            Fact f = row.fact();
            if (filter.priority() != null && !filter.priority().equals(row.priority())) continue;
            if (!filter.inPeriod(f.date.year(), f.date.year())) continue;
            if (filter.instrument() != null && !f.instruments.contains(filter.instrument())) continue;
            if (filter.document() != null && !documents.state(filter.document(), f.key.subject(), f.about)) continue;
            rows.add(row);
            kept.add(f);
        }
        int shown = kept.size();
        Map<Node, Integer> firstIndex = new HashMap<>();
        for (Row row : all.rows()) if (row.priority() != null) firstIndex.putIfAbsent(row.priority(), firstIndex.size() + 1);
        boolean anyPriority = !firstIndex.isEmpty();
        int page = Pager.page(filter.page(), rows.size(), PAGE_SIZE);
        Address here = filter.address(v.links.to("timeline"));
        Pager pager = Pager.of(page, rows.size(), PAGE_SIZE, n -> here.and("page", n == 1 ? null : Integer.toString(n)).toString());
        List<Row> slice = rows.subList(Math.min(rows.size(), (page - 1) * PAGE_SIZE), Math.min(rows.size(), page * PAGE_SIZE));

        SourceSentences sources = new SourceSentences(v);
        List<Timeline.Group> groups = new ArrayList<>();
        List<String> lanes = new ArrayList<>();
        List<Chart.Event> events = new ArrayList<>();
        for (int i = 0; i < slice.size(); ) {
            Node p = slice.get(i).priority();
            List<Fact> fs = new ArrayList<>();
            int j = i;
            while (j < slice.size() && java.util.Objects.equals(slice.get(j).priority(), p)) fs.add(slice.get(j++).fact());
            if (p != null) {
                String number = v.number(p, numberProperty).map(BigDecimal::stripTrailingZeros).map(BigDecimal::toPlainString).orElse(null);
                String label = v.labels.of(p);
                String heading = number == null ? label : "Priority " + number + ": " + label;
                groups.add(group(v, sources, "priority-" + (number != null ? number : Integer.toString(firstIndex.get(p))),
                        heading, v.ref(p), number, fs, lanes, events));
            } else {
                groups.add(group(v, sources, "not-tied-to-a-priority",
                        anyPriority ? "Not tied to a priority" : "Dates", null, null, fs, lanes, events));
            }
            i = j;
        }
        Chart overview = Chart.timeline("timeline-overview", pager.isPaged() ? "The dates of this page at a glance" : "Every date at a glance",
                "One row per group below; select a point to go to its entry.", lanes, events, false);
        PictureFilter.Form form = filter.form(v, refs(v, firstIndex.keySet(), all.priorityOrder()),
                PictureFilter.choices(v, "instruments", () -> belonging.instruments, v.byLabel()).stream().map(v::ref).toList(),
                PictureFilter.choices(v, "documents", documents::all, v.byLabel()).stream().map(v::ref).toList(), v.links.to("timeline"));
        return new Timeline(frame, overview, groups, shown, all.factCount(), form, pager);
    }

    /** Works out what every timeline page reads of the whole graph, for {@link PicturesWarmUp}. */
    void warm(ModelView v) {
        PerGraph.get(v, "timeline", () -> prepare(v));
        Belonging belonging = Belonging.of(v, priorities);
        PictureFilter.choices(v, "instruments", () -> belonging.instruments, v.byLabel());
        PictureFilter.choices(v, "documents", new Documents(v)::all, v.byLabel());
    }

    /** A dated fact under a priority (null: under none), in reading order. */
    private record Row(Node priority, Fact fact) {}

    /** The whole timeline in reading order, worked out once per loaded graph; a request keeps what its filter asks for. */
    private record Prepared(List<Row> rows, int factCount, Comparator<Node> priorityOrder) {}

    private Prepared prepare(ModelView v) {
        Map<Key, Fact> facts = new LinkedHashMap<>();
        for (Map<String, Node> row : dates.select(v.ds)) {
            Node date = row.get("date");
            Optional<PartialDate> d = date.isLiteral() ? PartialDate.fromLiteral(date.getLiteralLexicalForm()) : Optional.empty();
            if (d.isEmpty()) continue;
            Key key = new Key(row.get("subject"), row.get("property"), date);
            Fact f = facts.computeIfAbsent(key, k -> new Fact(k, d.get()));
            if (row.get("about") != null) f.about.add(row.get("about"));
            Node words = row.get("words");
            if (words != null && words.isLiteral() && (f.words == null || words.getLiteralLexicalForm().compareTo(f.words) < 0)) {
                f.words = words.getLiteralLexicalForm();
            }
        }
        Belonging belonging = Belonging.of(v, priorities);
        Node numberProperty = v.term("priorityNumber");
        Comparator<Node> priorityOrder = Comparator
                .comparing((Node p) -> v.number(p, numberProperty).orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(v.byLabel());
        Map<Node, List<Fact>> byPriority = new java.util.TreeMap<>(priorityOrder);
        List<Fact> untied = new ArrayList<>();
        for (Fact f : facts.values()) {
            Set<Node> ps = new TreeSet<>(ModelView.BY_TERM);
            ps.addAll(belonging.priorities(f.key.subject()));
            f.instruments.addAll(belonging.instruments(f.key.subject()));
            for (Node a : f.about) {
                ps.addAll(belonging.priorities(a));
                f.instruments.addAll(belonging.instruments(a));
            }
            f.kind = kind(v, f);
            f.title = title(v, f);
            if (ps.isEmpty()) untied.add(f);
            for (Node p : ps) byPriority.computeIfAbsent(p, k -> new ArrayList<>()).add(f);
        }
        List<Row> rows = new ArrayList<>();
        byPriority.forEach((p, fs) -> sorted(fs).forEach(f -> rows.add(new Row(p, f))));
        sorted(untied).forEach(f -> rows.add(new Row(null, f)));
        return new Prepared(List.copyOf(rows), facts.size(), priorityOrder);
    }

    private static List<Ref> refs(ModelView v, Set<Node> nodes, Comparator<Node> order) {
        return nodes.stream().sorted(order).map(v::ref).toList();
    }

    private static List<Fact> sorted(List<Fact> facts) {
        return facts.stream()
                .sorted(Comparator.comparing((Fact f) -> f.date).thenComparing(f -> f.kind).thenComparing(f -> f.title))
                .toList();
    }

    private Timeline.Group group(ModelView v, SourceSentences sources, String anchor, String heading, Ref priority,
                                 String number, List<Fact> facts, List<String> lanes, List<Chart.Event> events) {
        String lane = heading.length() > LANE_LABEL ? heading.substring(0, LANE_LABEL - 1).strip() + "…" : heading;
        lanes.add(lane);
        List<Timeline.Entry> entries = new ArrayList<>();
        for (Fact f : facts) {
            String entryAnchor = anchor + "-" + (entries.size() + 1);
            boolean named = v.labels.label(f.key.subject()).isPresent();
            Timeline.Entry entry = new Timeline.Entry(entryAnchor, f.date, kind(v, f), v.ref(f.key.subject()), named,
                    f.about.stream().map(v::ref).toList(), f.words,
                    sources.of(f.key.subject(), f.key.property(), f.key.date()).orElse(null));
            entries.add(entry);
            events.add(new Chart.Event(lane, f.date, kind(v, f) + ": " + title(v, f), "#" + entryAnchor, kind(v, f)));
        }
        return new Timeline.Group(anchor, heading, priority, number, entries);
    }

    /** What the date is, from the property that gives it and the kind of resource. */
    private static String kind(ModelView v, Fact f) {
        String p = f.key.property().getURI();
        if (p.equals(v.term("date").getURI())) return "Milestone";
        if (p.equals(v.term("status").getURI())) return "Status changed";
        if (p.equals(ELI + "date_document")) return v.hasType(f.key.subject(), v.term("LegislativeProposal")) ? "Proposed" : "Adopted";
        if (p.equals(ELI + "first_date_entry_in_force")) return "Enters into force";
        if (p.equals(ELI + "date_applicability")) return "Applies";
        if (p.equals(Vocab.DCT + "issued")) return "Presented";
        // A dated fact timeline.rq gains later (a change of status...) is named by its property.
        String label = v.labels.of(f.key.property());
        return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    /** The subject's own label, or for an unnamed milestone what it concerns. */
    private static String title(ModelView v, Fact f) {
        Optional<String> own = v.labels.label(f.key.subject());
        if (own.isPresent() || f.about.isEmpty()) return v.labels.of(f.key.subject());
        return String.join("; ", f.about.stream().map(v.labels::of).toList());
    }
}
