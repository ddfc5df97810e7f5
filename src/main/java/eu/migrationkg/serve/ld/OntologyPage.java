package eu.migrationkg.serve.ld;

import eu.migrationkg.serve.ld.ResourcePage.PropertyRow;
import eu.migrationkg.serve.ld.ResourcePage.Value;
import eu.migrationkg.serve.web.PageFrame;
import eu.migrationkg.vocab.Vocab;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * The ontology as a vocabulary specification: its metadata, then every term of its namespace by kind
 * (classes, properties, concept schemes, concepts...), each anchored by its local name so that
 * {@code /ontology#Term}, the term's own IRI, lands on it.
 */
public record OntologyPage(
        PageFrame frame,
        Ref self,
        String description,
        List<PropertyRow> metadata,
        List<Section> sections,
        List<PageFrame.Alternate> formats,
        long triples) {

    public record Section(String id, String title, List<Term> terms) {}

    /**
     * @param anchor     the local name, the fragment of the term's IRI
     * @param curie      the prefixed name
     * @param instances  resources typed with it (classes), or -1
     * @param listHref   a query listing them
     */
    public record Term(String anchor, Ref self, String curie, List<Ref> types, String definition,
                       List<PropertyRow> properties, long instances, String listHref) {}

    private record Kind(String id, String title, String typeIri) {}

    private static final List<Kind> KINDS = List.of(
            new Kind("classes", "Classes", Vocab.OWL + "Class"),
            new Kind("object-properties", "Object properties", Vocab.OWL + "ObjectProperty"),
            new Kind("datatype-properties", "Datatype properties", Vocab.OWL + "DatatypeProperty"),
            new Kind("annotation-properties", "Annotation properties", Vocab.OWL + "AnnotationProperty"),
            new Kind("properties", "Other properties", Vocab.RDF + "Property"),
            new Kind("concept-schemes", "Concept schemes", Vocab.SKOS + "ConceptScheme"),
            new Kind("concepts", "Concepts", Vocab.SKOS + "Concept"),
            new Kind("datatypes", "Datatypes", Vocab.RDFS + "Datatype"));

    private static final Node DEFINITION = GraphView.uri(Vocab.SKOS + "definition");
    private static final Node COMMENT = GraphView.uri(Vocab.RDFS + "comment");
    private static final Node DESCRIPTION = GraphView.uri(Vocab.DCT + "description");
    private static final Set<Node> SHOWN_APART = Set.of(GraphView.TYPE, DEFINITION, GraphView.uri(Vocab.RDFS + "label"));

    /**
     * @param ontology the ontology's triples (the graphs of {@code ontology/})
     * @param v        the union graph, for instance counts and labels of what terms point to
     */
    static OntologyPage build(PageFrame frame, Graph ontology, GraphView v, List<PageFrame.Alternate> formats) {
        Node self = GraphView.uri(v.iris.ontologyIri());
        String ns = v.iris.ontologyNamespace();
        String description = literal(ontology, self, DESCRIPTION);
        List<PropertyRow> metadata = rows(ontology, self, v, Set.of(DESCRIPTION));

        Set<Node> terms = new TreeSet<>(Comparator.comparing(Node::getURI));
        ontology.find().forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(ns) && t.getSubject().getURI().length() > ns.length()) {
                terms.add(t.getSubject());
            }
        });
        Map<Kind, List<Term>> bySection = new LinkedHashMap<>();
        KINDS.forEach(k -> bySection.put(k, new ArrayList<>()));
        Kind other = new Kind("other", "Other terms", null);
        bySection.put(other, new ArrayList<>());
        for (Node term : terms) {
            Kind kind = KINDS.stream().filter(k -> ontology.contains(term, GraphView.TYPE, GraphView.uri(k.typeIri())))
                    .findFirst().orElse(other);
            bySection.get(kind).add(term(term, kind, ontology, v, ns));
        }
        List<Section> sections = new ArrayList<>();
        bySection.forEach((k, list) -> {
            if (list.isEmpty()) return;
            list.sort(Comparator.comparing((Term t) -> t.self().label().toLowerCase(java.util.Locale.ROOT))
                    .thenComparing(Term::anchor));
            sections.add(new Section(k.id(), k.title(), List.copyOf(list)));
        });
        return new OntologyPage(frame, v.ref(self), description, metadata, sections, formats, ontology.size());
    }

    private static Term term(Node term, Kind kind, Graph ontology, GraphView v, String ns) {
        String anchor = term.getURI().substring(ns.length());
        List<Ref> types = ontology.find(term, GraphView.TYPE, Node.ANY).mapWith(Triple::getObject).toList().stream()
                .sorted(v.byLabel()).map(v::ref).toList();
        String definition = literal(ontology, term, DEFINITION);
        if (definition == null) definition = literal(ontology, term, COMMENT);
        long instances = -1;
        String listHref = null;
        if (kind.typeIri() != null && kind.typeIri().equals(Vocab.OWL + "Class")) {
            instances = v.instancesOf(term).size();
            listHref = v.links.sparql(HomePage.listQuery(term));
        }
        return new Term(anchor, v.ref(term), v.labels.shortName(term.getURI()), types, definition,
                rows(ontology, term, v, Set.of(COMMENT)), instances, listHref);
    }

    private static List<PropertyRow> rows(Graph g, Node s, GraphView v, Set<Node> alsoHidden) {
        Map<Node, List<Value>> byProperty = new LinkedHashMap<>();
        g.find(s, Node.ANY, Node.ANY).toList().stream().sorted(Describer.TRIPLE_ORDER).forEach(t -> {
            if (SHOWN_APART.contains(t.getPredicate()) || alsoHidden.contains(t.getPredicate())) return;
            Value value = v.value(t.getObject(), List.of());
            byProperty.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(value);
        });
        return byProperty.entrySet().stream().sorted(Map.Entry.comparingByKey(v.byLabel()))
                .map(e -> new PropertyRow(v.ref(e.getKey()), List.copyOf(e.getValue()))).toList();
    }

    private static String literal(Graph g, Node s, Node p) {
        List<Node> values = g.find(s, p, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral).toList();
        return values.isEmpty() ? null : Labels.best(values).getLiteralLexicalForm();
    }
}
