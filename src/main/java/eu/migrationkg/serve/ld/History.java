package eu.migrationkg.serve.ld;

import eu.migrationkg.vocab.Vocab;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * The history of a resource's values (docs/MODEL.md, "Values that change"), as its page shows it:
 * per property, the current value and the earlier ones, newest first, each with its date and the quotes
 * that state it ("Status: adopted (March 2027) [2]; earlier: under negotiation (as of 29 January 2026) [1]").
 */
public final class History {

    private static final Node SUBJECT = GraphView.uri(Vocab.RDF + "subject");
    private static final Node PREDICATE = GraphView.uri(Vocab.RDF + "predicate");
    private static final Node OBJECT = GraphView.uri(Vocab.RDF + "object");
    private static final Node DERIVED_FROM = GraphView.uri(Vocab.PROV + "wasDerivedFrom");

    private History() {}

    /** One value as of a date: the value, when (as the page words it), the quotes stating it. */
    public record Entry(ResourcePage.Value value, String when, String asOf) {}

    /** A property's history: the current entries (several when sources disagree) and the earlier ones. */
    public record Row(Ref property, List<Entry> current, List<Entry> earlier) {}

    static List<Row> of(GraphView v, Node r, Function<Node, Integer> quoteNumber) {
        Node history = v.term("history");
        Node asOfTerm = v.term("asOf");
        Node statedTerm = v.term("asOfStated");
        record Obs(Node property, Node value, String asOf, boolean stated, Integer quote) {}
        List<Obs> all = new ArrayList<>();
        for (Triple t : v.graph.find(r, history, Node.ANY).toList()) {
            Node o = t.getObject();
            Node p = one(v, o, PREDICATE);
            Node value = one(v, o, OBJECT);
            Node asOf = one(v, o, asOfTerm);
            if (p == null || value == null || asOf == null || !r.equals(one(v, o, SUBJECT))) continue;
            Node stated = one(v, o, statedTerm);
            Node passage = one(v, o, DERIVED_FROM);
            all.add(new Obs(p, value, asOf.getLiteralLexicalForm(),
                    stated != null && "true".equals(stated.getLiteralLexicalForm()),
                    passage == null ? null : quoteNumber.apply(passage)));
        }
        Map<Node, List<Obs>> byProperty = new LinkedHashMap<>();
        all.stream().sorted(Comparator.comparing((Obs o) -> o.property().getURI()))
                .forEach(o -> byProperty.computeIfAbsent(o.property(), k -> new ArrayList<>()).add(o));
        List<Row> rows = new ArrayList<>();
        byProperty.forEach((p, list) -> {
            // One entry per value and date; its quotes are every passage that states it.
            Map<List<Object>, List<Obs>> same = new LinkedHashMap<>();
            list.stream().sorted(Comparator.comparing(Obs::asOf).reversed().thenComparing(o -> o.value().toString()))
                    .forEach(o -> same.computeIfAbsent(List.of(o.value(), o.asOf()), k -> new ArrayList<>()).add(o));
            String latest = list.stream().map(Obs::asOf).max(Comparator.naturalOrder()).orElse("");
            List<Entry> current = new ArrayList<>();
            List<Entry> earlier = new ArrayList<>();
            same.values().forEach(group -> {
                Obs first = group.get(0);
                List<Integer> quotes = group.stream().map(Obs::quote).filter(Objects::nonNull).distinct().sorted().toList();
                boolean stated = group.stream().anyMatch(Obs::stated);
                Entry e = new Entry(v.value(first.value(), quotes), when(first.asOf(), stated), first.asOf());
                boolean isCurrent = first.asOf().equals(latest) && v.graph.contains(r, p, first.value());
                (isCurrent ? current : earlier).add(e);
            });
            if (current.isEmpty() && !earlier.isEmpty()) current.add(earlier.remove(0));
            rows.add(new Row(v.ref(p), current, earlier));
        });
        return rows;
    }

    /** "8 April 2027", "March 2027", "2027" when the text gives the date; "as of ..." when it is the document's. */
    static String when(String lexical, boolean stated) {
        String[] parts = lexical.split("-");
        String text;
        try {
            String month = parts.length > 1
                    ? Month.of(Integer.parseInt(parts[1])).getDisplayName(TextStyle.FULL, Locale.ENGLISH) : null;
            text = parts.length > 2 ? Integer.parseInt(parts[2]) + " " + month + " " + parts[0]
                    : parts.length > 1 ? month + " " + parts[0] : parts[0];
        } catch (RuntimeException e) {
            text = lexical;
        }
        return stated ? text : "as of " + text;
    }

    private static Node one(GraphView v, Node s, Node p) {
        return v.graph.find(s, p, Node.ANY).nextOptional().map(Triple::getObject).orElse(null);
    }
}
