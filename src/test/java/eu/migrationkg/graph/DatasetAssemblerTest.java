package eu.migrationkg.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.ProjectLayout;
import eu.migrationkg.sources.SourceReader;
import eu.migrationkg.support.TestProject;
import eu.migrationkg.vocab.Iris;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetAssemblerTest {

    private static final String BASE = "http://localhost:3030/";

    private static AssembledDataset assemble(ProjectLayout layout) {
        return new DatasetAssembler(layout, new Iris(BASE), new SourceReader(SourceReader.DEFAULT_MAX_BYTES)).assemble();
    }

    @Test
    void everySourceBecomesADocumentWithItsMetadata() {
        AssembledDataset a = assemble(TestProject.layout());
        assertEquals(List.of(), a.problems());
        Node release = NodeFactory.createURI(BASE + "id/source/ip-26-233");
        var g = a.dataset().getDefaultGraph();
        assertTrue(g.contains(release, RDF.type.asNode(), NodeFactory.createURI(BASE + "ontology#PressRelease")));
        assertTrue(g.contains(release, DCTerms.issued.asNode(),
                NodeFactory.createLiteralDT("2026-01-29", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate)));
        assertTrue(g.contains(release, DCTerms.language.asNode(),
                NodeFactory.createURI("http://publications.europa.eu/resource/authority/language/ENG")));
        assertTrue(a.dataset().getGraph(NodeFactory.createURI(BASE + "graph/source/ip-26-233"))
                .contains(release, DCTerms.title.asNode(), Node.ANY));
    }

    @Test
    void defaultGraphIsTheUnionOfTheNamedGraphs() {
        AssembledDataset a = assemble(TestProject.layout());
        long named = a.dataset().stream().filter(q -> !q.isDefaultGraph())
                .map(q -> q.asTriple()).distinct().count();
        assertEquals(named, a.dataset().getDefaultGraph().size());
    }

    @Test
    void twoBuildsGiveByteIdenticalDumps(@TempDir Path dir) throws Exception {
        var writer = new DumpWriter();
        writer.write(assemble(TestProject.layout()), dir.resolve("one"));
        writer.write(assemble(TestProject.layout()), dir.resolve("two"));
        for (String f : List.of(DumpWriter.NQUADS, DumpWriter.TURTLE, "dumps/" + DumpWriter.NQUADS_GZ,
                "dumps/" + DumpWriter.TURTLE_GZ, "dumps/" + DumpWriter.CHECKSUMS, DumpWriter.DESCRIPTION)) {
            byte[] one = Files.readAllBytes(dir.resolve("one").resolve(f));
            assertTrue(one.length > 100, f + " has content");
            assertArrayEquals(one, Files.readAllBytes(dir.resolve("two").resolve(f)), f);
        }
    }

    @Test
    void theDatasetDescriptionFileIsReadButKeptOutOfTheGraph() {
        AssembledDataset a = assemble(TestProject.layout());
        Node dataset = NodeFactory.createURI(BASE + "dataset");
        assertTrue(a.about().contains(dataset, DCTerms.license.asNode(), Node.ANY));
        assertTrue(a.dataset().getDefaultGraph().find(dataset, Node.ANY, Node.ANY).toList().isEmpty());
    }

    @Test
    void aBrokenDatasetDescriptionIsReportedWithItsLine(@TempDir Path dir) throws Exception {
        Path root = TestProject.copyTo(dir);
        Files.writeString(root.resolve("data/dataset.ttl"), "@prefix dct: <http://purl.org/dc/terms/> .\n<dataset> dct:title .\n");
        AssembledDataset a = assemble(new ProjectLayout(root));
        assertEquals(1, a.problems().size(), a.problems().toString());
        assertEquals("data/dataset.ttl", a.problems().getFirst().file());
        assertEquals(2, a.problems().getFirst().line());
        assertTrue(a.about().isEmpty());
        assertEquals(2, a.documents().size(), "the rest is still built");
    }

    @Test
    void brokenFilesAreReportedAndTheRestStillBuilds(@TempDir Path dir) throws Exception {
        Path root = TestProject.copyTo(dir);
        Files.writeString(root.resolve("data/curated/broken.ttl"), "@prefix ex: <http://example.org/> .\n\nex:a ex:b .\n");
        Files.writeString(root.resolve("data/sources/zz-unknown-kind.md"),
                "---\ntitle: T\npublisher: P\npublished: 2026-01-01\nurl: https://example.org/\nkind: poem\nlanguage: en\n---\nText");
        AssembledDataset a = assemble(new ProjectLayout(root));
        assertEquals(2, a.documents().size());
        assertEquals(2, a.problems().size(), a.problems().toString());
        BuildProblem ttl = a.problems().get(0);
        assertEquals("data/curated/broken.ttl", ttl.file());
        assertEquals(3, ttl.line());
        BuildProblem kind = a.problems().get(1);
        assertEquals("data/sources/zz-unknown-kind.md", kind.file());
        assertEquals(6, kind.line());
        assertTrue(kind.message().contains("press-release"), "lists the known kinds: " + kind.message());
    }

    @Test
    void relativeIrisInRepositoryFilesFollowTheConfiguredBase() {
        String other = "https://kg.example.net/migration/";
        AssembledDataset a = new DatasetAssembler(TestProject.layout(), new Iris(other),
                new SourceReader(SourceReader.DEFAULT_MAX_BYTES)).assemble();
        assertTrue(a.dataset().getDefaultGraph().contains(NodeFactory.createURI(other + "ontology#PressRelease"),
                Node.ANY, Node.ANY));
        assertTrue(a.dataset().getDefaultGraph().find().toList().stream()
                .noneMatch(t -> t.getSubject().isURI() && t.getSubject().getURI().startsWith(BASE)));
    }
}
