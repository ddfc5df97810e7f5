package eu.migrationkg.serve.visual;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.migrationkg.support.PicturesInBrowser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The SPARQL editor at /sparql (YASGUI) in a real browser: a query typed in and run shows its rows.
 */
class SparqlEditorBrowserIT {

    @RegisterExtension
    static final PicturesInBrowser session = new PicturesInBrowser();

    private static final String OBJECTIVES = """
            PREFIX mig: <%sontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?objective ?label WHERE { ?objective a mig:Objective ; skos:prefLabel ?label } ORDER BY ?label""";

    @Test
    void aQueryRunInTheEditorShowsItsRows() throws Exception {
        session.browser().open(session.server().url() + "sparql");
        session.browser().waitUntil(d -> session.browser().js("return !!(window.kgYasgui && window.kgYasgui.getTab())"));
        session.browser().js("window.kgYasgui.getTab().getYasqe().setValue(arguments[0])", OBJECTIVES.formatted(session.server().base()));
        session.browser().driver().findElement(By.cssSelector(".yasqe_queryButton")).click();
        session.browser().waitUntil(d -> !d.findElements(By.cssSelector(".yasr table tbody tr td")).isEmpty());
        List<String> labels = session.browser().driver().findElements(By.cssSelector(".yasr table tbody tr")).stream()
                .map(tr -> tr.getText()).toList();
        assertEquals(3, labels.size(), labels.toString());
        assertEquals(List.of(), session.browser().errors());
        session.browser().screenshot("sparql-editor");
    }
}
