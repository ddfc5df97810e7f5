package eu.migrationkg.serve.visual;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.migrationkg.support.Browser;
import eu.migrationkg.support.PicturesServer;
import eu.migrationkg.support.RunningServer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The SPARQL editor at /sparql (YASGUI) in a real browser: a query typed in and run shows its rows.
 */
class SparqlEditorBrowserIT {

    @TempDir static Path dir;
    private static RunningServer server;
    private static Browser browser;

    private static final String OBJECTIVES = """
            PREFIX mig: <%sontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?objective ?label WHERE { ?objective a mig:Objective ; skos:prefLabel ?label } ORDER BY ?label""";

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
    void aQueryRunInTheEditorShowsItsRows() throws Exception {
        browser.open(server.url() + "sparql");
        browser.waitUntil(d -> browser.js("return !!(window.kgYasgui && window.kgYasgui.getTab())"));
        browser.js("window.kgYasgui.getTab().getYasqe().setValue(arguments[0])", OBJECTIVES.formatted(server.base()));
        browser.driver().findElement(By.cssSelector(".yasqe_queryButton")).click();
        browser.waitUntil(d -> !d.findElements(By.cssSelector(".yasr table tbody tr td")).isEmpty());
        List<String> labels = browser.driver().findElements(By.cssSelector(".yasr table tbody tr")).stream()
                .map(tr -> tr.getText()).toList();
        assertEquals(3, labels.size(), labels.toString());
        assertEquals(List.of(), browser.errors());
        browser.screenshot("sparql-editor");
    }
}
