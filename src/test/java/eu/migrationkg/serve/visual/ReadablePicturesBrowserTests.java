package eu.migrationkg.serve.visual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.migrationkg.support.Browser;
import eu.migrationkg.support.CorpusInBrowser;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * The pictures stay readable whatever the corpus: run on the seed documents and on a generated large
 * corpus (see the subclasses), in a real browser at 1280 px wide, against a real server.
 */
abstract class ReadablePicturesBrowserTests {

    /** Names on screen are at least this many CSS pixels tall (the bar for the first view). */
    static final double READABLE_PX = 11;
    /** The most a picture page sends, in bytes, whatever the corpus. */
    static final int PAGE_BYTES = 300_000;

    abstract CorpusInBrowser session();

    /** A prefix for the screenshots of this corpus. */
    abstract String name();

    private Browser browser() { return session().browser(); }

    private void openMap(String query) {
        browser().open(session().server().url() + "explore" + query);
        browser().waitUntil(d -> Boolean.TRUE.equals(browser().js("return !!(window.strategyMap && window.strategyMap.ready)")));
        browser().errors();
    }

    private long jsLong(String script, Object... args) {
        return ((Number) browser().js(script, args)).longValue();
    }

    /** Every drawn node's label size on screen (font size × zoom) and whether the node is inside the map's frame. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> drawnLabels() {
        return (List<Map<String, Object>>) browser().js("""
                const cy = strategyMap.cy;
                return cy.nodes(':visible').map(n => {
                  const p = n.renderedPosition();
                  return { label: n.data('label'), px: n.numericStyle('font-size') * cy.zoom(),
                           inside: p.x >= 0 && p.y >= 0 && p.x <= cy.width() && p.y <= cy.height() };
                });""");
    }

    private void assertReadable(List<Map<String, Object>> labels) {
        for (Map<String, Object> l : labels) {
            double px = ((Number) l.get("px")).doubleValue();
            assertTrue(px >= READABLE_PX, l.get("label") + " is drawn " + px + " px tall");
        }
    }

    @Test
    void theMapOpensOnAReadableOverview() throws Exception {
        browser().driver().manage().window().setSize(Browser.DESKTOP);
        openMap("");
        List<Map<String, Object>> labels = drawnLabels();
        assertFalse(labels.isEmpty());
        assertTrue(labels.size() <= StrategyMap.OVERVIEW_LIMIT, labels.size() + " nodes at first");
        assertReadable(labels);
        labels.forEach(l -> assertEquals(Boolean.TRUE, l.get("inside"), l.get("label") + " is inside the frame at first"));
        assertEquals(0, jsLong("return strategyMap.cy.nodes(':visible').filter(n => !['Strategy','Objective','Priority'].includes(n.data('kind'))).length"),
                "the overview is the top of the strategy");
        assertTrue((Boolean) browser().js("return strategyMap.cy.nodes('[kind = \"Priority\"]').some(n => /\\d actions?/.test(n.data('display')))"),
                "a priority counts the actions below it");
        String summary = browser().driver().findElement(By.id("map-summary")).getText();
        assertTrue(summary.startsWith("The overview draws"), summary);
        assertTrue(browser().driver().findElement(By.cssSelector(".map-limits")).getText().contains("the overview draws at most " + StrategyMap.OVERVIEW_LIMIT + " nodes"));
        assertEquals(List.of(), browser().errors());
        browser().screenshot(name() + "-explore-overview");
    }

    /** The priority with the most actions below it. */
    private String busiestPriority() {
        return (String) browser().js("""
                const ps = strategyMap.cy.nodes('[kind = "Priority"]').toArray();
                const actions = n => { const m = /([\\d,]+) actions?/.exec(n.data('display')); return m ? parseInt(m[1].replace(/,/g, '')) : 0; };
                ps.sort((a, b) => actions(b) - actions(a));
                return ps[0].id();""");
    }

