package eu.migrationkg.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void wordsKeepInnerPunctuation() {
        assertEquals(List.of("Entry/Exit", "System", "EES", "EU’s", "Non-EU", "27.3"),
                Tokens.words("the Entry/Exit System (EES), the EU’s Non-EU 27.3.").stream()
                        .map(Tokens.Token::text).filter(w -> !w.equals("the")).toList());
    }

    @Test
    void keysFoldCasePluralPossessiveAndPunctuation() {
        assertEquals(Tokens.key("Asylum, Migration and Integration Fund"), Tokens.key("Asylum, Migration, and Integration Funds"));
        assertEquals("eu talent pool", Tokens.key("the EU’s Talent Pool").replaceFirst("^the ", ""));
        assertEquals("etias", Tokens.key("ETIAS"));
        assertEquals("status", Tokens.key("status"));
    }
}
