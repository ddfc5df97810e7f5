package eu.migrationkg.serve.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.support.Browser;
import eu.migrationkg.support.QueryFixture;
import eu.migrationkg.support.RunningServer;
import eu.migrationkg.support.TestProject;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The charts saved queries ask for, drawn in a real browser from the rows of the result table. */
class QueryChartsBrowserIT {

    private static RunningServer server;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start(TestProject.layout(), null, QueryFixture::replaceContent);
        browser = Browser.start(Browser.DESKTOP);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (server != null) server.close();
    }

    /** The texts of one column of the result table. */
    private static List<String> column(String name) {
        List<WebElement> headings = browser.driver().findElements(By.cssSelector("table.results thead th"));
        int index = headings.stream().map(WebElement::getText).toList().indexOf(name);
        return browser.driver().findElements(By.cssSelector("table.results tbody tr")).stream()
                .map(tr -> tr.findElements(By.tagName("td")).get(index).getText()).toList();
    }

    @Test
    void aBarChartIsDrawnWithTheRowsOfTheTable() throws Exception {
        browser.open(server.url() + "queries/funding-by-recipient");
        WebElement canvas = browser.driver().findElement(By.cssSelector("figure.chart canvas"));
        assertTrue(canvas.isDisplayed(), "the script unhides the chart it draws");
        @SuppressWarnings("unchecked")
        List<String> labels = (List<String>) browser.js("return Chart.getChart(arguments[0]).data.labels", canvas);
        assertEquals(column("recipientLabel"), labels);
        @SuppressWarnings("unchecked")
        List<Number> totals = (List<Number>) browser.js(
                "return Chart.getChart(arguments[0]).data.datasets[0].data", canvas);
        assertEquals(column("total").stream().map(Double::valueOf).toList(),
                totals.stream().map(Number::doubleValue).toList());
        assertEquals(List.of(), browser.errors());
    }

    @Test
    void aTimelineHasAPointPerMilestone() throws Exception {
        browser.open(server.url() + "queries/milestones-by-year");
        WebElement canvas = browser.driver().findElement(By.cssSelector("figure.chart canvas"));
        assertTrue(canvas.isDisplayed());
        Number points = (Number) browser.js(
                "return Chart.getChart(arguments[0]).data.datasets.reduce((n, d) => n + d.data.length, 0)", canvas);
        assertEquals(column("date").size(), points.intValue());
        assertEquals(List.of(), browser.errors());
    }

    @Test
    void aPageWithoutAChartRunsNoChartScript() throws Exception {
        browser.open(server.url() + "queries/legal-acts");
        assertTrue(browser.driver().findElements(By.cssSelector("canvas")).isEmpty());
        assertEquals(2, column("act").size());
        assertEquals(List.of(), browser.errors());
    }
}
