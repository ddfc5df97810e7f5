package eu.migrationkg.serve.ld;

import eu.migrationkg.serve.ld.ResourcePage.IncomingRow;
import eu.migrationkg.serve.ld.ResourcePage.PropertyRow;
import eu.migrationkg.serve.ld.ResourcePage.Quote;
import eu.migrationkg.serve.ld.ResourcePage.StatementView;
import eu.migrationkg.serve.ld.ResourcePage.Value;
import eu.migrationkg.serve.web.PageFrame;
import eu.migrationkg.extract.text.CodePoints;
import eu.migrationkg.serve.web.ShownText;
import eu.migrationkg.sources.markdown.Markdown;
import eu.migrationkg.sources.SourceDocument;
import eu.migrationkg.vocab.Vocab;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/** Turns a {@link Description} into the page a person reads. */
final class ResourcePageBuilder {

    /** Triples of a named graph listed on its page; all of them are in the RDF formats. */
    static final int MAX_GRAPH_ROWS = 200;

    private static final List<Node> DEFINITIONS = List.of(
            GraphView.uri(Vocab.SKOS + "definition"), GraphView.uri(Vocab.DCT + "description"),
            GraphView.uri(Vocab.RDFS + "comment"));
    private static final List<Node> NAMES = List.of(
            GraphView.uri(Vocab.SKOS + "prefLabel"), GraphView.uri(Vocab.SKOS + "altLabel"),
            GraphView.uri(Vocab.RDFS + "label"));
    private static final Node HAS_SOURCE = GraphView.uri(Vocab.OA + "hasSource");

    private final GraphView v;
    private final Describer describer;
    private final Description d;
    private final Map<Node, Integer> quoteNumbers = new HashMap<>();
    private final PropertyFolding folding;

    ResourcePageBuilder(GraphView v, Describer describer, Description d) {
        this.v = v;
        this.describer = describer;
        this.d = d;
        this.folding = new PropertyFolding(v.graph);
        for (int i = 0; i < d.passages().size(); i++) quoteNumbers.put(d.passages().get(i).iri(), i + 1);
    }

    ResourcePage build(PageFrame frame, List<PageFrame.Alternate> formats, SourceDocument document) {
        Node r = d.subject();
        List<Ref> types = d.own().stream()
                .filter(t -> t.getSubject().equals(r) && t.getPredicate().equals(GraphView.TYPE))
                .map(t -> v.ref(t.getObject())).distinct().toList();
        String definition = DEFINITIONS.stream().map(p -> v.literal(r, p)).flatMap(java.util.Optional::stream)
                .map(Node::getLiteralLexicalForm).findFirst().orElse(null);
        List<IncomingRow> incoming = folding.fold(d.incoming()).entrySet().stream()
                .map(e -> new IncomingRow(v.ref(e.getKey().getSubject()), v.ref(e.getKey().getPredicate()), refs(e.getValue())))
                .toList();
        String allIncoming = d.incomingTotal() > d.incoming().size()
                ? v.links.sparql("SELECT ?resource ?property WHERE {\n  ?resource ?property <" + r.getURI()
                        + "> .\n} ORDER BY ?resource ?property\n")
                : null;
        String allQuotes = d.morePassages()
                ? v.links.sparql("PREFIX mig: <" + v.iris.ontologyNamespace() + ">\nPREFIX oa: <" + Vocab.OA + ">\n"
                        + "SELECT ?passage ?document ?exact WHERE {\n  <" + r.getURI() + "> mig:mentionedIn ?passage .\n"
                        + "  ?passage oa:hasSource ?document ; oa:hasSelector/oa:exact ?exact .\n} ORDER BY ?document ?passage\n")
                : null;
        List<StatementView> graphRows = d.namedGraph().stream().limit(MAX_GRAPH_ROWS)
                .map(t -> new StatementView(v.ref(t.getSubject()), v.ref(t.getPredicate()), value(t))).toList();
        String graphHref = d.namesAGraph() ? v.links.to("data", "graph", r.getURI()) : null;
        return new ResourcePage(frame, v.ref(r), types, definition, properties(r), incoming, d.incomingTotal(), d.incoming().size(),
                allIncoming, quotes(), d.morePassages(), allQuotes, graphRows, d.namedGraphSize(), graphHref, formats,
                fragments(r), document == null ? null : documentText(r, document), History.of(v, r, quoteNumbers::get),
                ResourceQueries.editorLinks(v.links, r.getURI(), v.ref(r).label()));
    }

    /** The resource's own hash IRIs ({@code r#quote}), each with its statements. */
    private List<ResourcePage.Fragment> fragments(Node r) {
        String prefix = r.getURI() + "#";
        return d.own().stream().map(Triple::getSubject).filter(s -> s.isURI() && s.getURI().startsWith(prefix)).distinct()
                .map(f -> new ResourcePage.Fragment(f.getURI().substring(prefix.length()), v.ref(f),
                        d.own().stream().filter(t -> t.getSubject().equals(f) && t.getPredicate().equals(GraphView.TYPE))
                                .map(t -> v.ref(t.getObject())).toList(),
                        properties(f)))
                .toList();
    }

