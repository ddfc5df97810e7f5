package eu.migrationkg.queries;

import eu.migrationkg.graph.TextIndexing;
import eu.migrationkg.vocab.Iris;
import eu.migrationkg.vocab.Vocab;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;

/**
 * Full-text search over the graph through jena-text's {@code text:query}, the same property function a
 * SPARQL query can use. A label that matches finds its resource; passage text that matches finds the
 * resources the passage mentions ({@code mig:mentionedIn}), so a thing is found by any word of the
 * sentence it came from. Results are grouped by resource, best score first.
 */
public final class TextSearch {

    /** Highlight markers: private-use characters, which no source text contains and no parser trims. */
    private static final char MARK_START = '\uE000';
    private static final char MARK_END = '\uE001';
    /** Whole values as one fragment: labels and passages are short. */
    private static final String HIGHLIGHT = "highlight:s:" + MARK_START + " | e:" + MARK_END + " | m:1 | z:100000";
    /** How many index hits per field are looked at before grouping; far more than a page shows. */
    static final int MAX_HITS = 1000;

    private static final Node RDF_TYPE = NodeFactory.createURI(Vocab.RDF + "type");
    private static final Node OA_HAS_SOURCE = NodeFactory.createURI(Vocab.OA + "hasSource");
    private static final Node DCT_ISSUED = NodeFactory.createURI(Vocab.DCT + "issued");

    /** A span of a text the query matched, as character offsets: start inclusive, end exclusive. */
    public record Span(int start, int end) {}

    /**
     * One reason a resource was found: a label of its own ({@code passage} empty) or the text of a
     * passage, with the document the passage is from.
     */
    public record Match(String field, String text, List<Span> highlights, Optional<Node> passage,
                        Optional<Node> document, Optional<String> documentDate) {}

    /** A resource found, its types (sorted by IRI), its best score and every reason it was found. */
    public record Result(Node resource, List<Node> types, double score, List<Match> matches) {}

    /** The page of results asked for, and how many resources matched in all. */
    public record Results(SearchTerms terms, int total, List<Result> results) {}

    private final Iris iris;

    public TextSearch(Iris iris) {
        this.iris = iris;
    }

    /** The SPARQL query behind a search, to show a researcher and let them rework it. */
    public String sparql(SearchTerms terms) {
        return sparql(terms, "");
    }

    /** The query that finds the hits; {@code options} are extra arguments of text:query. */
    private String sparql(SearchTerms terms, String options) {
        String q = NodeFmtLib.strNT(NodeFactory.createLiteralString(terms.lucene()));
        String hl = options;
        String labelPredicate = NodeFmtLib.strNT(TextIndexing.LABEL_PREDICATES.getFirst());
        return "PREFIX text: <" + TextIndexing.TEXT_NS + ">\n"
                + "PREFIX oa: <" + Vocab.OA + ">\n"
                + "PREFIX mig: <" + iris.ontologyNamespace() + ">\n"
                + "SELECT ?resource ?score ?snippet ?field ?passage WHERE {\n"
                + "  { (?resource ?score ?snippet) text:query (" + labelPredicate + " " + q + " " + MAX_HITS + hl + ") .\n"
                + "    BIND(\"" + TextIndexing.LABEL_FIELD + "\" AS ?field) }\n"
                + "  UNION\n"
                + "  { (?hit ?score ?snippet) text:query (oa:exact " + q + " " + MAX_HITS + hl + ") .\n"
                + "    BIND(\"" + TextIndexing.TEXT_FIELD + "\" AS ?field)\n"
                + "    OPTIONAL { ?passage oa:hasSelector ?hit OPTIONAL { ?mentioned mig:mentionedIn ?passage } }\n"
                + "    BIND(COALESCE(?mentioned, ?passage, ?hit) AS ?resource) }\n"
                + "}";
    }

    /** Searches the dataset; {@code offset} and {@code limit} page through the resources found. */
    public Results search(DatasetGraph dataset, SearchTerms terms, int offset, int limit) {
        Query query = QueryFactory.create(sparql(terms, " " + NodeFmtLib.strNT(NodeFactory.createLiteralString(HIGHLIGHT))));
        return Txn.calculateRead(dataset, () -> {
            Map<Node, Builder> byResource = new LinkedHashMap<>();
            try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
                RowSet rows = exec.select();
                while (rows.hasNext()) {
                    Binding row = rows.next();
                    Node resource = row.get("resource");
                    if (resource == null || !resource.isURI()) continue;
                    double score = ((Number) row.get("score").getLiteralValue()).doubleValue();
                    Builder b = byResource.computeIfAbsent(resource, Builder::new);
                    b.score = Math.max(b.score, score);
                    b.hits.add(new Hit(row.get("field").getLiteralLexicalForm(),
                            row.get("snippet").getLiteralLexicalForm(), Optional.ofNullable(row.get("passage"))));
                }
            }
            List<Builder> ranked = new ArrayList<>(byResource.values());
            ranked.sort(Comparator.comparingDouble((Builder b) -> -b.score)
                    .thenComparing(b -> b.resource.getURI()));
            Graph g = dataset.getDefaultGraph();
            List<Result> page = ranked.stream().skip(offset).limit(limit).map(b -> b.build(g)).toList();
            return new Results(terms, ranked.size(), page);
        });
    }

    private record Hit(String field, String marked, Optional<Node> passage) {}

    private static final class Builder {
        final Node resource;
        final List<Hit> hits = new ArrayList<>();
        double score = Double.NEGATIVE_INFINITY;

        Builder(Node resource) { this.resource = resource; }

        Result build(Graph g) {
            List<Node> types = g.find(resource, RDF_TYPE, Node.ANY).mapWith(t -> t.getObject())
                    .filterKeep(Node::isURI).toList().stream()
                    .sorted(Comparator.comparing(Node::getURI)).toList();
            List<Match> matches = hits.stream().distinct().map(h -> match(g, h)).toList();
            return new Result(resource, types, score, matches);
        }

        private static Match match(Graph g, Hit h) {
            StringBuilder text = new StringBuilder();
            List<Span> spans = new ArrayList<>();
            int start = -1;
            for (char c : h.marked().toCharArray()) {
                if (c == MARK_START) start = text.length();
                else if (c == MARK_END && start >= 0) { spans.add(new Span(start, text.length())); start = -1; }
                else text.append(c);
            }
            Optional<Node> document = h.passage().flatMap(p -> g.find(p, OA_HAS_SOURCE, Node.ANY).nextOptional()
                    .map(t -> t.getObject()));
            return new Match(h.field(), text.toString(), List.copyOf(spans), h.passage(), document,
                    document.flatMap(d -> g.find(d, DCT_ISSUED, Node.ANY).nextOptional()
                            .map(t -> t.getObject().getLiteralLexicalForm())));
        }
    }
}
