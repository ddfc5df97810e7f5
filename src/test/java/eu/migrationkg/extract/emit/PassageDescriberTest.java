package eu.migrationkg.extract.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.migrationkg.extract.ExtractionFixture;
import eu.migrationkg.extract.Passage;
import eu.migrationkg.extract.Terms;
import eu.migrationkg.extract.text.CodePoints;
import eu.migrationkg.extract.text.SourceText;
import eu.migrationkg.sources.FrontMatter;
import eu.migrationkg.sources.SourceDocument;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

class PassageDescriberTest {

    static SourceText document(String name, String body) {
        FrontMatter meta = new FrontMatter("T", "P", LocalDate.of(2026, 1, 29), Optional.empty(),
                URI.create("https://example.org/"), "press-release", "en", Optional.empty(), Map.of());
        SourceDocument doc = new SourceDocument(name, Path.of(name + ".md"), meta, body, 9);
        return new SourceText(doc, CodePoints.of(body));
    }

    private static String value(List<Quad> quads, Node s, Node p) {
        return quads.stream().filter(q -> q.getSubject().equals(s) && q.getPredicate().equals(p))
                .map(q -> q.getObject().getLiteralLexicalForm()).findFirst().orElseThrow();
    }

    @Test
    void aPassageHasQuoteAndPositionSelectorsInItsDocumentGraph() {
        String body = "\uD83D\uDE00 Intro. The Pact applies as of June this year. End.";
        int start = body.indexOf("The Pact");
        int end = body.indexOf(" End.");
        Passage p = new Passage(document("doc", body), start, end, "sentence");
        List<Quad> quads = new ArrayList<>();
        new PassageDescriber(ExtractionFixture.IRIS, new Terms(ExtractionFixture.IRIS)).describe(p, quads::add);

        Node iri = p.iri(ExtractionFixture.IRIS);
        assertEquals(ExtractionFixture.BASE + "id/passage/doc/" + (start - 1) + "-" + (end - 1), iri.getURI(),
                "offsets count code points: the emoji before is one character");
        Node quote = ExtractionFixture.IRIS.selector(iri, "quote");
        Node position = ExtractionFixture.IRIS.selector(iri, "position");
        assertEquals("The Pact applies as of June this year.", value(quads, quote, Terms.EXACT));
        assertEquals("\uD83D\uDE00 Intro. ", value(quads, quote, Terms.PREFIX));
        assertEquals(" End.", value(quads, quote, Terms.SUFFIX));
        assertEquals(String.valueOf(start - 1), value(quads, position, Terms.START));
        assertEquals(String.valueOf(end - 1), value(quads, position, Terms.END));
        assertEquals("sentence", value(quads, iri, new Terms(ExtractionFixture.IRIS).mig("passageType")));
        Node docGraph = ExtractionFixture.IRIS.graph("source/doc");
        assertEquals(quads.size(), quads.stream().filter(q -> q.getGraph().equals(docGraph)).count());
    }
}
