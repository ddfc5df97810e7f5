package eu.migrationkg.serve.visual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.migrationkg.extract.PartialDate;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The chart component: the data its script draws and the table beside it hold the same values. */
class ChartTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> row(Chart c, int i) {
        return c.table().rows().get(i).stream().map(Chart.Cell::text).toList();
    }

    @Test
    void aMatrixChartAndItsTableAgree() throws Exception {
        Chart c = Chart.matrix("f", "bar", "Funding", null, "Period", List.of("2021–2027", "2028–2034"),
                List.of(new Chart.Series("Fund A", Arrays.asList(new BigDecimal("1500000000.0"), null)),
                        new Chart.Series("Fund B", List.of(new BigDecimal("2"), new BigDecimal("0.25")))),
                true, "EUR");
        assertEquals(List.of("Period", "Fund A", "Fund B"), c.table().columns());
        assertEquals(List.of("2021–2027", "1,500,000,000", "2"), row(c, 0));
        assertEquals(List.of("2028–2034", "", "0.25"), row(c, 1));
        JsonNode data = JSON.readTree(c.json());
        assertEquals("bar", data.path("type").asText());
        assertTrue(data.path("stacked").asBoolean());
        assertEquals("[\"2021–2027\",\"2028–2034\"]", data.path("labels").toString());
        assertEquals("[1500000000,null]", data.path("datasets").get(0).path("data").toString());
        assertEquals("[2,0.25]", data.path("datasets").get(1).path("data").toString());
    }

    @Test
    void aSeriesMustHaveAValueSlotPerCategory() {
        assertThrows(IllegalArgumentException.class, () -> Chart.matrix("f", "bar", "t", null, "x", List.of("a", "b"),
                List.of(new Chart.Series("s", List.of(BigDecimal.ONE))), false, null));
        assertThrows(IllegalArgumentException.class, () -> Chart.matrix("f", "radar", "t", null, "x", List.of(), List.of(), false, null));
    }

    @Test
    void aTimelinePlacesEachEventInItsLaneInDateOrder() throws Exception {
        Chart c = Chart.timeline("t", "Dates", null, List.of("P1", "P2"), List.of(
                new Chart.Event("P2", PartialDate.fromLiteral("2026-06").orElseThrow(), "B", "#b", "Milestone"),
                new Chart.Event("P1", PartialDate.fromLiteral("2024-05-14").orElseThrow(), "A", "#a", "Adopted"),
                new Chart.Event("P1", PartialDate.fromLiteral("2026").orElseThrow(), "C", null, "Milestone")), false);
        assertFalse(c.showTable());
        assertEquals(List.of("14 May 2024", "P1", "A"), row(c, 0));
        assertEquals(List.of("2026", "P1", "C"), row(c, 1));
        assertEquals(List.of("June 2026", "P2", "B"), row(c, 2));
        JsonNode data = JSON.readTree(c.json());
        assertEquals("[\"P1\",\"P2\"]", data.path("lanes").toString());
        assertEquals("Adopted", data.path("datasets").get(0).path("label").asText());
        JsonNode milestones = data.path("datasets").get(1).path("data");
        assertEquals(2, milestones.size());
        assertEquals(0, milestones.get(0).path("y").asInt());
        assertEquals(1, milestones.get(1).path("y").asInt());
        assertEquals("#b", milestones.get(1).path("href").asText());
        assertThrows(IllegalArgumentException.class, () -> Chart.timeline("t", "x", null, List.of("P1"),
                List.of(new Chart.Event("P9", PartialDate.fromLiteral("2026").orElseThrow(), "X", null, "s")), true));
    }

    @Test
    void aSavedQuerysViewBecomesAChartOfItsColumns() throws Exception {
        List<String> columns = List.of("period", "currency", "total");
        List<List<String>> rows = List.of(List.of("2028-2034", "EUR", "81000000000.0"), List.of("no period stated", "EUR", "n/a"));
        Chart c = Chart.fromResults("q", "bar", "Funding by period", columns, rows, "period", List.of("total"));
        assertEquals(List.of("period", "total"), c.table().columns());
        assertEquals(List.of("2028-2034", "81,000,000,000"), row(c, 0));
        assertEquals("[81000000000,null]", JSON.readTree(c.json()).path("datasets").get(0).path("data").toString(),
                "a cell that is no number is no value");
        Chart t = Chart.fromResults("m", "timeline", "Milestones", List.of("date", "label"),
                List.of(List.of("2026-06", "Border procedures"), List.of("someday", "Never")), "date", List.of("label"));
        assertEquals(1, t.table().rows().size(), "a cell that is no date is left out");
        assertEquals(List.of("June 2026", "Milestones", "Border procedures"), row(t, 0));
        assertThrows(IllegalArgumentException.class, () -> Chart.fromResults("q", "bar", "t", columns, rows, "year", List.of("total")));
        assertThrows(IllegalArgumentException.class, () -> Chart.fromResults("q", "bar", "t", columns, rows, "period", List.of("sum")));
    }

    @Test
    void theDataCannotCloseItsScriptElement() {
        Chart c = Chart.matrix("f", "pie", "t", null, "x", List.of("</script><script>alert(1)</script>"),
                List.of(new Chart.Series("s", List.of(BigDecimal.ONE))), false, null);
        assertFalse(c.json().contains("<"), c.json());
    }
}
