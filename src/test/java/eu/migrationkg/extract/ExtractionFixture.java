package eu.migrationkg.extract;

import eu.migrationkg.extract.rules.ExtractionRules;
import eu.migrationkg.support.TestProject;
import eu.migrationkg.vocab.Iris;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/** Extraction as the build runs it, with the repository's rules and a small reference-data stand-in. */
public final class ExtractionFixture {
    private ExtractionFixture() {}

    public static final String BASE = "http://localhost:3030/";
    public static final Iris IRIS = new Iris(BASE);

    public static ExtractionRules rules() {
        ExtractionRules.Loaded loaded = ExtractionRules.load(TestProject.layout().extractionDir());
        if (!loaded.problems().isEmpty()) throw new AssertionError("rule files: " + loaded.problems());
        return loaded.rules();
    }

    public static ReferenceData reference() {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(TestProject.layout().root().resolve("src/test/resources/extract/reference.ttl"))
                .base(BASE).lang(Lang.TURTLE).parse(g);
        return new ReferenceData(g, IRIS.resourcePrefix());
    }

    public static ExtractionPipeline pipeline() {
        return new ExtractionPipeline(IRIS, reference(), rules());
    }
}
