package eu.migrationkg.serve.visual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.support.PicturesInBrowser;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** Every kind of page in a real browser: none logs a JavaScript error; each is saved as a screenshot. */
class PagesBrowserIT {

    @RegisterExtension
    static final PicturesInBrowser session = new PicturesInBrowser();

    @Test
    void noPageLogsAnError() throws Exception {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "");
        pages.put("resource", "id/priority/strong-eu-borders");
        pages.put("document", "id/source/ip-26-233");
        pages.put("ontology", "ontology");
        pages.put("explore-whole", "explore");
        pages.put("timeline-whole", "timeline");
        pages.put("figures-whole", "figures");
        for (Map.Entry<String, String> p : pages.entrySet()) {
            session.browser().open(session.server().url() + p.getValue());
            assertEquals(List.of(), session.browser().errors(), p.getValue());
            session.browser().screenshot("page-" + p.getKey());
        }
    }

    @Test
    void aResourcePageLeadsToTheMapCentredOnIt() throws Exception {
        // The IRI is under the namespace; its page is at the same path of the server's address.
        String priority = session.server().base() + "id/priority/strong-eu-borders";
        session.browser().open(session.server().url() + "id/priority/strong-eu-borders");
        session.browser().driver().findElement(By.linkText("Show on the strategy map")).click();
        session.browser().waitUntil(d -> d.getCurrentUrl().equals(session.server().url() + "explore?focus=" + URLEncoder.encode(priority, StandardCharsets.UTF_8)));
        session.browser().waitUntil(d -> session.browser().js("return !!(window.strategyMap && window.strategyMap.cy.nodes().length)"));
        assertTrue((Boolean) session.browser().js("return strategyMap.cy.getElementById(arguments[0]).hasClass('focus')", priority));
        assertEquals(List.of(), session.browser().errors());
    }
}
