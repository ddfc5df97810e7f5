package eu.migrationkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.sources.SourceCatalog;
import eu.migrationkg.sources.SourceDocument;
import eu.migrationkg.sources.SourceReader;
import eu.migrationkg.support.TestProject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

/** Provenance must point at the stored text: every quote, cut from the body at its offsets, is the stored quote. */
class PassageOffsetsTest {

    @Test
    void everyStoredQuoteEqualsTheBodyCutAtItsOffsets() {
        List<SourceDocument> docs = SourceCatalog.read(TestProject.layout().sourcesDir(),
                new SourceReader(SourceReader.DEFAULT_MAX_BYTES)).documents();
        ExtractionResult result = ExtractionFixture.pipeline().run(docs);
        Map<String, String> bodies = new HashMap<>();
        for (SourceDocument d : docs) bodies.put(ExtractionFixture.IRIS.resource("source", d.name()).getURI(), d.body());

        Map<Node, Map<Node, Node>> props = new HashMap<>();
        for (Quad q : result.quads()) {
            props.computeIfAbsent(q.getSubject(), k -> new HashMap<>()).putIfAbsent(q.getPredicate(), q.getObject());
        }
        Node passageClass = new Terms(ExtractionFixture.IRIS).mig("Passage");
        int checked = 0;
        Set<Node> passages = new HashSet<>();
        for (Quad q : result.quads()) {
            if (!q.getPredicate().equals(Terms.TYPE) || !q.getObject().equals(passageClass) || !passages.add(q.getSubject())) continue;
            Node p = q.getSubject();
            String body = bodies.get(props.get(p).get(Terms.HAS_SOURCE).getURI());
            Node quote = ExtractionFixture.IRIS.selector(p, "quote");
            Node position = ExtractionFixture.IRIS.selector(p, "position");
            int start = Integer.parseInt(props.get(position).get(Terms.START).getLiteralLexicalForm());
            int end = Integer.parseInt(props.get(position).get(Terms.END).getLiteralLexicalForm());
            String cut = body.substring(body.offsetByCodePoints(0, start), body.offsetByCodePoints(0, end));
            assertEquals(cut, props.get(quote).get(Terms.EXACT).getLiteralLexicalForm(), p.getURI());
            String exact = props.get(quote).get(Terms.EXACT).getLiteralLexicalForm();
            assertTrue(p.getURI().matches(".*/id/passage/[a-z0-9-]+/" + eu.migrationkg.vocab.Iris.hash(
                    eu.migrationkg.vocab.Iris.normalise(exact), 12) + "(-[0-9]+)?"), "named by its words, not its offsets: " + p.getURI());
            String prefix = props.get(quote).get(Terms.PREFIX).getLiteralLexicalForm();
            assertTrue(body.substring(0, body.offsetByCodePoints(0, start)).endsWith(prefix), p.getURI());
            checked++;
        }
        assertTrue(checked > 20, "passages checked: " + checked);
        for (Quad q : result.quads()) {
            Node g = q.getGraph();
            assertTrue(passages.contains(g) || g.getURI().startsWith(ExtractionFixture.BASE + "graph/source/"),
                    "every fact is in the graph of a described passage: " + q);
        }
    }
}
