package eu.migrationkg.serve.visual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.support.Browser;
import eu.migrationkg.support.PicturesInBrowser;
import eu.migrationkg.support.PicturesServer;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.w3c.dom.Document;

/** The strategy map at /explore in a real browser (headless Chromium) against a real server. */
class StrategyMapBrowserIT {

    @RegisterExtension
    static final PicturesInBrowser session = new PicturesInBrowser();

    /** The map's nodes, counted from the graph: every end of a link of the strategy's structure. */
    private static final String NODES = """
            PREFIX mig: <ontology#>
            SELECT (COUNT(DISTINCT ?n) AS ?nodes) WHERE {
              VALUES ?p { mig:hasObjective mig:hasPriority mig:servesObjective mig:hasAction mig:usesInstrument
                          mig:responsibleActor mig:legalBasis mig:hasPart mig:hasMilestone mig:adoptedBy
                          mig:funds mig:fundedFrom mig:recipient }
              { ?n ?p ?o } UNION { ?s ?p ?n }
              FILTER isIRI(?n)
            }""";

    @BeforeEach
    void clearLog() {
        session.browser().open(session.server().url() + "explore");
        session.browser().errors();
    }

    private void openMap(String query) {
        session.browser().open(session.server().url() + "explore" + query);
        session.browser().waitUntil(d -> session.browser().js("return !!(window.strategyMap && window.strategyMap.cy.nodes().length)"));
    }

    private long jsLong(String script) {
        return ((Number) session.browser().js(script)).longValue();
    }

    private String iri(String path) {
        return session.server().base() + path;
    }

    @Test
    void theMapDrawsEveryNodeOfTheStructure() throws Exception {
        long expected = Long.parseLong(PicturesServer.select(session.server(), NODES).get(0).get(0));
        assertTrue(expected > 40, "the fixture gives a map worth drawing: " + expected);
        openMap("");
        assertEquals(expected, jsLong("return strategyMap.cy.nodes().length"));
        assertEquals(expected, jsLong("return strategyMap.cy.nodes(':visible').length"), "all shown without a focus");
        assertTrue(jsLong("return strategyMap.cy.edges(':visible').length") > expected / 2);
        assertTrue(session.browser().driver().findElement(By.id("strategy-map")).isDisplayed(), "the map replaces nothing: it is unhidden");
        assertTrue((Boolean) session.browser().js("""
                const box = strategyMap.cy.nodes().renderedBoundingBox();
                const c = document.getElementById('strategy-map');
                return box.w > c.clientWidth / 3 && box.x1 >= -1 && box.x2 <= c.clientWidth + 1;"""),
                "the layout fills the frame and fits in it");
        assertEquals(List.of(), session.browser().errors());
        session.browser().screenshot("explore");
    }

