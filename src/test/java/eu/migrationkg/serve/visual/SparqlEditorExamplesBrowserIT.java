package eu.migrationkg.serve.visual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.support.Browser;
import eu.migrationkg.support.FixtureProject;
import eu.migrationkg.support.RunningServer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The editor's examples in a real browser: a saved query opens in a tab of its own, named after it,
 * runs and shows its rows; the editor starts with the graph's prefixes.
 */
class SparqlEditorExamplesBrowserIT {

    @TempDir static Path dir;
    private static RunningServer server;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start(FixtureProject.projectWith(dir, FixtureProject.QUERY_FILE));
        browser = Browser.start(Browser.DESKTOP);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (server != null) server.close();
    }

    @Test
    void anExampleOpensInItsOwnTabAndRuns() throws Exception {
        browser.open(server.url() + "sparql");
        browser.waitUntil(d -> browser.js("return !!(window.kgYasgui && window.kgYasgui.getTab())"));
        String first = (String) browser.js("return window.kgYasgui.getTab().getYasqe().getValue()");
        assertTrue(first.contains("PREFIX mig: <" + server.base() + "ontology#>"), first);

        browser.driver().findElements(By.cssSelector("a[data-example]")).stream()
                .filter(a -> a.getText().equals("Documents <by> date & title")).findFirst().orElseThrow().click();
        browser.waitUntil(d -> !d.findElements(By.cssSelector(".yasr table tbody tr td")).isEmpty());
        String tabName = (String) browser.js("return window.kgYasgui.getTab().getName()");
        assertEquals("Documents <by> date & title", tabName);
        String query = (String) browser.js("return window.kgYasgui.getTab().getYasqe().getValue()");
        assertTrue(query.startsWith("BASE <" + server.base() + ">\nPREFIX dct:"), query);
        List<String> rows = browser.driver().findElements(By.cssSelector(".yasr table tbody tr")).stream()
                .map(tr -> tr.getText()).toList();
        assertEquals(2, rows.size(), "one row per source document: " + rows);
        assertEquals(List.of(), browser.errors());
        browser.screenshot("sparql-editor-example");
    }
}
