package eu.migrationkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ErrorResponsesTest {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Test
    void theFormatFollowsTheClient() {
        assertEquals(ErrorResponses.Format.HTML, ErrorResponses.negotiate(BROWSER, "/sparql"));
        assertEquals(ErrorResponses.Format.JSON,
                ErrorResponses.negotiate("application/sparql-results+json,*/*;q=0.9", "/sparql"));
        assertEquals(ErrorResponses.Format.TEXT, ErrorResponses.negotiate("*/*", "/sparql"));
        assertEquals(ErrorResponses.Format.TEXT, ErrorResponses.negotiate(null, "/sparql"));
        assertEquals(ErrorResponses.Format.JSON, ErrorResponses.negotiate(null, "/api/queries"));
    }

    @Test
    void qualitiesCountAndAnErrorGoesOutEvenWhenNothingIsAcceptable() {
        assertEquals(ErrorResponses.Format.HTML, ErrorResponses.negotiate("application/json;q=0, text/html", "/api/queries"));
        assertEquals(ErrorResponses.Format.TEXT, ErrorResponses.negotiate("text/html;q=0.1, */*", "/sparql"));
        assertEquals(ErrorResponses.Format.JSON, ErrorResponses.negotiate("application/problem+json", "/sparql"));
        assertEquals(ErrorResponses.Format.HTML, ErrorResponses.negotiate("application/xhtml+xml", "/sparql"));
        assertEquals(ErrorResponses.Format.TEXT, ErrorResponses.negotiate("image/png", "/sparql"));
        assertEquals(ErrorResponses.Format.JSON, ErrorResponses.negotiate("image/png", "/api/queries/x"));
        assertEquals(ErrorResponses.Format.TEXT, ErrorResponses.negotiate("<script>", "/sparql"));
    }

    @Test
    void htmlEscapesWhatItEchoes() {
        var r = ErrorResponses.render(BROWSER, "/x", 400, "bad <script>alert(1)</script> & \"q\"");
        String body = new String(r.body(), StandardCharsets.UTF_8);
        assertTrue(r.contentType().startsWith("text/html"));
        assertFalse(body.contains("<script>"), body);
        assertTrue(body.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot;"), body);
    }

    @Test
    void jsonIsValidAndCarriesStatusAndMessage() throws Exception {
        var r = ErrorResponses.render("application/json", "/x", 413, "too \"big\"\n<b>");
        JsonNode json = new ObjectMapper().readTree(r.body());
        assertEquals(413, json.get("status").asInt());
        assertEquals("Payload Too Large", json.get("error").asText());
        assertEquals("too \"big\"\n<b>", json.get("message").asText());
        assertFalse(new String(r.body(), StandardCharsets.UTF_8).contains("<b>"), "no markup, even in JSON");
    }

    @Test
    void aServerErrorNeverShowsItsCause() {
        var r = ErrorResponses.render("text/plain", "/x", 500, "java.lang.NullPointerException at /work/x/Foo.java:12");
        String body = new String(r.body(), StandardCharsets.UTF_8);
        assertFalse(body.contains("NullPointer") || body.contains("/work/"), body);
        assertTrue(body.startsWith("500 "), body);
    }

    @Test
    void controlCharactersAreDroppedAndLongMessagesCut() {
        var r = ErrorResponses.render("text/plain", "/x", 400, "a\u0000b\u001b[31mc" + "x".repeat(10_000));
        String body = new String(r.body(), StandardCharsets.UTF_8);
        assertTrue(body.contains("ab[31mc"), body.substring(0, 40));
        assertTrue(body.length() < ErrorResponses.MAX_MESSAGE + 100);
    }
}