    @Test
    void selectingANodeOpensItOutAndCountsBigClasses() throws Exception {
        openMap("");
        String priority = busiestPriority();
        JsonNode expected = new ObjectMapper().readTree(session().server().get("explore/expand?node="
                + URLEncoder.encode(priority, StandardCharsets.UTF_8), "application/json").body());
        long before = jsLong("return strategyMap.cy.nodes().length");
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) browser().js("""
                const c = document.getElementById('strategy-map');
                c.scrollIntoView({block: 'center'});
                const box = c.getBoundingClientRect();
                const p = strategyMap.cy.getElementById(arguments[0]).renderedPosition();
                return [Math.round(box.left + p.x), Math.round(box.top + p.y)];""", priority);
        new Actions(browser().driver()).moveToLocation(at.get(0).intValue(), at.get(1).intValue()).click().perform();
        browser().waitUntil(d -> jsLong("return strategyMap.cy.nodes().length") > before);
        browser().waitUntil(d -> browser().driver().findElement(By.id("map-status")).getText().contains("added around"));
        for (JsonNode n : expected.path("nodes")) {
            assertEquals(1, jsLong("return strategyMap.cy.getElementById(arguments[0]).length", n.path("id").asText()), n.toString());
        }
        assertTrue(browser().driver().findElement(By.id("map-panel-label")).getText().contains("Priority"), "the panel names the selection");
        assertTrue(browser().driver().findElement(By.id("map-panel-open")).getAttribute("href").contains("id/priority/"), "and links to its page");
        assertReadable(drawnLabels());
        browser().screenshot(name() + "-explore-expanded");

