package eu.migrationkg.graph;

import eu.migrationkg.vocab.Iris;
import eu.migrationkg.vocab.Vocab;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/**
 * The dataset described for machines, in VoID and DCAT (shaped for DCAT-AP): what the repository
 * says about it ({@code data/dataset.ttl}: title, licence, publisher...) plus what the build knows for
 * certain: the counts, the classes and properties used, the source documents, the SPARQL endpoint and
 * the dumps with their size and checksum.
 */
public final class DatasetDescription {

    /** Paths under the base where the server answers; the description points to them. */
    public static final String SPARQL_PATH = "sparql";
    public static final String GRAPH_STORE_PATH = "data";
    public static final String DUMPS_PATH = "dumps/";

    private static final String RDF = Vocab.RDF;
    private static final String VOID = Vocab.VOID;
    private static final String DCAT = Vocab.DCAT;
    private static final String DCT = Vocab.DCT;

    private final Iris iris;
    private final Graph g = GraphFactory.createDefaultGraph();
    private int blank;

    private DatasetDescription(Iris iris) {
        this.iris = iris;
    }

    /** The prefixes to write the description with. */
    public static PrefixMap prefixes() {
        PrefixMap p = PrefixMapFactory.create();
        p.add("void", VOID);
        p.add("dcat", DCAT);
        p.add("dct", DCT);
        p.add("foaf", Vocab.FOAF);
        p.add("rdfs", Vocab.RDFS);
        p.add("xsd", Vocab.XSD);
        p.add("spdx", Vocab.SPDX);
        p.add("sd", Vocab.SD);
        return p;
    }

    public static Graph of(AssembledDataset assembled, DatasetStatistics stats, List<DumpFile> dumps) {
        return new DatasetDescription(assembled.iris()).build(assembled, stats, dumps);
    }

    private Graph build(AssembledDataset assembled, DatasetStatistics stats, List<DumpFile> dumps) {
        Node ds = iris.dataset();
        Node license = assembled.about().find(ds, uri(DCT + "license"), Node.ANY).nextOptional()
                .map(Triple::getObject).orElse(null);
        assembled.about().find().forEachRemaining(g::add);
        add(ds, RDF + "type", uri(VOID + "Dataset"));
        add(ds, RDF + "type", uri(DCAT + "Dataset"));

        // Counts, as VoID states them: over the default graph, which is the union of the named graphs.
        add(ds, VOID + "triples", integer(stats.triples()));
        add(ds, VOID + "entities", integer(stats.entities()));
        add(ds, VOID + "distinctSubjects", integer(stats.distinctSubjects()));
        add(ds, VOID + "distinctObjects", integer(stats.distinctObjects()));
        add(ds, VOID + "classes", integer(stats.classes().size()));
        add(ds, VOID + "properties", integer(stats.properties().size()));
        // The namespace every resource of the dataset is named in, whatever address it is served at.
        add(ds, VOID + "uriSpace", NodeFactory.createLiteralString(iris.namespace() + "id/"));
        for (Map.Entry<Node, Long> c : stats.classes().entrySet()) {
            Node part = blank("class");
            add(ds, VOID + "classPartition", part);
            add(part, VOID + "class", c.getKey());
            add(part, VOID + "entities", integer(c.getValue()));
        }
        for (Map.Entry<Node, Long> p : stats.properties().entrySet()) {
            Node part = blank("property");
            add(ds, VOID + "propertyPartition", part);
            add(part, VOID + "property", p.getKey());
            add(part, VOID + "triples", integer(p.getValue()));
        }
        vocabularies(stats).forEach(ns -> add(ds, VOID + "vocabulary", uri(ns)));
        // Links to other datasets (Wikidata, ELI...), each a void:Linkset by predicate and target IRI space.
        for (Map.Entry<DatasetStatistics.Link, Long> l : stats.links().entrySet()) {
            Node linkset = blank("linkset");
            Node target = blank("target");
            add(ds, VOID + "subset", linkset);
            add(linkset, RDF + "type", uri(VOID + "Linkset"));
            add(linkset, VOID + "linkPredicate", l.getKey().predicate());
            add(linkset, VOID + "subjectsTarget", ds);
            add(linkset, VOID + "objectsTarget", target);
            add(linkset, VOID + "triples", integer(l.getValue()));
            add(target, RDF + "type", uri(VOID + "Dataset"));
            add(target, VOID + "uriSpace", NodeFactory.createLiteralString(l.getKey().uriSpace()));
        }

        // Where it comes from: every document read, its official address and language as the graph states them.
        // One pass over the union per property: a look-up per document visits every named graph (one a
        // passage) each time, which took minutes at a thousand documents.
        Graph union = assembled.dataset().getDefaultGraph();
        Txn.executeRead(assembled.dataset(), () -> {
            Map<Node, List<Node>> sources = objectsBySubject(union, DCT + "source");
            Map<Node, List<Node>> languages = objectsBySubject(union, DCT + "language");
            for (var doc : assembled.documents()) {
                Node d = iris.resource("source", doc.name());
                add(ds, VOID + "exampleResource", d);
                sources.getOrDefault(d, List.of()).forEach(o -> add(ds, DCT + "source", o));
                languages.getOrDefault(d, List.of()).forEach(o -> add(ds, DCT + "language", o));
            }
        });
        assembled.asOf().ifPresent(d -> add(ds, DCT + "modified", NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate)));

