package eu.migrationkg.serve.visual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.support.Browser;
import eu.migrationkg.support.PicturesServer;
import eu.migrationkg.support.RunningServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/** Every kind of page in a real browser: none logs a JavaScript error; each is saved as a screenshot. */
class PagesBrowserIT {

    @TempDir static Path dir;
    private static RunningServer server;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        server = PicturesServer.start(dir);
        browser = Browser.start(Browser.DESKTOP);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (server != null) server.close();
    }

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
            browser.open(server.url() + p.getValue());
            assertEquals(List.of(), browser.errors(), p.getValue());
            browser.screenshot("page-" + p.getKey());
        }
    }

    @Test
    void aResourcePageLeadsToTheMapCentredOnIt() throws Exception {
        String priority = server.base() + "id/priority/strong-eu-borders";
        browser.open(priority);
        browser.driver().findElement(By.linkText("Show on the strategy map")).click();
        browser.waitUntil(d -> d.getCurrentUrl().equals(server.url() + "explore?focus=" + URLEncoder.encode(priority, StandardCharsets.UTF_8)));
        browser.waitUntil(d -> browser.js("return !!(window.strategyMap && window.strategyMap.cy.nodes().length)"));
        assertTrue((Boolean) browser.js("return strategyMap.cy.getElementById(arguments[0]).hasClass('focus')", priority));
        assertEquals(List.of(), browser.errors());
    }
}
