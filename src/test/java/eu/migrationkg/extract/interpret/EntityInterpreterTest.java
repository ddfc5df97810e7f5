package eu.migrationkg.extract.interpret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.extract.Extracted;
import eu.migrationkg.extract.Merge;
import eu.migrationkg.extract.Terms;
import eu.migrationkg.extract.resolve.Resolution;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EntityInterpreterTest {

    @Test
    void shortFormsAndPronounsStandForTheThingNamedBefore() {
        Extracted x = Extracted.from("We present the Harbour Strategy. It is based on the AMMR. The Strategy ends in 2030.");
        String s = "id/strategy/harbour-strategy";
        assertEquals(3, x.objects(s, "mentionedIn").size(), "named, 'It' and 'the Strategy'");
        Resolution.Group g = x.result.resolution().group(Extracted.iri(s).getURI()).orElseThrow();
        Set<String> rules = g.members().stream().flatMap(c -> x.result.resolution().mergesOf(g).stream()).map(Merge::rule)
                .collect(java.util.stream.Collectors.toSet());
        assertEquals(Set.of("pronoun", "short-form"), rules);
        assertEquals(Set.of("id/legal-act/reg-2024-1351"), x.objects(s, "legalBasis"));
    }

    @Test
    void aNewNameWithAnAcronymIsOneResourceAndTheBareAcronymLaterIsToo() {
        Extracted x = Extracted.from("It launches the Harbour Safety System (HSS). Later the HSS grows.");
        String s = "id/instrument/harbour-safety-system";
        assertEquals(Set.of("HSS"), x.objects(s, Terms.ALT_LABEL));
        assertEquals(2, x.objects(s, "mentionedIn").size());
        assertTrue(x.result.resolution().group(Extracted.iri(s).getURI()).orElseThrow().members().size() >= 2);
    }
}
