package eu.migrationkg.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.graph.BuildProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a query file: grlc's decorators and naming, and a refusal naming the line for every mistake. */
class QueryFileParserTest {

    static final String BASE = "http://example.org/kg/";

    static SavedQuery parse(String text) throws QueryFileException {
        return new QueryFileParser(BASE).parse("q", Path.of("q.rq"), text);
    }

    static int failingLine(String text) {
        return assertThrows(QueryFileException.class, () -> parse(text)).line();
    }

    static String failure(String text) {
        return assertThrows(QueryFileException.class, () -> parse(text)).getMessage();
    }

    private static final String FULL = """
            #+ summary: Things by year
            #+ description: |
            #+   Two lines
            #+   of description.
            #+ tags:
            #+   - alpha
            #+   - beta
            #+ params:
            #+   year: The year.
            #+ defaults:
            #+   - year: 2026
            #+ enumerate:
            #+   - status:
            #+     - mig:adopted
            #+     - mig:proposed
            #+ pagination: 50
            #+ view:
            #+   type: bar
            #+   x: label
            #+   y: total
            PREFIX mig: <ontology#>
            SELECT ?label (COUNT(?x) AS ?total) WHERE {
              ?x mig:year ?_year_integer ; mig:label ?label ; mig:status ?__status_iri ; mig:on ?__on_xsd_date .
              FILTER(?label != ?__lang_en)
            } GROUP BY ?label ORDER BY ?label
            """;

    @Test
    void decoratorsAndParametersAreRead() throws Exception {
        SavedQuery q = parse(FULL);
        assertEquals("Things by year", q.summary());
        assertEquals("Two lines\nof description.", q.description());
        assertEquals(List.of("alpha", "beta"), q.tags());
        assertEquals(50, q.pagination().getAsInt());
        assertEquals(new ResultView("bar", "label", List.of("total")), q.view());
        assertEquals(List.of("label", "total"), q.columns());
        assertEquals(List.of("year", "status", "on", "lang"), q.parameters().stream().map(QueryParameter::name).toList(),
                "parameters in the order the query first uses them");

        QueryParameter year = q.parameter("year").orElseThrow();
        assertTrue(year.required());
        assertFalse(year.mandatory(), "a default makes a required parameter optional for the caller");
        assertEquals("xsd:integer", year.type().label());
        assertEquals(NodeFactory.createLiteralDT("2026", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger),
                year.defaultValue().orElseThrow().node());
        assertEquals("The year.", year.description());

        QueryParameter status = q.parameter("status").orElseThrow();
        assertFalse(status.required());
        assertEquals(ParameterType.Kind.IRI, status.type().kind());
        assertEquals(List.of(BASE + "ontology#adopted", BASE + "ontology#proposed"),
                status.allowedValues().stream().map(a -> a.node().getURI()).toList(),
                "enumerated prefixed names expand with the query's prefixes, resolved against the base");

        assertEquals("xsd:date", q.parameter("on").orElseThrow().type().label());
        assertEquals("text in language 'en'", q.parameter("lang").orElseThrow().type().label());
    }

    @Test
    void relativeIrisResolveAgainstTheBaseAndTheQuerySerialisesAbsolute() throws Exception {
        SavedQuery q = parse("PREFIX mig: <ontology#>\nSELECT ?x WHERE { ?x a mig:Thing ; <id/p> 1 } ORDER BY ?x");
        String sparql = q.bind(java.util.Map.of()).sparql();
        assertTrue(sparql.contains("<" + BASE + "ontology#>"), sparql);
        assertTrue(sparql.contains("<" + BASE + "id/p>"), sparql);
    }

    @Test
    void sparqlSyntaxErrorsNameTheLineOfTheFile() {
        String text = "#+ summary: s\n\nSELECT ?x WHERE {\n  ?x ?y\n}\n";
        assertEquals(5, failingLine(text), failure(text));
        assertTrue(failure(text).startsWith("SPARQL syntax error"), failure(text));
    }

    @Test
    void malformedDecoratorsNameTheirLine() {
        assertEquals(3, failingLine("#+ summary: s\n#+ tags:\n#+   - [unclosed\nSELECT * {}"));
    }

