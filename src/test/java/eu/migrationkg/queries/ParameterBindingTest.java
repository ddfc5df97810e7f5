package eu.migrationkg.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.support.TestProject;
import eu.migrationkg.vocab.Iris;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.graph.NodeTransformLib;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Values become RDF terms of the right type, or a refusal naming the parameter; they never become syntax. */
class ParameterBindingTest {

    private static final String BASE = "http://example.org/kg/";

    private static final SavedQuery TYPED = parse("""
            #+ enumerate:
            #+   - status: [mig:adopted, mig:proposed]
            PREFIX mig: <ontology#>
            SELECT ?x WHERE {
              ?x mig:about ?_about_iri ; mig:name ?__name ; mig:label ?__label_en ; mig:year ?__year_integer ;
                 mig:amount ?__amount_decimal ; mig:on ?__on_date ; mig:status ?__status_iri ; mig:n ?__n_number .
              FILTER(CONTAINS(STR(?x), COALESCE(?__name, "")))
            } ORDER BY ?x
            """);

    /** What people have pasted into query parameters to break out of them. */
    static List<String> injections() {
        return List.of(
                "\"",
                "'",
                "x\" } ; DROP ALL ; #",
                "} ; DROP ALL",
                "x' . ?s ?p ?o . FILTER('1",
                "\"\"\" } UNION { ?s ?p ?o } #",
                "> } ; DROP ALL #",
                "http://example.org/a b",
                "http://example.org/a>{",
                "<http://example.org/a>",
                "http://example.org/a\"}",
                "{ ?s ?p ?o }",
                "x\\\" } #",
                "1 } UNION { ?s ?p ?o",
                "2026-01-01\"^^<http://example.org/t>",
                "line\nbreak } #");
    }

