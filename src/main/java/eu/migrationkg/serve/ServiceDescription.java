package eu.migrationkg.serve;

import eu.migrationkg.graph.DatasetDescription;
import eu.migrationkg.graph.DatasetStatistics;
import eu.migrationkg.vocab.Iris;
import eu.migrationkg.vocab.Vocab;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The SPARQL 1.1 Service Description of the endpoint: where it is (the address the request reached, so
 * {@code sd:endpoint} is the URL the client used, whichever name or address of the machine that was), what it speaks, which formats it
 * answers in, and its dataset: a default graph that is the union of the named graphs, each with its
 * size. The counts are those of the served assembly.
 */
final class ServiceDescription {
    private ServiceDescription() {}

    private static final String SD = Vocab.SD;

    /** The formats the endpoint answers in (W3C format IRIs); SparqlProtocolIT checks each. */
    static final List<String> RESULT_FORMATS = List.of(
            "SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
            "Turtle", "JSON-LD", "RDF_XML", "N-Triples");

    static PrefixMap prefixes() {
        PrefixMap p = DatasetDescription.prefixes();
        p.add("formats", Vocab.FORMATS);
        return p;
    }

    /** The description of the endpoint at {@code address} + {@code sparql}: the address the request reached. */
    static Graph of(Iris iris, String address, DatasetStatistics stats) {
        Graph g = GraphFactory.createDefaultGraph();
        Node service = NodeFactory.createURI(address + DatasetDescription.SPARQL_PATH);
        add(g, service, Vocab.RDF + "type", uri(SD + "Service"));
        add(g, service, SD + "endpoint", service);
        add(g, service, SD + "supportedLanguage", uri(SD + "SPARQL11Query"));
        add(g, service, SD + "feature", uri(SD + "UnionDefaultGraph"));
        add(g, service, SD + "defaultEntailmentRegime", uri("http://www.w3.org/ns/entailment/Simple"));
        RESULT_FORMATS.forEach(f -> add(g, service, SD + "resultFormat", uri(Vocab.FORMATS + f)));

        Node dataset = iris.dataset();
        add(g, service, SD + "defaultDataset", dataset);
        add(g, dataset, Vocab.RDF + "type", uri(SD + "Dataset"));
        Node defaultGraph = NodeFactory.createBlankNode("default-graph");
        add(g, dataset, SD + "defaultGraph", defaultGraph);
        add(g, defaultGraph, Vocab.RDF + "type", uri(SD + "Graph"));
        add(g, defaultGraph, Vocab.VOID + "triples", integer(stats.triples()));
        add(g, defaultGraph, Vocab.VOID + "distinctSubjects", integer(stats.distinctSubjects()));
        add(g, defaultGraph, Vocab.VOID + "distinctObjects", integer(stats.distinctObjects()));
        add(g, defaultGraph, Vocab.VOID + "classes", integer(stats.classes().size()));
        add(g, defaultGraph, Vocab.VOID + "properties", integer(stats.properties().size()));
        int i = 0;
        for (Map.Entry<Node, Long> named : stats.namedGraphs().entrySet()) {
            Node ng = NodeFactory.createBlankNode("named-" + i);
            Node graph = NodeFactory.createBlankNode("graph-" + i++);
            add(g, dataset, SD + "namedGraph", ng);
            add(g, ng, Vocab.RDF + "type", uri(SD + "NamedGraph"));
            add(g, ng, SD + "name", named.getKey());
            add(g, ng, SD + "graph", graph);
            add(g, graph, Vocab.RDF + "type", uri(SD + "Graph"));
            add(g, graph, Vocab.VOID + "triples", integer(named.getValue()));
        }
        return g;
    }

    private static void add(Graph g, Node s, String p, Node o) {
        g.add(Triple.create(s, uri(p), o));
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