        // A counting node adds its resources a few at a time.
        String counting = (String) browser().js("const c = strategyMap.cy.nodes('[count > 0]'); return c.length ? c[0].id() : null;");
        boolean big = false;
        for (JsonNode n : expected.path("nodes")) big |= n.path("count").asInt() > 0;
        assertEquals(big, counting != null, "a counting node exactly when a class has more than " + StrategyMap.GROUP_LIMIT);
        if (counting != null) {
            long count = jsLong("return strategyMap.cy.getElementById(arguments[0]).data('count')", counting);
            long nodes = jsLong("return strategyMap.cy.nodes().length");
            browser().js("strategyMap.expand(strategyMap.cy.getElementById(arguments[0]))", counting);
            browser().waitUntil(d -> jsLong("return strategyMap.cy.nodes().length") > nodes);
            long added = jsLong("return strategyMap.cy.nodes().length") - nodes;
            assertEquals(Math.min(count, StrategyMap.GROUP_LIMIT) - (count <= StrategyMap.GROUP_LIMIT ? 1 : 0), added,
                    "the next resources join (the counting node goes once it is empty)");
            if (count > StrategyMap.GROUP_LIMIT) {
                assertEquals(count - StrategyMap.GROUP_LIMIT, jsLong("return strategyMap.cy.getElementById(arguments[0]).data('count')", counting));
            }
            assertReadable(drawnLabels());
            browser().screenshot(name() + "-explore-counting-node-opened");
        }
        assertEquals(List.of(), browser().errors());
    }

    @Test
    void theMapWorksFromTheKeyboard() throws Exception {
        openMap("");
        WebElement map = browser().driver().findElement(By.id("strategy-map"));
        browser().js("arguments[0].focus()", map);
        assertEquals(map, browser().driver().switchTo().activeElement(), "the map takes the focus");
        new Actions(browser().driver()).sendKeys(Keys.HOME).perform();
        String first = browser().afterInput(() -> (String) browser().js("const s = strategyMap.cy.nodes(':selected'); return s.length ? s[0].id() : '';"),
                s -> !s.isEmpty());
        assertFalse(first.isEmpty(), "Home selects the first node");
        new Actions(browser().driver()).sendKeys(Keys.ARROW_RIGHT).perform();
        String second = browser().afterInput(() -> (String) browser().js("return strategyMap.cy.nodes(':selected')[0].id()"), s -> !s.equals(first));
        assertFalse(second.equals(first), "an arrow moves to the next node");
        assertTrue(browser().driver().findElement(By.id("map-status")).getText().contains("Enter opens it out"));
        long before = jsLong("return strategyMap.cy.nodes().length");
        new Actions(browser().driver()).sendKeys(Keys.ENTER).perform();
        browser().waitUntil(d -> jsLong("return strategyMap.cy.nodes().length") > before
                || browser().driver().findElement(By.id("map-status")).getText().contains("added around"));
        assertEquals(List.of(), browser().errors());
    }

    @Test
    void theSearchBoxCentresTheMapOnAResourceByName() throws Exception {
        openMap("");
        // An instrument: not drawn in the overview.
        JsonNode instruments = new ObjectMapper().readTree(session().server().get("explore/expand?kind=Instrument", "application/json").body());
        JsonNode target = instruments.path("nodes").get(0);
        String label = target.path("label").asText();
        WebElement box = browser().driver().findElement(By.id("map-find"));
        box.sendKeys(label);
        box.sendKeys(Keys.ENTER);
        String id = target.path("id").asText();
        browser().waitUntil(d -> Boolean.TRUE.equals(browser().js("const n = strategyMap.cy.getElementById(arguments[0]); return n.length > 0 && n.hasClass('focus');", id))
                || Boolean.TRUE.equals(browser().js("return strategyMap.cy.nodes('.focus').length > 0")));
        String focused = (String) browser().js("return strategyMap.cy.nodes('.focus')[0].data('label')");
        assertTrue(focused.toLowerCase().contains(label.toLowerCase()), focused + " for " + label);
        assertTrue((Boolean) browser().js("""
                const n = strategyMap.cy.nodes('.focus')[0];
                const p = n.renderedPosition();
                const cy = strategyMap.cy;
                return Math.abs(p.x - cy.width() / 2) < 3 && Math.abs(p.y - cy.height() / 2) < 3;"""), "centred on it");
        assertTrue(browser().driver().getCurrentUrl().contains("focus="), "the address can be shared: " + browser().driver().getCurrentUrl());
        assertReadable(drawnLabels());
        assertEquals(List.of(), browser().errors());
        browser().screenshot(name() + "-explore-found");

        // The shared address draws the same focus, from the server.
        openMap(browser().driver().getCurrentUrl().replaceFirst("^[^?]*", ""));
        assertTrue((Boolean) browser().js("const f = strategyMap.cy.nodes('.focus'); return f.length === 1;"));
        assertTrue(browser().driver().findElement(By.id("map-summary")).getText().startsWith("The map draws"));
    }

    @Test
    void theTimelineFiltersByPriorityAndPeriodAndPages() throws Exception {
        browser().open(session().server().url() + "timeline");
        browser().errors();
        Select priority = new Select(browser().driver().findElement(By.id("filter-priority")));
        assertTrue(priority.getOptions().size() > 1, "priorities to choose from");
        WebElement option = priority.getOptions().get(1);
        String chosen = option.getText();
        String iri = option.getAttribute("value");
        priority.selectByIndex(1);
        browser().driver().findElement(By.cssSelector(".filters button[type=submit]")).click();
        browser().waitUntil(d -> d.getCurrentUrl().contains("priority="));
        List<WebElement> headings = browser().driver().findElements(By.cssSelector("section.timeline-group h2"));
        assertFalse(headings.isEmpty(), "the priority has dates");
        headings.forEach(h -> assertTrue(h.getText().endsWith(chosen), h.getText()));
        assertTrue(browser().driver().getCurrentUrl().contains(URLEncoder.encode(iri, StandardCharsets.UTF_8)), "the address keeps the filter");
        assertEquals(browser().driver().findElements(By.cssSelector("ol.timeline > li")).size(), chartPoints(), "the chart draws what is listed");
        assertTrue(browser().driver().findElements(By.cssSelector("ol.timeline > li")).size() <= Timeline.PAGE_SIZE);
        browser().screenshot(name() + "-timeline-priority");

        String year = browser().driver().findElement(By.cssSelector("ol.timeline time")).getAttribute("datetime").substring(0, 4);
        browser().open(session().server().url() + "timeline?from=" + year + "&to=" + year);
        browser().driver().findElements(By.cssSelector("ol.timeline time"))
                .forEach(t -> assertTrue(t.getAttribute("datetime").startsWith(year), t.getAttribute("datetime")));
        assertEquals(year, browser().driver().findElement(By.id("filter-from")).getAttribute("value"), "the form shows the period");

        browser().open(session().server().url() + "timeline");
        List<WebElement> next = browser().driver().findElements(By.cssSelector("nav.pager a[rel=next]"));
        if (!next.isEmpty()) {
            String firstEntry = browser().driver().findElement(By.cssSelector("ol.timeline > li")).getText();
            next.get(0).click();
            browser().waitUntil(d -> d.getCurrentUrl().contains("page=2"));
            assertFalse(browser().driver().findElement(By.cssSelector("ol.timeline > li")).getText().equals(firstEntry), "page 2 goes on");
            assertEquals(browser().driver().findElements(By.cssSelector("ol.timeline > li")).size(), chartPoints());
        }
        assertEquals(List.of(), browser().errors());
    }

    private long chartPoints() {
        WebElement canvas = browser().driver().findElement(By.cssSelector("#timeline-overview canvas"));
        return jsLong("return Chart.getChart(arguments[0]).data.datasets.reduce((n, d) => n + d.data.length, 0)", canvas);
    }

    @Test
    void theFiguresFilterByPeriodAndInstrument() throws Exception {
        browser().open(session().server().url() + "figures");
        browser().errors();
        int all = browser().driver().findElements(By.cssSelector("#amounts ~ ul.figures-list > li")).size();
        WebElement from = browser().driver().findElement(By.id("filter-from"));
        from.sendKeys("2028");
        browser().driver().findElement(By.id("filter-to")).sendKeys("2034");
        browser().driver().findElement(By.cssSelector(".filters button[type=submit]")).click();
        browser().waitUntil(d -> d.getCurrentUrl().contains("from=2028"));
        List<WebElement> amounts = browser().driver().findElements(By.cssSelector("#amounts ~ ul.figures-list > li"));
        assertFalse(amounts.isEmpty());
        assertTrue(amounts.size() <= Math.max(all, Figures.PAGE_SIZE));
        amounts.forEach(a -> assertTrue(a.getText().contains("2028"), a.getText()));
        assertTrue(Canvases.painted(browser(), browser().driver().findElement(By.cssSelector("#funding-1 canvas"))) > 0.01, "the chart is drawn");
        assertTrue(browser().driver().findElement(By.id("figures-summary")).getText().contains("2028–2034"));
        browser().screenshot(name() + "-figures-period");

        Select instrument = new Select(browser().driver().findElement(By.id("filter-instrument")));
        instrument.selectByIndex(1);
        String chosen = instrument.getFirstSelectedOption().getText();
        browser().driver().findElement(By.cssSelector(".filters button[type=submit]")).click();
        browser().waitUntil(d -> d.getCurrentUrl().contains("instrument="));
        browser().driver().findElements(By.cssSelector("#amounts ~ ul.figures-list > li"))
                .forEach(a -> assertTrue(a.getText().contains("From " + chosen), a.getText()));
        assertTrue(browser().driver().getCurrentUrl().contains("from=2028"), "the filters add up in the address");
        assertEquals(List.of(), browser().errors());
    }

    @Test
    void eachPicturePageSendsABoundedAmount() throws Exception {
        for (String path : List.of("explore", "timeline", "figures")) {
            var r = session().server().get(path, "text/html");
            assertEquals(200, r.statusCode(), path);
            int bytes = r.body().getBytes(StandardCharsets.UTF_8).length;
            assertTrue(bytes <= PAGE_BYTES, path + " sends " + bytes + " bytes");
        }
    }

    @Test
    void theMapsColoursPassWcagAa() {
        openMap("");
        // Labels on their own background, and node outlines against the page: AA asks 4.5:1 and 3:1.
        Number text = (Number) browser().js(CONTRAST + "const n = strategyMap.cy.nodes()[0];"
                + "return contrast(n.style('color'), n.style('text-background-color'));");
        Number outline = (Number) browser().js(CONTRAST + "const n = strategyMap.cy.nodes()[0];"
                + "return contrast(n.style('border-color'), getComputedStyle(document.getElementById('strategy-map')).backgroundColor);");
        Number meta = (Number) browser().js(CONTRAST + "const e = document.querySelector('.map-limits');"
                + "return contrast(getComputedStyle(e).color, getComputedStyle(document.documentElement).getPropertyValue('--paper'));");
        assertTrue(text.doubleValue() >= 4.5, "labels " + text);
        assertTrue(outline.doubleValue() >= 3, "outlines " + outline);
        assertTrue(meta.doubleValue() >= 4.5, "notes " + meta);
    }

    /** WCAG 2 contrast ratio of two CSS colours (rgb(), rgba() or #rrggbb). */
    private static final String CONTRAST = """
            function rgb(c) {
              c = String(c).trim();
              if (c.startsWith('#')) return [1, 3, 5].map(i => parseInt(c.slice(i, i + 2), 16));
              return c.replace(/[^\\d.,]/g, '').split(',').slice(0, 3).map(Number);
            }
            function lum(c) {
              const [r, g, b] = rgb(c).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
              return 0.2126 * r + 0.7152 * g + 0.0722 * b;
            }
            function contrast(a, b) { const x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); }
            """;
}
