package eu.migrationkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.support.TestProject;
import eu.migrationkg.vocab.Vocab;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** The ontology keeps the promises docs/MODEL.md makes: every term it names exists and is documented. */
class OntologyTest {

    private static final String BASE = "http://localhost:3030/";
    private static final String MIG = BASE + "ontology#";
    private static final Node DEFINITION = NodeFactory.createURI(Vocab.SKOS + "definition");
    private static final Node PREF_LABEL = NodeFactory.createURI(Vocab.SKOS + "prefLabel");

    private static Graph ontology() {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(TestProject.layout().ontologyDir().resolve("migration.ttl")).base(BASE).parse(g);
        return g;
    }

    /** Every mig: term the ontology says something about. */
    private static Set<String> ownTerms(Graph g) {
        Set<String> terms = new TreeSet<>();
        g.find().forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(MIG)) terms.add(t.getSubject().getURI());
        });
        return terms;
    }

    @Test
    void everyTermHasALabelAndADefinition() {
        Graph g = ontology();
        Set<String> terms = ownTerms(g);
        assertTrue(terms.size() > 80, "the ontology defines its terms: " + terms.size());
        for (String term : terms) {
            Node n = NodeFactory.createURI(term);
            assertTrue(g.contains(n, RDFS.label.asNode(), Node.ANY) || g.contains(n, PREF_LABEL, Node.ANY),
                    term + " has a label");
            assertTrue(g.contains(n, DEFINITION, Node.ANY), term + " has a skos:definition");
            assertTrue(g.contains(n, RDF.type.asNode(), Node.ANY), term + " is typed");
        }
    }

    @Test
    void theHeaderHasTitleVersionAndLicence() {
        Graph g = ontology();
        Node ont = NodeFactory.createURI(BASE + "ontology");
        assertTrue(g.contains(ont, RDF.type.asNode(), OWL.Ontology.asNode()));
        for (Node p : List.of(DCTerms.title.asNode(), OWL.versionInfo.asNode(), DCTerms.license.asNode(),
                DCTerms.description.asNode())) {
            assertTrue(g.contains(ont, p, Node.ANY), "ontology header has " + p);
        }
    }

    @Test
    void everyTermTheModelDocumentNamesIsDefined() throws Exception {
        Graph g = ontology();
        Set<String> defined = ownTerms(g);
        String model = Files.readString(TestProject.layout().root().resolve("docs/MODEL.md"));
        Matcher m = Pattern.compile("`mig:([A-Za-z]+)").matcher(model);
        Set<String> missing = new TreeSet<>();
        Set<String> named = new TreeSet<>();
        while (m.find()) {
            named.add(m.group(1));
            if (!defined.contains(MIG + m.group(1))) missing.add(m.group(1));
        }
        assertTrue(named.size() > 60, "MODEL.md names the terms: " + named.size());
        assertEquals(Set.of(), missing, "named in docs/MODEL.md but not defined in ontology/migration.ttl");
    }
}
