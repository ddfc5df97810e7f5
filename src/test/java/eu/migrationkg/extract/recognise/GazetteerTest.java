package eu.migrationkg.extract.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.migrationkg.extract.text.Tokens;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private static Gazetteer gazetteer(String... labels) {
        Gazetteer g = new Gazetteer();
        for (String l : labels) {
            g.add(new Gazetteer.Entry(l, "instrument", null, NodeFactory.createURI("http://x/" + Tokens.key(l).replace(' ', '-'))));
        }
        return g;
    }

    private static List<String> find(Gazetteer g, String text) {
        return g.find(text, Tokens.words(text)).stream().map(Gazetteer.Match::wording).toList();
    }

    @Test
    void findsTheLongestNameAtEachPlace() {
        Gazetteer g = gazetteer("Talent Pool", "EU Talent Pool", "Pool");
        assertEquals(List.of("EU Talent Pool", "Talent Pool"), find(g, "The EU Talent Pool and the Talent Pool."));
    }

    @Test
    void foldsPluralPunctuationAndPossessive() {
        Gazetteer g = gazetteer("Asylum, Migration and Integration Fund", "EU");
        assertEquals(List.of("Asylum, Migration, and Integration Funds", "EU’s"),
                find(g, "See Asylum, Migration, and Integration Funds of the EU’s budget."));
    }

    @Test
    void acronymsMatchTheirCapitalsAndNamesStartWithACapital() {
        Gazetteer g = gazetteer("EES", "Pact");
        assertEquals(List.of("EES", "Pact"), find(g, "ees and EES; a pact, the Pact"));
    }

    @Test
    void aWordInsideAnotherIsNotAName() {
        Gazetteer g = gazetteer("EU");
        assertEquals(List.of(), find(g, "Non-EU citizens and EU-wide rules"));
    }
}