    private static SavedQuery parse(String text) {
        try {
            return new QueryFileParser(BASE).parse("t", Path.of("t.rq"), text);
        } catch (QueryFileException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private static BoundQuery bind(Map<String, String> values) throws ParameterException {
        return TYPED.bind(values);
    }

    private static Node bound(String name, String value) throws ParameterException {
        Map<String, String> values = new java.util.HashMap<>(Map.of("about", "http://example.org/a"));
        values.put(name, value);
        return bind(values).values().get(name);
    }

    @Test
    void eachTypeGivesItsKindOfTerm() throws Exception {
        assertEquals(NodeFactory.createURI("http://example.org/a"), bound("about", "http://example.org/a"));
        assertEquals(NodeFactory.createLiteralString("a \"quoted\" name"), bound("name", "a \"quoted\" name"));
        assertEquals(NodeFactory.createLiteralLang("Commission", "en"), bound("label", "Commission"));
        assertEquals(NodeFactory.createLiteralDT("2026", XSDDatatype.XSDinteger), bound("year", "2026"));
        assertEquals(NodeFactory.createLiteralDT("12.5", XSDDatatype.XSDdecimal), bound("amount", "12.5"));
        assertEquals(NodeFactory.createLiteralDT("2026-06-12", XSDDatatype.XSDdate), bound("on", "2026-06-12"));
        assertEquals(NodeFactory.createURI(BASE + "ontology#adopted"), bound("status", "mig:adopted"));
        assertEquals(NodeFactory.createURI(BASE + "ontology#adopted"), bound("status", BASE + "ontology#adopted"));
        assertEquals(NodeFactory.createLiteralDT("1.5e3", XSDDatatype.XSDdouble), bound("n", "1.5e3"));
    }

    @Test
    void aMissingRequiredValueNamesTheParameter() {
        ParameterException e = assertThrows(ParameterException.class, () -> bind(Map.of()));
        assertEquals("about", e.parameter());
        assertTrue(e.reason().startsWith("is required"), e.reason());
    }

    @Test
    void optionalParametersLeftOutStayUnbound() throws Exception {
        BoundQuery q = bind(Map.of("about", "http://example.org/a", "name", ""));
        assertEquals(Map.of("about", NodeFactory.createURI("http://example.org/a")), q.values());
        assertTrue(q.sparql().contains("?__name"), "an empty value leaves the variable free");
    }

    @Test
    void anUnknownParameterIsRefused() {
        ParameterException e = assertThrows(ParameterException.class,
                () -> bind(Map.of("about", "http://example.org/a", "colour", "red")));
        assertEquals("colour", e.parameter());
        assertTrue(e.reason().contains("it takes: about, name"), e.reason());
    }

    @Test
    void invalidValuesAreRefusedWithTheReason() {
        assertReason("year", "2026.5", "not a valid xsd:integer");
        assertReason("on", "2026-02-30", "not a valid xsd:date");
        assertReason("amount", "lots", "not a valid xsd:decimal");
        assertReason("about", "relative/path", "not an absolute IRI");
        assertReason("about", "skos:Concept", "prefix 'skos:', which the query does not declare");
        assertReason("status", "mig:inForce", "not one of the allowed values: mig:adopted, mig:proposed");
        assertReason("n", "1e", "not a number");
        assertReason("name", "x".repeat(ParameterType.MAX_LENGTH + 1), "longer than");
    }

    private static void assertReason(String parameter, String value, String reason) {
        ParameterException e = assertThrows(ParameterException.class, () -> bound(parameter, value), value);
        assertEquals(parameter, e.parameter());
        assertTrue(e.reason().contains(reason), e.reason());
    }

    @ParameterizedTest(name = "refused for typed parameters: {0}")
    @MethodSource("injections")
    void injectionIntoTypedParametersIsRefused(String attempt) {
        for (String parameter : List.of("about", "year", "amount", "on", "status", "n")) {
            ParameterException e = assertThrows(ParameterException.class, () -> bound(parameter, attempt),
                    parameter + " took " + attempt);
            assertEquals(parameter, e.parameter());
        }
    }

    @ParameterizedTest(name = "a literal, same shape: {0}")
    @MethodSource("injections")
    void injectionIntoTextParametersStaysOneLiteralAndKeepsTheQueryShape(String attempt) throws Exception {
        for (String parameter : List.of("name", "label")) {
            Op harmless = shapeOf(bind(Map.of("about", "http://example.org/a", parameter, "harmless")), parameter);
            Op attempted = shapeOf(bind(Map.of("about", "http://example.org/a", parameter, attempt)), parameter);
            assertEquals(harmless, attempted, parameter + " = " + attempt);
        }
    }

    /**
     * The algebra of the query as it would travel to an endpoint (serialised, then parsed again), with
     * the bound value replaced by one marker: equal shapes mean the value changed nothing but itself.
     */
    static Op shapeOf(BoundQuery q, String parameter) {
        Node value = q.values().get(parameter);
        Node marker = NodeFactory.createURI("urn:x-parameter:" + parameter);
        Op op = Algebra.compile(QueryFactory.create(q.sparql(), Syntax.syntaxSPARQL_11));
        return NodeTransformLib.transform(n -> n.equals(value) ? marker : n, op);
    }

    @Test
    void theShapeCheckWouldCatchAValuePastedAsText() throws Exception {
        // What grlc does: paste the value between quotes. This value closes the FILTER and adds a pattern.
        String attack = "x\", \"\")) ) ?s ?p ?o FILTER(CONTAINS(\"\", COALESCE(\"";
        String pasted = TYPED.sparqlText().replace("?_about_iri", "<http://example.org/a>")
                .replace("COALESCE(?__name,", "COALESCE(\"" + attack + "\",");
        Op pastedShape = Algebra.compile(QueryFactory.create(pasted, BASE, Syntax.syntaxSPARQL_11));
        Op harmless = shapeOf(bind(Map.of("about", "http://example.org/a", "name", "harmless")), "name");
        assertFalse(harmless.equals(pastedShape), "pasting text changes the algebra:\n" + pastedShape);
        Op bound = shapeOf(bind(Map.of("about", "http://example.org/a", "name", attack)), "name");
        assertEquals(harmless, bound, "binding the same value as a term does not");
    }

    @Test
    void everyParameterOfTheShippedQueriesRefusesInjectionOrKeepsItAsOneTerm() throws Exception {
        QueryRegistry registry = QueryRegistry.load(TestProject.layout(), Iris.DEFAULT_BASE);
        int checked = 0;
        for (SavedQuery q : registry.all()) {
            for (QueryParameter p : q.parameters()) {
                for (String attempt : injections()) {
                    boolean text = p.type().kind() == ParameterType.Kind.STRING
                            || p.type().kind() == ParameterType.Kind.LANGUAGE;
                    if (text && p.allowedValues().isEmpty()) {
                        Op harmless = shapeOf(q.bind(Map.of(p.name(), "harmless")), p.name());
                        Op attempted = shapeOf(q.bind(Map.of(p.name(), attempt)), p.name());
                        assertEquals(harmless, attempted, q.id() + " " + p.name() + " = " + attempt);
                    } else {
                        ParameterException e = assertThrows(ParameterException.class,
                                () -> q.bind(Map.of(p.name(), attempt)), q.id() + " " + p.name() + " took " + attempt);
                        assertEquals(p.name(), e.parameter());
                    }
                    checked++;
                }
            }
        }
        assertTrue(checked > 100, "checked " + checked);
    }
}
