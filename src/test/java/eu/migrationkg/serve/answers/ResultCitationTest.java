package eu.migrationkg.serve.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The pieces of a citation that are text rules: BibTeX's special characters, the title with its values. */
class ResultCitationTest {

    @Test
    void bibtexSpecialCharactersPrintAsThemselves() {
        assertEquals("50\\% \\& \\$3bn \\#1 a\\_b \\{x\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}",
                ResultCitation.escape("50% & $3bn #1 a_b {x} ~ ^ \\"));
        assertEquals("Pact on Migration and Asylum", ResultCitation.escape("Pact on Migration and Asylum"));
    }

    @Test
    void aTitleNamesTheValuesGivenInOrder() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("year", "2026");
        values.put("label", "European Commission");
        assertEquals("Deadlines (year = 2026, label = European Commission)", ResultCitation.title("Deadlines", values));
        assertEquals("Deadlines", ResultCitation.title("Deadlines", Map.of()));
    }

    @Test
    void theCitationFormatIsTheFirstOneAcceptNames() {
        assertEquals(Optional.of(CitationFormat.BIBTEX), CitationFormat.askedBy("text/html;q=0.1, application/x-bibtex"));
        assertEquals(Optional.of(CitationFormat.CSL_JSON),
                CitationFormat.askedBy("Application/Vnd.Citationstyles.Csl+JSON; q=1, application/x-bibtex"));
        assertEquals(Optional.empty(), CitationFormat.askedBy("text/csv"));
        assertEquals(Optional.empty(), CitationFormat.askedBy(null));
    }
}
