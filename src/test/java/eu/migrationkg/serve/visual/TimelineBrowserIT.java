package eu.migrationkg.serve.visual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.support.Browser;
import eu.migrationkg.support.PicturesInBrowser;
import eu.migrationkg.support.PicturesServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The timeline at /timeline in a real browser: its dates in order, its overview drawn. */
class TimelineBrowserIT {

    @RegisterExtension
    static final PicturesInBrowser session = new PicturesInBrowser();

    @Test
    void theMilestonesAreInDateOrderUnderTheirPriority() throws Exception {
        session.browser().open(session.server().url() + "timeline");
        List<WebElement> groups = session.browser().driver().findElements(By.cssSelector("section.timeline-group"));
        assertTrue(groups.size() >= 2, "a group per priority with dates, and the rest");
        Set<String> milestonesShown = new TreeSet<>();
        for (WebElement g : groups) {
            List<String> dates = new ArrayList<>();
            for (WebElement li : g.findElements(By.cssSelector("ol.timeline > li"))) {
                dates.add(li.findElement(By.tagName("time")).getAttribute("datetime"));
                if (li.getAttribute("class").contains("kind-milestone")) {
                    milestonesShown.add(li.findElement(By.cssSelector(".when time")).getAttribute("datetime"));
                }
            }
            List<String> sorted = new ArrayList<>(dates);
            sorted.sort(null);
            assertEquals(sorted, dates, g.findElement(By.tagName("h2")).getText() + ": in date order");
        }
        Set<String> milestones = new TreeSet<>();
        for (List<String> row : PicturesServer.select(session.server(),
                "PREFIX mig: <ontology#> SELECT DISTINCT ?date WHERE { ?m a mig:Milestone ; mig:date ?date }")) {
            milestones.add(row.get(0));
        }
        assertEquals(milestones, milestonesShown, "every milestone of the graph is on the timeline");

        WebElement june = session.browser().driver().findElement(By.xpath("//section[.//h2//a[starts-with(text(), 'Strong EU borders')]]"
                + "//li[.//time[@datetime='2026-06']]"));
        assertTrue(june.getText().contains("as of June this year"), june.getText());
        assertTrue(june.findElement(By.cssSelector("blockquote.source-sentence")).getText()
                .startsWith("Screen all illegal arrivals"), "with its source sentence");
        String sentence = june.findElement(By.linkText("Read it in the source")).getAttribute("href");
        assertEquals(session.server().url() + "id/source/ip-26-233#passage-3442-3581", sentence);
        assertEquals(List.of(), session.browser().errors());
        session.browser().screenshot("timeline");
    }

    @Test
    void theOverviewDrawsOnePointPerEntry() throws Exception {
        session.browser().open(session.server().url() + "timeline");
        WebElement canvas = session.browser().driver().findElement(By.cssSelector("#timeline-overview canvas"));
        assertTrue(canvas.isDisplayed());
        assertTrue(Canvases.painted(session.browser(), canvas) > 0.02, "the overview is drawn");
        long points = ((Number) session.browser().js(
                "return Chart.getChart(arguments[0]).data.datasets.reduce((n, d) => n + d.data.length, 0)", canvas)).longValue();
        assertEquals(session.browser().driver().findElements(By.cssSelector("ol.timeline > li")).size(), points);
        assertEquals(List.of(), session.browser().errors());
    }

    @Test
    void onAPhoneTheTimelineFitsTheScreen() throws Exception {
        try (Browser phone = Browser.start(Browser.PHONE)) {
            phone.open(session.server().url() + "timeline");
            assertTrue((Boolean) phone.js("return document.documentElement.scrollWidth <= screen.width"),
                    "nothing wider than the screen");
            assertEquals(List.of(), phone.errors());
            phone.screenshot("timeline-phone");
        }
    }
}