    @Test
    void selectingANodeOpensItsPage() {
        String priority = iri("id/priority/strong-eu-borders");
        openMap("?focus=" + URLEncoder.encode(priority, StandardCharsets.UTF_8));
        // Where the node is drawn, in the window's coordinates, the map scrolled into view.
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) session.browser().js("""
                const c = document.getElementById('strategy-map');
                c.scrollIntoView({block: 'center'});
                const box = c.getBoundingClientRect();
                const p = strategyMap.cy.getElementById(arguments[0]).renderedPosition();
                return [Math.round(box.left + p.x), Math.round(box.top + p.y)];""", priority);
        new Actions(session.browser().driver()).moveToLocation(at.get(0).intValue(), at.get(1).intValue()).click().perform();
        session.browser().waitUntil(d -> d.getCurrentUrl().equals(session.server().url() + "id/priority/strong-eu-borders"));
    }

    @Test
    void aFocusCentresTheMapAndHighlightsItsNeighbourhood() throws Exception {
        String action = iri("id/action/digital-border-management");
        openMap("?focus=" + URLEncoder.encode(action, StandardCharsets.UTF_8));
        assertTrue((Boolean) session.browser().js("return strategyMap.cy.getElementById(arguments[0]).hasClass('focus')", action));
        // Its neighbours: the priority, two instruments, two actors.
        assertEquals(6, jsLong("return strategyMap.cy.nodes().filter(n => !n.hasClass('faded')).length"));
        assertTrue((Boolean) session.browser().js("""
                const p = strategyMap.cy.getElementById(arguments[0]).renderedPosition();
                const c = document.getElementById('strategy-map');
                return Math.abs(p.x - c.clientWidth / 2) < 2 && Math.abs(p.y - c.clientHeight / 2) < 2;""", action),
                "centred on the focus");
        session.browser().driver().findElement(By.id("map-only")).click();
        assertEquals(6, session.browser().afterInput(() -> jsLong("return strategyMap.cy.nodes(':visible').length"), n -> n == 6),
                "only the neighbourhood");
        new Select(session.browser().driver().findElement(By.id("map-depth"))).selectByValue("2");
        assertTrue(session.browser().afterInput(() -> jsLong("return strategyMap.cy.nodes(':visible').length"), n -> n > 6) > 6,
                "two links away reaches further");
        assertTrue(session.browser().afterInput(() -> session.browser().driver().getCurrentUrl(), u -> u.contains("depth=2")).contains("depth=2"),
                "the address follows the controls");
        assertEquals(List.of(), session.browser().errors());
        session.browser().screenshot("explore-focus");
    }

    @Test
    void theLayoutSuitsTheSizeOfTheMapAndTheAddressKeepsAChosenOne() throws Exception {
        openMap("");
        long shown = jsLong("return strategyMap.cy.nodes(':visible').length");
        String expected = shown > 100 ? "cose" : "breadthfirst";
        assertEquals(expected, new Select(session.browser().driver().findElement(By.id("map-layout"))).getFirstSelectedOption()
                .getAttribute("value"), shown + " nodes");
        assertFalse(session.browser().driver().getCurrentUrl().contains("layout="), "the default is not written into the address");
        new Select(session.browser().driver().findElement(By.id("map-layout"))).selectByValue("concentric");
        String address = session.browser().afterInput(() -> session.browser().driver().getCurrentUrl(), u -> u.contains("layout=concentric"));
        assertTrue(address.contains("layout=concentric"), address);
        openMap("?layout=concentric");
        assertEquals("concentric", session.browser().js("return document.getElementById('map-layout').value"));
        openMap("?layout=nonsense");
        assertEquals(expected, session.browser().js("return document.getElementById('map-layout').value"), "an unknown layout falls back");
        assertEquals(List.of(), session.browser().errors());
    }

    @Test
    void classesCanBeHidden() throws Exception {
        openMap("");
        long all = jsLong("return strategyMap.cy.nodes(':visible').length");
        long acts = Long.parseLong(PicturesServer.select(session.server(),
                "PREFIX mig: <ontology#> SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a mig:LegalAct . ?x mig:legalBasis|mig:hasPart ?a }")
                .get(0).get(0));
        session.browser().driver().findElement(By.cssSelector("input[name=show][value=LegalAct]")).click();
        assertEquals(all - acts, session.browser().afterInput(() -> jsLong("return strategyMap.cy.nodes(':visible').length"),
                n -> n == all - acts));
        assertEquals(0, jsLong("return strategyMap.cy.nodes('[kind = \"LegalAct\"]:visible').length"));
        assertTrue(session.browser().driver().getCurrentUrl().contains("show=Strategy"), session.browser().driver().getCurrentUrl());
    }

    @Test
    void theMapExportsAsSvgAndPng() throws Exception {
        openMap("");
        session.browser().driver().findElement(By.id("map-svg")).click();
        Path svg = downloaded("strategy-map.svg");
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(Files.readAllBytes(svg)));
        assertEquals("svg", doc.getDocumentElement().getLocalName() == null ? doc.getDocumentElement().getTagName()
                : doc.getDocumentElement().getLocalName());
        long nodes = jsLong("return strategyMap.cy.nodes(':visible').length");
        long edges = jsLong("return strategyMap.cy.edges(':visible').length");
        assertEquals(nodes, doc.getElementsByTagName("g").getLength(), "one group per node");
        assertEquals(nodes, doc.getElementsByTagName("text").getLength(), "one label per node");
        assertEquals(edges, doc.getElementsByTagName("line").getLength(), "one line per link");

        session.browser().driver().findElement(By.id("map-png")).click();
        byte[] png = Files.readAllBytes(downloaded("strategy-map.png"));
        assertTrue(png.length > 10_000, "a drawn map, not an empty image: " + png.length + " bytes");
        assertEquals(List.of((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G'), List.of(png[0], png[1], png[2], png[3]));
        assertEquals(List.of(), session.browser().errors());
    }

    private Path downloaded(String name) {
        Path file = session.browser().downloads().resolve(name);
        session.browser().waitUntil(d -> {
            try (Stream<Path> s = Files.list(session.browser().downloads())) {
                return Files.isRegularFile(file) && s.noneMatch(p -> p.toString().endsWith(".crdownload"));
            } catch (java.io.IOException e) {
                return false;
            }
        });
        return file;
    }

    @Test
    void onAPhoneTheMapFitsTheScreen() throws Exception {
        try (Browser phone = Browser.start(Browser.PHONE)) {
            phone.open(session.server().url() + "explore");
            phone.waitUntil(d -> phone.js("return !!(window.strategyMap && window.strategyMap.cy.nodes().length)"));
            assertTrue((Boolean) phone.js("return document.documentElement.scrollWidth <= screen.width"),
                    "nothing wider than the screen");
            assertEquals(List.of(), phone.errors());
            phone.screenshot("explore-phone");
        }
    }
}