    @Test
    void unknownDecoratorsAreRefused() {
        String text = "#+ summary: s\n#+ sumary: typo\nSELECT ?x WHERE { ?x ?p ?o } ORDER BY ?x";
        assertEquals(2, failingLine(text));
        assertTrue(failure(text).contains("unknown decorator 'sumary'"), failure(text));
    }

    @Test
    void aDefaultThatDoesNotFitItsTypeIsRefusedAtItsLine() {
        String text = "#+ defaults:\n#+   - year: soon\nSELECT ?x WHERE { ?x ?p ?_year_integer } ORDER BY ?x";
        assertEquals(2, failingLine(text));
        assertTrue(failure(text).contains("'soon'") && failure(text).contains("xsd:integer"), failure(text));
    }

    @Test
    void decoratorsNamingNoParameterAreRefused() {
        String text = "#+ enumerate:\n#+   - colour: [red]\nSELECT ?x WHERE { ?x ?p ?_year_integer } ORDER BY ?x";
        assertTrue(failure(text).contains("'colour', which is not a parameter"), failure(text));
    }

    @Test
    void aDefaultOutsideTheEnumerationIsRefused() {
        String text = "#+ defaults:\n#+   - c: blue\n#+ enumerate:\n#+   - c: [red, green]\n"
                + "SELECT ?x WHERE { ?x ?p ?_c } ORDER BY ?x";
        assertEquals(2, failingLine(text));
    }

    @Test
    void unknownParameterTypesAndReservedNamesAreRefusedAtTheirLine() {
        assertEquals(2, failingLine("#+ summary: s\nSELECT ?x WHERE { ?x ?p ?_year_fancy } ORDER BY ?x"));
        assertTrue(failure("SELECT ?x WHERE { ?x ?p ?_limit_integer }").contains("reserved"));
        assertTrue(failure("SELECT ?x WHERE { ?x ?p ?_d_ex_type }").contains("prefix 'ex:'"));
        assertTrue(failure("SELECT ?x WHERE { ?x ?p ?_a_b_c_d }").contains("not a parameter name"));
    }

    @Test
    void aParameterThatIsAssignedCannotBeBound() {
        assertTrue(failure("SELECT ?x WHERE { ?x ?p ?o BIND(1 AS ?_n_integer) }").contains("cannot take a value"));
    }

    @Test
    void chartsMustUseColumnsTheQueryReturns() {
        String text = "#+ view:\n#+   type: bar\n#+   x: label\n#+   y: missing\n"
                + "SELECT ?label WHERE { ?x ?p ?label } ORDER BY ?label";
        assertTrue(failure(text).contains("column 'missing'"), failure(text));
        assertTrue(failure("#+ view: pie-chart\nSELECT ?x WHERE { ?x ?p ?o }").contains("not one of"));
        assertTrue(failure("#+ view: {type: bar, x: s, y: o}\nCONSTRUCT WHERE { ?s ?p ?o }").contains("SELECT"));
    }

    @Test
    void updatesAreNotQueries() {
        assertTrue(failure("DELETE WHERE { ?s ?p ?o }").startsWith("SPARQL syntax error"));
    }

    @Test
    void fileNamesBecomeUrlsAndMustBeSlugs() {
        assertThrows(QueryFileException.class, () -> new QueryFileParser(BASE).parse("Bad Name", Path.of("x"),
                "SELECT * {}"));
    }

    @Test
    void theRegistryKeepsGoodFilesAndReportsBrokenOnesWithFileAndLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("good.rq"), "#+ summary: Good\nSELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s\n");
        Files.writeString(dir.resolve("broken.rq"), "#+ summary: Broken\nSELECT ?s WHERE { ?s ?p }\n");
        Files.writeString(dir.resolve("notes.txt"), "not a query");
        QueryRegistry registry = QueryRegistry.load(dir, BASE, p -> "queries/" + p.getFileName());
        assertEquals(List.of("good"), registry.all().stream().map(SavedQuery::id).toList());
        BuildProblem problem = registry.problems().get(0);
        assertEquals("queries/broken.rq", problem.file());
        assertEquals(2, problem.line());
        assertEquals(1, registry.problems().size());
    }

    @Test
    void sparqlTextLeavesTheDecoratorsOut() throws Exception {
        SavedQuery q = parse(FULL);
        assertFalse(q.sparqlText().contains("#+"));
        assertTrue(q.sparqlText().startsWith("BASE <" + BASE + ">\nPREFIX mig:"), q.sparqlText());
    }
}