    /**
     * The statements about {@code r}, by property. A statement by a broader property that repeats a
     * more specific one is folded into it: named once beside the property when it goes with every
     * value, else beside each value it goes with.
     */
    private List<PropertyRow> properties(Node r) {
        // The observations (mig:history) are shown as the resource's history, not as opaque links.
        Node history = v.term("history");
        List<Triple> about = d.own().stream()
                .filter(t -> t.getSubject().equals(r) && !t.getPredicate().equals(GraphView.TYPE)
                        && !t.getPredicate().equals(history)).toList();
        Map<Node, List<Value>> byProperty = new LinkedHashMap<>();
        folding.fold(about).forEach((t, broader) ->
                byProperty.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(value(t).withAlso(refs(broader))));
        Comparator<Node> order = Comparator.comparingInt((Node p) -> NAMES.contains(p) ? NAMES.indexOf(p) : NAMES.size())
                .thenComparing(v.byLabel());
        return byProperty.entrySet().stream().sorted(Map.Entry.comparingByKey(order))
                .map(e -> row(v.ref(e.getKey()), e.getValue().stream()
                        .sorted(Comparator.comparing((Value x) -> x.isLiteral() ? x.text() : x.ref().label())).toList()))
                .toList();
    }

    private static PropertyRow row(Ref property, List<Value> values) {
        List<Ref> shared = values.getFirst().also();
        if (shared.isEmpty() || !values.stream().allMatch(x -> x.also().equals(shared))) return new PropertyRow(property, values);
        return new PropertyRow(property, values.stream().map(x -> x.withAlso(List.of())).toList(), shared);
    }

    private List<Ref> refs(List<Node> properties) {
        return properties.stream().sorted(v.byLabel()).map(v::ref).toList();
    }

    /** The object of a triple as shown, with the numbers of the quotes that state the triple. */
    private Value value(Triple t) {
        List<Integer> quotes = d.statedBy().getOrDefault(t, List.of()).stream().map(quoteNumbers::get)
                .filter(Objects::nonNull).sorted().toList();
        return v.value(t.getObject(), quotes);
    }

    private List<Quote> quotes() {
        List<Quote> out = new ArrayList<>();
        for (Description.Passage p : d.passages()) {
            int n = quoteNumbers.get(p.iri());
            Ref doc = p.document() == null ? null : v.ref(p.document());
            String date = p.document() == null ? null
                    : v.literal(p.document(), GraphView.uri(Vocab.DCT + "issued")).map(Node::getLiteralLexicalForm).orElse(null);
            String inContext = doc != null && doc.href() != null && p.fragment() != null && v.links.isLocal(doc.iri())
                    ? doc.href() + "#" + p.fragment() : v.links.iri(p.iri().getURI());
            List<StatementView> states = p.statements().stream()
                    .map(t -> new StatementView(v.ref(t.getSubject()), v.ref(t.getPredicate()), value(t))).toList();
            out.add(new Quote(n, "says-" + n, v.ref(p.iri()), doc, date, ShownText.quote(p.prefix(), p.exact(), p.suffix()),
                    inContext, states));
        }
        return out;
    }

    /** The document's text with its passages addressable and the mentions in them linked. */
    private ResourcePage.DocumentText documentText(Node doc, SourceDocument source) {
        String body = source.body();
        List<SourceRendering.Span> spans = new ArrayList<>(SourceRendering.markdown(Markdown.of(body)));
        List<int[]> taken = new ArrayList<>();
        Map<Node, Integer> mentionCounts = new HashMap<>();
        int passages = 0;
        List<Node> passageNodes = v.graph.find(Node.ANY, HAS_SOURCE, doc).mapWith(Triple::getSubject)
                .filterKeep(describer::isPassage).toList();
        // Selectors count code points (Web Annotation); the text is a Java string of UTF-16 chars.
        CodePoints codePoints = CodePoints.of(body);
        int codePointCount = codePoints.length(body);
        List<InText> located = passageNodes.stream().map(p -> describer.passage(p, null))
                .filter(p -> p.start() >= 0 && p.end() > p.start() && p.end() <= codePointCount)
                .map(p -> new InText(p, codePoints.charIndex(p.start()), codePoints.charIndex(p.end())))
                .filter(t -> t.passage().exact().isEmpty() || body.substring(t.from(), t.to()).equals(t.passage().exact()))
                .sorted(Comparator.comparingInt(InText::from).thenComparing(t -> t.passage().iri().getURI()))
                .toList();
        Node mentionedIn = v.term("mentionedIn");
        for (InText at : located) {
            Description.Passage p = at.passage();
            passages++;
            spans.add(new SourceRendering.Span(at.from(), at.to(), SourceRendering.Kind.PASSAGE, p.fragment(),
                    v.links.iri(p.iri().getURI()), null));
            List<Node> mentioned = v.graph.find(Node.ANY, mentionedIn, p.iri()).mapWith(Triple::getSubject)
                    .filterKeep(n -> n.isURI() && !n.equals(doc)).toList().stream().sorted(v.byLabel()).toList();
            for (Node m : mentioned) {
                mentionCounts.merge(m, 1, Integer::sum);
                List<String> labels = new ArrayList<>();
                for (Node lp : NAMES) {
                    v.graph.find(m, lp, Node.ANY).forEachRemaining(t -> {
                        if (t.getObject().isLiteral()) labels.add(t.getObject().getLiteralLexicalForm());
                    });
                }
                Ref ref = v.ref(m);
                for (int[] mention : SourceRendering.occurrences(body, at.from(), at.to(), labels, taken)) {
                    taken.add(mention);
                    spans.add(new SourceRendering.Span(mention[0], mention[1], SourceRendering.Kind.MENTION, null, ref.href(), ref.label()));
                }
            }
        }
        List<ResourcePage.Mentioned> index = mentionCounts.entrySet().stream()
                .sorted(Map.Entry.<Node, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey(v.byLabel())))
                .map(e -> new ResourcePage.Mentioned(v.ref(e.getKey()), e.getValue())).toList();
        return new ResourcePage.DocumentText(SourceRendering.render(body, spans), passages, index);
    }

    /** A passage and where it stands in the body as a Java string: chars, not the selector's code points. */
    private record InText(Description.Passage passage, int from, int to) {}
}
