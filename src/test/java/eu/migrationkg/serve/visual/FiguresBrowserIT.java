package eu.migrationkg.serve.visual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.support.Browser;
import eu.migrationkg.support.PicturesInBrowser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The charts of /figures in a real browser: each drawn, with the values of the table beneath it. */
class FiguresBrowserIT {

    @RegisterExtension
    static final PicturesInBrowser session = new PicturesInBrowser();

    @Test
    void everyChartDrawsTheValuesOfItsTable() throws Exception {
        session.browser().open(session.server().url() + "figures");
        List<WebElement> figures = session.browser().driver().findElements(By.cssSelector("figure.chart"));
        assertEquals(3, figures.size(), "funding in EUR, statistics in people and in crossings");
        for (WebElement figure : figures) {
            String id = figure.getAttribute("id");
            WebElement canvas = figure.findElement(By.tagName("canvas"));
            assertTrue(canvas.isDisplayed(), id + ": the chart is shown");
            assertTrue(Canvases.painted(session.browser(), canvas) > 0.02, id + ": the canvas is not blank");
            List<List<String>> table = new ArrayList<>();
            for (WebElement tr : figure.findElements(By.cssSelector("tbody tr"))) {
                table.add(tr.findElements(By.cssSelector("th, td")).stream().map(WebElement::getText).toList());
            }
            @SuppressWarnings("unchecked")
            List<String> labels = (List<String>) session.browser().js("return Chart.getChart(arguments[0]).data.labels", canvas);
            @SuppressWarnings("unchecked")
            List<List<Object>> data = (List<List<Object>>) session.browser().js(
                    "return Chart.getChart(arguments[0]).data.datasets.map(d => d.data)", canvas);
            assertFalse(table.isEmpty(), id);
            assertEquals(table.size(), labels.size(), id + ": a row per category");
            for (int i = 0; i < table.size(); i++) {
                assertEquals(table.get(i).get(0), labels.get(i), id + ": row " + i);
                for (int j = 0; j < data.size(); j++) {
                    String cell = table.get(i).get(j + 1).replaceAll("[^0-9.\\-]", "");
                    Object value = data.get(j).get(i);
                    if (cell.isEmpty()) {
                        assertEquals(null, value, id + ": no value at row " + i + ", series " + j);
                    } else {
                        assertEquals(0, new BigDecimal(cell).compareTo(new BigDecimal(value.toString())),
                                id + ": row " + i + ", series " + j + ": table " + cell + ", chart " + value);
                    }
                }
            }
        }
        String text = session.browser().driver().findElement(By.id("funding")).findElement(By.xpath("..")).getText();
        assertTrue(text.contains("81,000,000,000"), "the amounts are in the table");
        assertEquals(List.of(), session.browser().errors());
        session.browser().screenshot("figures");
    }

    @Test
    void onAPhoneTheChartsFitTheScreen() throws Exception {
        try (Browser phone = Browser.start(Browser.PHONE)) {
            phone.open(session.server().url() + "figures");
            assertTrue((Boolean) phone.js("return document.documentElement.scrollWidth <= screen.width"),
                    "nothing wider than the screen");
            for (WebElement canvas : phone.driver().findElements(By.cssSelector("figure.chart canvas"))) {
                assertTrue(Canvases.painted(phone, canvas) > 0.02, "drawn on a phone too");
            }
            assertEquals(List.of(), phone.errors());
            phone.screenshot("figures-phone");
        }
    }
}
