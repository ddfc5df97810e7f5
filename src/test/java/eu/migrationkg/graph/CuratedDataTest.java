package eu.migrationkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.extract.ReferenceData;
import eu.migrationkg.sources.SourceReader;
import eu.migrationkg.support.TestProject;
import eu.migrationkg.vocab.Iris;
import eu.migrationkg.vocab.Vocab;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** The curated reference data let extraction resolve the names the documents use, without ambiguity. */
class CuratedDataTest {

    private static final String BASE = "http://localhost:3030/";

    private static AssembledDataset assembled() {
        return new DatasetAssembler(TestProject.layout(), new Iris(BASE),
                new SourceReader(SourceReader.DEFAULT_MAX_BYTES)).assemble();
    }

    /** What extraction knows: the ontology and curated graphs, as the assembler hands them over. */
    private static Graph referenceGraph(DatasetGraph dsg) {
        Graph g = GraphFactory.createDefaultGraph();
        dsg.listGraphNodes().forEachRemaining(name -> {
            String n = name.getURI();
            if (n.startsWith(BASE + "graph/curated/") || n.equals(BASE + "graph/ontology/migration")) {
                dsg.getGraph(name).find().forEachRemaining(g::add);
            }
        });
        return g;
    }

    @Test
    void theNamesTheDocumentsUseResolveToTheCuratedResources() {
        AssembledDataset a = assembled();
        assertEquals(List.of(), a.problems());
        ReferenceData ref = new ReferenceData(referenceGraph(a.dataset()));
        Map<String, String> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("Frontex", "id/actor/frontex"),
                Map.entry("European Commission", "id/actor/european-commission"),
                Map.entry("Commission", "id/actor/european-commission"),
                Map.entry("Member States", "id/actor/member-states"),
                Map.entry("EES", "id/instrument/entry-exit-system"),
                Map.entry("Entry/Exit System", "id/instrument/entry-exit-system"),
                Map.entry("European Travel Information Authorisation System",
                        "id/instrument/european-travel-information-and-authorisation-system"),
                Map.entry("Talent Partnerships", "id/instrument/talent-partnerships"),
                Map.entry("EU Talent Pool", "id/instrument/eu-talent-pool"),
                Map.entry("Solidarity Pool", "id/instrument/annual-solidarity-pool"),
                Map.entry("Global Alliance", "id/instrument/global-alliance-to-counter-migrant-smuggling"),
                Map.entry("Pact on Migration and Asylum", "id/instrument/pact-on-migration-and-asylum"),
                Map.entry("Asylum and Migration Management Regulation", "id/legal-act/regulation-eu-2024-1351"),
                Map.entry("Return Regulation", "id/legal-act/com-2025-101"),
                Map.entry("Multiannual Financial Framework 2028-2034",
                        "id/instrument/multiannual-financial-framework-2028-2034"),
                Map.entry("home affairs", "id/policy-area/home-affairs"),
                Map.entry("Henna Virkkunen", "id/person/henna-virkkunen"),
                Map.entry("Executive Vice-President for Tech Sovereignty, Security and Democracy",
                        "id/post/executive-vice-president-for-tech-sovereignty-security-and-democracy"),
                Map.entry("Commissioner for Internal Affairs and Migration",
                        "id/post/commissioner-for-internal-affairs-and-migration"),
                Map.entry("European Asylum and Migration Management Strategy",
                        "id/strategy/european-asylum-and-migration-management-strategy"),
                Map.entry("in force", "ontology#inForce")));
        Map<String, String> found = new TreeMap<>();
        expected.keySet().forEach(name -> found.put(name,
                ref.findByLabel(name).map(n -> n.getURI().substring(BASE.length())).orElse("(none)")));
        assertEquals(expected, found);
    }

    @Test
    void noLabelNamesTwoResources() {
        Graph g = referenceGraph(assembled().dataset());
        Map<String, Set<String>> byLabel = new HashMap<>();
        for (String p : List.of(Vocab.SKOS + "prefLabel", Vocab.SKOS + "altLabel", Vocab.RDFS + "label")) {
            g.find(Node.ANY, NodeFactory.createURI(p), Node.ANY).forEachRemaining(t -> byLabel
                    .computeIfAbsent(t.getObject().getLiteralLexicalForm().toLowerCase(Locale.ROOT),
                            k -> new TreeSet<>())
                    .add(t.getSubject().toString()));
        }
        Map<String, Set<String>> ambiguous = new TreeMap<>();
        byLabel.forEach((label, subjects) -> {
            if (subjects.size() > 1) ambiguous.put(label, subjects);
        });
        assertEquals(Map.of(), ambiguous);
    }

    @Test
    void theDocumentsPublisherIsTheCuratedCommission() {
        AssembledDataset a = assembled();
        Optional<Node> publisher = a.dataset().getDefaultGraph().find(NodeFactory.createURI(BASE + "id/source/ip-26-233"),
                NodeFactory.createURI(Vocab.DCT + "publisher"), Node.ANY).nextOptional().map(t -> t.getObject());
        assertEquals(Optional.of(NodeFactory.createURI(BASE + "id/actor/european-commission")), publisher);
        assertTrue(a.dataset().getDefaultGraph().contains(publisher.get(),
                NodeFactory.createURI(Vocab.OWL + "sameAs"), NodeFactory.createURI("http://www.wikidata.org/entity/Q8880")));
    }
}
