package eu.migrationkg.extract.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import eu.migrationkg.extract.ExtractionFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class LegalReferenceRecogniserTest {

    private static final LegalReferenceRecogniser LEGAL = new LegalReferenceRecogniser(
            ExtractionFixture.rules().legalReferences(), ExtractionFixture.reference());

    @Test
    void citationsGetTheirCelexNumberAndTheCuratedActWithIt() {
        List<LegalReferenceMention> refs = Sentences.found("Under Regulation (EU) 2019/1896, Directive (EU) 2021/1883, "
                + "Regulation (EC) No 862/2007 and COM(2025) 101 final.", LegalReferenceMention.class, LEGAL);
        assertEquals(List.of("32019R1896", "32021L1883", "32007R0862", "52025PC0101"),
                refs.stream().map(LegalReferenceMention::celex).toList());
        assertEquals(ExtractionFixture.BASE + "id/legal-act/reg-2019-1896", refs.get(0).curated().getURI());
        assertEquals("http://data.europa.eu/eli/dir/2021/1883/oj", refs.get(1).authoritative().getURI());
        assertNull(refs.get(1).curated());
        assertEquals("Directive", refs.get(1).type());
        assertEquals("Regulation (EC) No 862/2007", refs.get(2).label());
        assertEquals("http://publications.europa.eu/resource/celex/52025PC0101", refs.get(3).authoritative().getURI());
        assertEquals("LegislativeProposal", refs.get(3).type());
        assertEquals("COM(2025) 101", refs.get(3).label());
    }
}