        // How to get it: the SPARQL endpoint, the Graph Store, the dumps.
        Node sparql = iris.served(SPARQL_PATH);
        add(ds, VOID + "sparqlEndpoint", sparql);
        service(ds, sparql, "SPARQL endpoint", "https://www.w3.org/TR/sparql11-protocol/", license);
        service(ds, iris.served(GRAPH_STORE_PATH), "Graph Store (read-only)",
                "https://www.w3.org/TR/sparql11-http-rdf-update/", license);
        for (DumpFile d : dumps) {
            Node file = iris.served(DUMPS_PATH + d.name());
            add(ds, VOID + "dataDump", file);
            add(ds, DCAT + "distribution", file);
            add(file, RDF + "type", uri(DCAT + "Distribution"));
            boolean quads = d.mediaType().equals(DumpWriter.NQUADS_TYPE);
            add(file, DCT + "title", NodeFactory.createLiteralLang(quads
                    ? "N-Quads dump, one named graph per source file and passage (gzip)"
                    : "Turtle dump of the union graph (gzip)", "en"));
            add(file, DCAT + "downloadURL", file);
            add(file, DCAT + "accessURL", file);
            add(file, DCAT + "mediaType", uri(Vocab.IANA_MEDIA_TYPES + d.mediaType()));
            add(file, DCAT + "compressFormat", uri(Vocab.IANA_MEDIA_TYPES + DumpFile.GZIP));
            add(file, DCT + "format", uri(Vocab.EU_FILE_TYPE + (quads ? "RDF_N_QUADS" : "RDF_TURTLE")));
            add(ds, VOID + "feature", uri(Vocab.FORMATS + (quads ? "N-Quads" : "Turtle")));
            add(file, DCAT + "byteSize", NodeFactory.createLiteralDT(Long.toString(d.size()),
                    XSDDatatype.XSDnonNegativeInteger));
            Node checksum = blank("checksum");
            add(file, Vocab.SPDX + "checksum", checksum);
            add(checksum, RDF + "type", uri(Vocab.SPDX + "Checksum"));
            add(checksum, Vocab.SPDX + "algorithm", uri(Vocab.SPDX + "checksumAlgorithm_sha256"));
            add(checksum, Vocab.SPDX + "checksumValue", NodeFactory.createLiteralDT(d.sha256(), XSDDatatype.XSDhexBinary));
            if (license != null) add(file, DCT + "license", license);
        }
        return g;
    }

    /**
     * The description as a server reached at {@code address} gives it: the endpoint, the Graph Store
     * and the dumps at that address (they are built under the namespace, which a persistent-IRI
     * service redirects to the publisher), every other IRI unchanged.
     */
    public static Graph reachedAt(Graph description, Iris iris, String address) {
        List<String> endpoints = List.of(iris.served(SPARQL_PATH).getURI(), iris.served(GRAPH_STORE_PATH).getURI());
        String dumps = iris.served(DUMPS_PATH).getURI();
        java.util.function.UnaryOperator<Node> at = n -> n.isURI() && (endpoints.contains(n.getURI()) || n.getURI().startsWith(dumps))
                ? NodeFactory.createURI(address + n.getURI().substring(iris.base().length())) : n;
        Graph out = GraphFactory.createDefaultGraph();
        description.find().forEachRemaining(t -> out.add(Triple.create(at.apply(t.getSubject()), t.getPredicate(),
                at.apply(t.getObject()))));
        return out;
    }

    /** A service the dataset is available from, as a DCAT-AP distribution through a dcat:DataService. */
    private void service(Node ds, Node endpoint, String title, String standard, Node license) {
        add(endpoint, RDF + "type", uri(DCAT + "DataService"));
        add(endpoint, DCT + "title", NodeFactory.createLiteralLang(title, "en"));
        add(endpoint, DCAT + "endpointURL", endpoint);
        add(endpoint, DCAT + "servesDataset", ds);
        add(endpoint, DCT + "conformsTo", uri(standard));
        Node distribution = blank("service");
        add(ds, DCAT + "distribution", distribution);
        add(distribution, RDF + "type", uri(DCAT + "Distribution"));
        add(distribution, DCT + "title", NodeFactory.createLiteralLang(title, "en"));
        add(distribution, DCAT + "accessURL", endpoint);
        add(distribution, DCAT + "accessService", endpoint);
        if (license != null) add(distribution, DCT + "license", license);
    }

    /** The namespaces of the classes and properties used: what VoID calls the vocabularies. */
    private static TreeSet<String> vocabularies(DatasetStatistics stats) {
        TreeSet<String> out = new TreeSet<>();
        stats.properties().keySet().forEach(p -> out.add(namespace(p)));
        stats.classes().keySet().stream().filter(Node::isURI).forEach(c -> out.add(namespace(c)));
        return out;
    }

    private static String namespace(Node n) {
        String iri = n.getURI();
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut >= 0 ? iri.substring(0, cut + 1) : iri;
    }

    private Node blank(String kind) {
        // Labelled by order of creation, so the same dataset is described with the same nodes.
        return NodeFactory.createBlankNode(kind + "-" + (blank++));
    }

    private void add(Node s, String p, Node o) {
        g.add(Triple.create(s, uri(p), o));
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static Map<Node, List<Node>> objectsBySubject(Graph g, String property) {
        Map<Node, List<Node>> out = new HashMap<>();
        g.find(Node.ANY, uri(property), Node.ANY).forEachRemaining(t ->
                out.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(t.getObject()));
        return out;
    }
}
