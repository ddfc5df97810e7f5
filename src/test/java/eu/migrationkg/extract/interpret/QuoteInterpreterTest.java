package eu.migrationkg.extract.interpret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.extract.Extracted;
import eu.migrationkg.extract.Terms;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuoteInterpreterTest {

    @Test
    void aQuotationWithItsSignatureGivesSpeakerPostAndDate() {
        Extracted x = Extracted.from("""
                Quote(s):

                "We open the Pact on Migration and Asylum today. It starts as of June this year."
                Ada Lovelace, Commissioner for Engines and Computation - 12/03/2026
                """);
        String quote = "id/quote/ada-lovelace-2026-03-12";
        assertEquals(Set.of("We open the Pact on Migration and Asylum today. It starts as of June this year."),
                x.objects(quote, "quoteText"));
        assertEquals(Set.of("id/person/ada-lovelace"), x.objects(quote, "speaker"));
        String post = "id/post/commissioner-for-engines-and-computation";
        assertEquals(Set.of(post), x.objects(quote, "speakerRole"));
        assertEquals(Set.of(post), x.objects("id/person/ada-lovelace", Terms.ORG_HOLDS));
        assertEquals(Set.of("2026-03-12"), x.objects(quote, Terms.DATE));
        assertEquals(Set.of("Ada Lovelace"), x.objects("id/person/ada-lovelace", Terms.PREF_LABEL));
        assertEquals(Set.of("http://www.w3.org/ns/org#Post"), x.objects(post, Terms.TYPE));
        assertTrue(x.ofType("Milestone").isEmpty(), "what a speaker says is quoted, not stated as fact");
        assertTrue(!x.objects("id/instrument/pact-on-migration-and-asylum", "mentionedIn").isEmpty(),
                "the things a quotation names are still mentioned in it");
    }

    @Test
    void aSignatureWithADateThatDoesNotExistIsReported() {
        Extracted x = Extracted.from("\"Words.\"\nAda Lovelace, Commissioner - 31/02/2026\n");
        assertEquals(1, x.result.problems().size());
        assertEquals(10, x.result.problems().get(0).line());
        assertTrue(x.result.problems().get(0).getMessage().contains("31/02/2026"));
        assertTrue(x.ofType("Quote").isEmpty());
    }
}
