package eu.migrationkg.extract.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import eu.migrationkg.extract.Candidate;
import eu.migrationkg.extract.Extraction;
import eu.migrationkg.extract.ExtractionFixture;
import eu.migrationkg.extract.Merge;
import eu.migrationkg.extract.Passage;
import eu.migrationkg.extract.Extracted;
import eu.migrationkg.extract.text.CodePoints;
import eu.migrationkg.extract.text.SourceText;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

class EntityResolverTest {

    private final Passage p = new Passage(new SourceText(Extracted.document("d", "some text here"),
            CodePoints.of("some text here")), 0, 4, "sentence");

    private Resolution resolve(Extraction ex) {
        return new EntityResolver(ExtractionFixture.IRIS, List.of()).resolve(ex);
    }

    @Test
    void sameWordingAndAcronymMakeOneResourceNamedByItsFullName() {
        Extraction ex = new Extraction();
        Candidate acr = ex.candidate("instrument", "InformationSystem", "HSS", p);
        Candidate full = ex.candidate("instrument", "InformationSystem", "Harbour Safety System", p).acronym("HSS");
        Candidate again = ex.candidate("instrument", "InformationSystem", "harbour safety systems", p);
        Resolution r = resolve(ex);
        assertEquals(r.groupOf(acr), r.groupOf(full));
        assertEquals(r.groupOf(full), r.groupOf(again));
        assertEquals(ExtractionFixture.BASE + "id/instrument/harbour-safety-system", full.resolved().getURI());
        assertEquals(List.of("acronym", "same-name"), r.mergesOf(r.groupOf(full)).stream().map(Merge::rule).sorted().toList());
    }

    @Test
    void twoKnownResourcesAreNeverJoinedAndAmountsNeverByWording() {
        Extraction ex = new Extraction();
        Candidate a = ex.known("actor", NodeFactory.createURI("http://x/a"), "Commission", p);
        Candidate b = ex.known("actor", NodeFactory.createURI("http://x/b"), "Commission", p);
        Candidate m1 = ex.candidate("funding", "Funding", "€3 billion", p).attribute("distinct", "true").slug("d-3-billion");
        Candidate m2 = ex.candidate("funding", "Funding", "€3 billion", p).attribute("distinct", "true").slug("d-3-billion");
        Resolution r = resolve(ex);
        assertNotEquals(r.groupOf(a), r.groupOf(b));
        assertNotEquals(m1.resolved(), m2.resolved());
        assertEquals(ExtractionFixture.BASE + "id/funding/d-3-billion-2", m2.resolved().getURI());
    }

    @Test
    void longSlugsAreCutAtAWordBoundaryAndKeepAHashOfAllTheWords() {
        String words = "a ".repeat(30) + "word " + "b".repeat(30);
        String s = eu.migrationkg.vocab.Iris.key(words, EntityResolver.MAX_SLUG);
        assertEquals(true, s.length() <= EntityResolver.MAX_SLUG && !s.endsWith("-"), s);
        assertEquals(s, eu.migrationkg.vocab.Iris.key(words, EntityResolver.MAX_SLUG), "the same words, the same key");
        assertNotEquals(s, eu.migrationkg.vocab.Iris.key(words + " more", EntityResolver.MAX_SLUG),
                "two long wordings that start alike do not share a key");
        assertEquals("short-words", eu.migrationkg.vocab.Iris.key("Short words", EntityResolver.MAX_SLUG));
    }
}
