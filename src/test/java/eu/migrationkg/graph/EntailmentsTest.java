package eu.migrationkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.sources.SourceReader;
import eu.migrationkg.support.TestProject;
import eu.migrationkg.vocab.Iris;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.Test;

/** The entailments served: subclass, subproperty, inverse and a small sameAs closure. */
class EntailmentsTest {

    private static final String BASE = "http://localhost:3030/";
    private static final String PREFIXES = """
            PREFIX mig: <http://localhost:3030/ontology#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            """;

    private static Graph turtle(String ttl) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ttl, Lang.TURTLE).base("http://example.org/").parse(g);
        return g;
    }

    private static Set<String> nt(Graph g) {
        Set<String> lines = new TreeSet<>();
        g.find().forEachRemaining(t -> lines.add(NodeFmtLib.strNT(t.getSubject()).replace("http://example.org/", "")
                + " " + NodeFmtLib.strNT(t.getPredicate()).replaceAll("<http://www.w3.org/[^>]*[#/]([^>]*)>", "$1")
                .replace("http://example.org/", "")
                + " " + NodeFmtLib.strNT(t.getObject()).replace("http://example.org/", "")));
        return lines;
    }

    @Test
    void rulesGiveExactlyTheirConsequences() {
        Graph asserted = turtle("""
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix owl: <http://www.w3.org/2002/07/owl#> .
                <A> rdfs:subClassOf <B> . <B> rdfs:subClassOf <C> .
                <p> rdfs:subPropertyOf <q> . <q> owl:inverseOf <r> .
                <x> a <A> ; <p> <y> ; <p> "text" .
                <x> owl:sameAs <w1> . <w2> owl:sameAs <x> .
                """);
        assertEquals(new TreeSet<>(List.of(
                "<A> subClassOf <C>",
                "<x> type <B>",
                "<x> type <C>",
                "<x> <q> <y>",
                "<x> <q> \"text\"",
                "<y> <r> <x>",
                "<w1> sameAs <x>",
                "<x> sameAs <w2>",
                "<w1> sameAs <w2>",
                "<w2> sameAs <w1>")),
                nt(Entailments.materialise(asserted)));
    }

    @Test
    void nothingAssertedIsRepeatedAndNoResourceIsTheSameAsItself() {
        Graph asserted = turtle("""
                @prefix owl: <http://www.w3.org/2002/07/owl#> .
                <a> owl:sameAs <b> . <b> owl:sameAs <a> .
                """);
        assertEquals(Set.of(), nt(Entailments.materialise(asserted)));
    }

    private static AssembledDataset assembled() {
        return new DatasetAssembler(TestProject.layout(), new Iris(BASE),
                new SourceReader(SourceReader.DEFAULT_MAX_BYTES)).assemble();
    }

    private static List<String> select(DatasetGraph dsg, String query) {
        try (QueryExecution qe = QueryExecution.create(PREFIXES + query, org.apache.jena.query.DatasetFactory.wrap(dsg))) {
            List<String> rows = new java.util.ArrayList<>();
            qe.execSelect().forEachRemaining((QuerySolution s) -> rows.add(s.get(s.varNames().next()).toString()
                    .replace(BASE, "")));
            return rows.stream().sorted().toList();
        }
    }

    @Test
    void anInformationSystemIsFoundAsAnInstrument() {
        DatasetGraph dsg = assembled().dataset();
        List<String> instruments = select(dsg, "SELECT ?x { ?x a mig:Instrument }");
        assertTrue(instruments.contains("id/instrument/entry-exit-system"), instruments.toString());
        assertTrue(instruments.contains("id/actor/frontex"), "an agency is an instrument: " + instruments);
        Node ees = NodeFactory.createURI(BASE + "id/instrument/entry-exit-system");
        Node instrument = NodeFactory.createURI(BASE + "ontology#Instrument");
        Node type = org.apache.jena.vocabulary.RDF.type.asNode();
        assertFalse(dsg.getGraph(NodeFactory.createURI(BASE + "graph/curated/instruments")).contains(ees, type, instrument),
                "the file types it only as an information system");
        assertTrue(dsg.getGraph(NodeFactory.createURI(BASE + "graph/inferred")).contains(ees, type, instrument),
                "the inference is in its own graph");
    }

    @Test
    void subpropertiesAndInversesAreServed() {
        DatasetGraph dsg = assembled().dataset();
        assertEquals(10, select(dsg, "SELECT ?act { <" + BASE + "id/instrument/pact-on-migration-and-asylum> mig:hasPart ?act }").size(),
                "the Pact has the ten acts that are part of it");
        assertEquals(10, select(dsg, "SELECT ?act { <" + BASE + "id/instrument/pact-on-migration-and-asylum> dct:hasPart ?act }").size());
        assertEquals(List.of("id/person/henna-virkkunen"), select(dsg,
                "SELECT ?who { <" + BASE + "id/post/executive-vice-president-for-tech-sovereignty-security-and-democracy> org:heldBy ?who }"));
        assertEquals(List.of("id/actor/european-commission"), select(dsg,
                "SELECT ?by { <" + BASE + "id/strategy/european-asylum-and-migration-management-strategy> prov:wasAttributedTo ?by }"));
        assertEquals(List.of("id/legal-act/regulation-eu-2024-1351"),
                select(dsg, "SELECT ?act { ?act mig:hasMilestone <" + BASE + "id/milestone/regulation-eu-2024-1351-applies> }"),
                "the inverse of mig:concerns");
    }

    @Test
    void sameAsLinksExternalIrisWithoutCopyingStatementsOntoThem() {
        DatasetGraph dsg = assembled().dataset();
        Node wikidata = NodeFactory.createURI("http://www.wikidata.org/entity/Q8880");
        assertEquals(List.of("http://publications.europa.eu/resource/authority/corporate-body/COM", "id/actor/european-commission"),
                select(dsg, "SELECT ?same { <http://www.wikidata.org/entity/Q8880> owl:sameAs ?same }"));
        assertEquals(Set.of(OWL.sameAs.asNode()), dsg.getDefaultGraph().find(wikidata, Node.ANY, Node.ANY)
                .mapWith(t -> t.getPredicate()).toSet(), "an external IRI gains only its sameAs links");
    }
}
