package eu.migrationkg.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.ProjectLayout;
import eu.migrationkg.sources.SourceReader;
import eu.migrationkg.support.TestProject;
import eu.migrationkg.vocab.Iris;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SHACL gate: the shipped data conform, and for every shape there is a fixture in
 * {@code src/test/resources/shapes/violations/} (named after the shape) that breaks that shape and no other.
 */
class ShapeValidationTest {

    private static final String BASE = "http://localhost:3030/";
    static final Path FIXTURES = Path.of("src/test/resources/shapes/violations");

    static ShapeReport check(ProjectLayout layout) {
        AssembledDataset a = new DatasetAssembler(layout, new Iris(BASE),
                new SourceReader(SourceReader.DEFAULT_MAX_BYTES)).assemble();
        assertEquals(List.of(), a.problems());
        return new ShapeValidation(layout).check(a);
    }

    static Stream<String> fixtures() throws Exception {
        try (Stream<Path> files = Files.list(TestProject.layout().root().resolve(FIXTURES))) {
            return files.map(p -> p.getFileName().toString().replaceFirst("\\.ttl$", "")).sorted().toList().stream();
        }
    }

    @Test
    void theShippedDataConformWithoutWarnings() {
        ShapeReport report = check(TestProject.layout());
        assertTrue(report.shapeCount() >= 20, "the shapes are loaded: " + report.shapeCount());
        assertEquals(List.of(), report.results().stream().map(ShapeResult::describe).toList());
        assertTrue(report.conforms());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void aFixtureBreaksItsShapeAndIsReportedByFile(String shape, @TempDir Path dir) throws Exception {
        Path root = TestProject.copyTo(dir);
        Files.copy(TestProject.layout().root().resolve(FIXTURES).resolve(shape + ".ttl"),
                root.resolve("data/curated/" + shape + ".ttl"));
        ShapeReport report = check(new ProjectLayout(root));
        assertFalse(report.conforms(), shape + " is broken");
        for (ShapeResult r : report.violations()) {
            assertEquals("shape:" + shape, r.shape(), r.describe());
            assertTrue(r.files().matches("data/curated/" + shape + "\\.ttl:[1-9]\\d*"), "file and line: " + r.describe());
            assertTrue(r.focus().startsWith("<id/"), "the focus node is written as in the file: " + r.describe());
            assertFalse(r.message().isBlank(), r.describe());
        }
        assertEquals(List.of(), report.warnings().stream().map(ShapeResult::describe).toList());
    }

    @Test
    void everyShapeHasAFixture() throws Exception {
        Graph shapes = GraphFactory.createDefaultGraph();
        RDFParser.source(TestProject.layout().shapesFile()).base(BASE).parse(shapes);
        Set<String> declared = new TreeSet<>();
        shapes.find(Node.ANY, RDF.type.asNode(), org.apache.jena.shacl.vocabulary.SHACL.NodeShape)
                .forEachRemaining(t -> declared.add(t.getSubject().getURI().replace(BASE + "ontology/shapes#", "")));
        assertEquals(declared, new TreeSet<>(fixtures().toList()));
    }

    @Test
    void aViolationNamesTheFileTheFocusThePropertyAndTheShape(@TempDir Path dir) throws Exception {
        Path root = TestProject.copyTo(dir);
        Files.copy(TestProject.layout().root().resolve(FIXTURES).resolve("Priority.ttl"),
                root.resolve("data/curated/priorities.ttl"));
        List<String> lines = check(new ProjectLayout(root)).violations().stream().map(ShapeResult::describe).toList();
        assertEquals(List.of("data/curated/priorities.ttl:10: <id/priority/two-numbers> mig:priorityNumber: "
                + "a priority has exactly one mig:priorityNumber, an xsd:integer from 1 [shape:Priority]"), lines);
    }

    @Test
    void aWarningIsReportedButDoesNotRefuse(@TempDir Path dir) throws Exception {
        Path root = TestProject.copyTo(dir);
        Files.writeString(root.resolve("data/curated/funding.ttl"), """
                @prefix mig: <ontology#> .
                @prefix dct: <http://purl.org/dc/terms/> .
                <id/funding/for-nothing> a mig:Funding ;
                    mig:amount 3000000000.0 ;
                    mig:currency <http://publications.europa.eu/resource/authority/currency/EUR> ;
                    dct:source <https://commission.europa.eu/index_en> .
                """);
        ShapeReport report = check(new ProjectLayout(root));
        assertTrue(report.conforms());
        assertEquals(List.of("warning: data/curated/funding.ttl:3: <id/funding/for-nothing> mig:funds: "
                + "a funding should say what it funds (mig:funds) [shape:Funding]"),
                report.warnings().stream().map(ShapeResult::describe).toList());
    }
}
