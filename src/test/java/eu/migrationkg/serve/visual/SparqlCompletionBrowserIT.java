package eu.migrationkg.serve.visual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.migrationkg.support.PicturesInBrowser;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** In the SPARQL editor, typing {@code mig:} offers the ontology's terms with their labels, from this server. */
class SparqlCompletionBrowserIT {

    @RegisterExtension
    static final PicturesInBrowser session = new PicturesInBrowser();

    @Test
    void typingTheOntologysPrefixOffersItsTermsWithTheirLabels() throws Exception {
        String ns = session.server().base() + "ontology#";
        // The ontology's first class by IRI, and its label, as the endpoint states them.
        String query = "SELECT ?c ?l WHERE { ?c a <http://www.w3.org/2002/07/owl#Class> ; "
                + "<http://www.w3.org/2000/01/rdf-schema#label> ?l FILTER(STRSTARTS(STR(?c), \"" + ns + "\")) } ORDER BY ?c LIMIT 1";
        JsonNode row = new ObjectMapper().readTree(session.server().get("sparql?query="
                        + URLEncoder.encode(query, StandardCharsets.UTF_8), "application/sparql-results+json").body())
                .path("results").path("bindings").get(0);
        String name = "mig:" + row.path("c").path("value").asText().substring(ns.length());
        String label = row.path("l").path("value").asText();

        session.browser().open(session.server().url() + "sparql");
        session.browser().waitUntil(d -> session.browser().js("return !!(window.kgYasgui && window.kgYasgui.getTab())"));
        session.browser().js("var y = window.kgYasgui.getTab().getYasqe();"
                + "y.setValue('PREFIX mig: <" + ns + ">\\nSELECT * WHERE { ?s a ');"
                + "y.focus(); y.setCursor({line: 1, ch: 24});");
        // Typed as keys into the focused editor, as a person types, so that YASQE's own key handling runs.
        new Actions(session.browser().driver()).sendKeys("mig:").perform();
        session.browser().waitUntil(d -> !d.findElements(By.cssSelector(".CodeMirror-hints li")).isEmpty());
        List<String> hints = session.browser().driver().findElements(By.cssSelector(".CodeMirror-hints li")).stream()
                .map(WebElement::getText).toList();
        assertTrue(hints.stream().allMatch(h -> h.startsWith("mig:")), hints.toString());
        assertTrue(hints.contains(name + " \u2014 " + label), name + " with its label among " + hints);
        assertEquals(List.of(), session.browser().errors());
        session.browser().screenshot("sparql-completion");
    }
}
