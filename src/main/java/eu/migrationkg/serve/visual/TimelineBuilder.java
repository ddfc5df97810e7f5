package eu.migrationkg.serve.visual;

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

    private final ViewQuery dates;
    private final ViewQuery priorities;

    TimelineBuilder(ViewQuery dates, ViewQuery priorities) {
        this.dates = dates;
        this.priorities = priorities;
    }

    private record Key(Node subject, Node property, Node date) {}

    private static final class Fact {
        final Key key;
        final IsoDate date;
        final Set<Node> about = new TreeSet<>(ModelView.BY_TERM);
        String words;

        Fact(Key key, IsoDate date) {
            this.key = key;
            this.date = date;
        }
    }

    Timeline build(ModelView v, PageFrame frame) {
        Map<Key, Fact> facts = new LinkedHashMap<>();
        for (Map<String, Node> row : dates.select(v.ds)) {
            Node date = row.get("date");
            Optional<IsoDate> d = date.isLiteral() ? IsoDate.parse(date.getLiteralLexicalForm()) : Optional.empty();
            if (d.isEmpty()) continue;
            Key key = new Key(row.get("subject"), row.get("property"), date);
            Fact f = facts.computeIfAbsent(key, k -> new Fact(k, d.get()));
            if (row.get("about") != null) f.about.add(row.get("about"));
            Node words = row.get("words");
            if (words != null && words.isLiteral() && (f.words == null || words.getLiteralLexicalForm().compareTo(f.words) < 0)) {
                f.words = words.getLiteralLexicalForm();
            }
        }
        Map<Node, Set<Node>> prioritiesOf = new HashMap<>();
        for (Map<String, Node> row : priorities.select(v.ds)) {
            prioritiesOf.computeIfAbsent(row.get("resource"), k -> new TreeSet<>(ModelView.BY_TERM))
                    .add(row.get("priority"));
        }

        Node numberProperty = v.term("priorityNumber");
        Comparator<Node> priorityOrder = Comparator
                .comparing((Node p) -> v.number(p, numberProperty).orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(v.byLabel());
        Map<Node, List<Fact>> byPriority = new java.util.TreeMap<>(priorityOrder);
        List<Fact> untied = new ArrayList<>();
        for (Fact f : facts.values()) {
            Set<Node> ps = new TreeSet<>(ModelView.BY_TERM);
            ps.addAll(prioritiesOf.getOrDefault(f.key.subject(), Set.of()));
            for (Node a : f.about) ps.addAll(prioritiesOf.getOrDefault(a, Set.of()));
            if (ps.isEmpty()) untied.add(f);
            for (Node p : ps) byPriority.computeIfAbsent(p, k -> new ArrayList<>()).add(f);
        }

        SourceSentences sources = new SourceSentences(v);
        List<Timeline.Group> groups = new ArrayList<>();
        List<String> lanes = new ArrayList<>();
        List<Chart.Event> events = new ArrayList<>();
        for (Map.Entry<Node, List<Fact>> e : byPriority.entrySet()) {
            Node p = e.getKey();
            String number = v.number(p, numberProperty).map(BigDecimal::stripTrailingZeros).map(BigDecimal::toPlainString).orElse(null);
            String label = v.labels.of(p);
            String heading = number == null ? label : "Priority " + number + ": " + label;
            groups.add(group(v, sources, "priority-" + (number != null ? number : Integer.toString(groups.size() + 1)),
                    heading, v.ref(p), number, e.getValue(), lanes, events));
        }
        if (!untied.isEmpty()) {
            groups.add(group(v, sources, "not-tied-to-a-priority",
                    byPriority.isEmpty() ? "Dates" : "Not tied to a priority", null, null, untied, lanes, events));
        }
        Chart overview = Chart.timeline("timeline-overview", "Every date at a glance",
                "One row per group below; select a point to go to its entry.", lanes, events, false);
        return new Timeline(frame, overview, groups, facts.size());
    }

    private Timeline.Group group(ModelView v, SourceSentences sources, String anchor, String heading, Ref priority,
                                 String number, List<Fact> facts, List<String> lanes, List<Chart.Event> events) {
        String lane = heading.length() > LANE_LABEL ? heading.substring(0, LANE_LABEL - 1).strip() + "…" : heading;
        lanes.add(lane);
        List<Fact> sorted = facts.stream()
                .sorted(Comparator.comparing((Fact f) -> f.date).thenComparing(f -> kind(v, f)).thenComparing(f -> title(v, f)))
                .toList();
        List<Timeline.Entry> entries = new ArrayList<>();
        for (Fact f : sorted) {
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
        return "Presented";
    }

    /** The subject's own label, or for an unnamed milestone what it concerns. */
    private static String title(ModelView v, Fact f) {
        Optional<String> own = v.labels.label(f.key.subject());
        if (own.isPresent() || f.about.isEmpty()) return v.labels.of(f.key.subject());
        return String.join("; ", f.about.stream().map(v.labels::of).toList());
    }
}
