package eu.migrationkg.serve.visual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.support.PicturesInBrowser;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * After a query runs in the SPARQL editor, "Cite this result" shows the answer's permanent address,
 * its release and the SHA-256 of what that address gives, with BibTeX naming the same address.
 */
class SparqlCiteBrowserIT {

    @RegisterExtension
    static final PicturesInBrowser session = new PicturesInBrowser();

    @Test
    void anAnswerInTheEditorShowsItsCitationWithTheDigestOfTheCitedBytes() throws Exception {
        String query = "SELECT ?s WHERE { ?s a ?t } ORDER BY ?s LIMIT 4";
        session.browser().open(session.server().url() + "sparql#query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20") + "&tabTitle=cite");
        session.browser().waitUntil(d -> d.findElement(By.id("kg-cite")).isDisplayed());

        String url = session.browser().driver().findElement(By.cssSelector("#kg-cite [data-cite-url]")).getText();
        String release = session.server().store().release().value();
        assertTrue(url.startsWith(session.server().url() + "cite/" + release + "/sparql?"), url);
        assertEquals(release, session.browser().driver().findElement(By.cssSelector("#kg-cite [data-cite-release]")).getText());

        byte[] cited = session.server().getBytes(url.substring(session.server().url().length())).body();
        String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(cited));
        assertEquals(digest, session.browser().driver().findElement(By.cssSelector("#kg-cite [data-cite-sha256]")).getText());
        String bibtex = String.valueOf(session.browser().js(
                "return document.querySelector('#kg-cite [data-cite-bibtex]').textContent"));
        assertTrue(bibtex.contains("url = {" + url + "}"), bibtex);
        assertEquals(List.of(), session.browser().errors());
        session.browser().screenshot("sparql-cite");
    }
}
