package eu.migrationkg.serve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import org.junit.jupiter.api.Test;

class LinksTest {

    private static final String BASE = "https://example.org/kg/";

    @Test
    void linksAreRelativeToThePageSoTheyWorkUnderAnyBasePath() {
        Links home = Links.forPath(BASE, "");
        Links resource = Links.forPath(BASE, "id/instrument/x");
        assertEquals("./", home.home());
        assertEquals("sparql", home.to("sparql"));
        assertEquals("../../sparql", resource.to("sparql"));
        assertEquals("../../", resource.home());
        assertEquals("../../assets/site.css", resource.asset("site.css"));
        // Resolved against the page's public address, every link stays under the public base.
        URI page = URI.create(BASE + "id/instrument/x");
        assertEquals(BASE + "sparql", page.resolve(resource.to("sparql")).toString());
        assertEquals(BASE, page.resolve(resource.home()).toString());
        assertEquals(BASE + "dumps/", URI.create(BASE).resolve(home.to("dumps/")).toString());
    }

    @Test
    void ourIrisLinkIntoTheSiteOthersAsTheyAreAndOtherSchemesNotAtAll() {
        Links l = Links.forPath(BASE, "id/priority/p");
        assertEquals("../../id/actor/commission", l.iri(BASE + "id/actor/commission"));
        assertEquals("../../ontology#Priority", l.iri(BASE + "ontology#Priority"));
        assertEquals("http://www.wikidata.org/entity/Q1", l.iri("http://www.wikidata.org/entity/Q1"));
        assertNull(l.iri("javascript:alert(1)"));
        assertNull(l.iri("urn:isbn:0451450523"));
    }

    @Test
    void queryParametersAreEncoded() {
        Links l = Links.forPath(BASE, "");
        assertEquals("sparql?query=ASK+%7B+%3Fs+%3Fp+%3Fo+%7D%26x%3D1", l.sparql("ASK { ?s ?p ?o }&x=1"));
    }

    @Test
    void webJarLinksCarryTheVersionOnTheClasspath() {
        assertEquals("../webjars/kg-test-webjar/1.2.3/dist/hello.js",
                Links.forPath(BASE, "queries/x").webjar("kg-test-webjar", "dist/hello.js"));
    }

    @Test
    void scriptSafeJsonCannotCloseTheScriptElement() {
        String json = "{\"a\":\"</script><script>alert(1)</script> & <!--\"}";
        String safe = PageFrame.scriptSafe(json);
        assertEquals(-1, safe.indexOf('<'));
        assertEquals(-1, safe.indexOf('>'));
        assertEquals("{\"a\":\"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u0026 \\u003c!--\"}", safe);
    }
}
