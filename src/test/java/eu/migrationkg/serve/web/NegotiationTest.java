package eu.migrationkg.serve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.serve.ld.Variant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one negotiation every route uses, tried on the representations of a graph (Turtle first) and on JSON-or-page. */
class NegotiationTest {

    private static final Negotiation<Variant> GRAPH = Variant.NEGOTIATION;
    private static final Negotiation<String> JSON_OR_PAGE = Negotiation.of(
            Negotiation.Offer.ofType("application/json", "json"), Negotiation.Offer.ofType("text/html", "html"));

    private static Negotiation.Chosen<Variant> chosen(String extension, String format, String accept) {
        return assertInstanceOf(Negotiation.Chosen.class, GRAPH.choose(extension, format, accept));
    }

    private static Variant byAccept(String accept) {
        Negotiation.Chosen<Variant> c = chosen(null, null, accept);
        assertTrue(c.byAccept(), "the Accept header decided");
        return c.value();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8 | HTML",
            "text/turtle | TURTLE",
            "application/ld+json | JSONLD",
            "application/json | JSONLD",
            "application/rdf+xml | RDFXML",
            "application/n-triples | NTRIPLES",
            "*/* | TURTLE",
            "text/* | TURTLE",
            "application/* | JSONLD",
            "text/html;q=0.5, text/turtle;q=0.9 | TURTLE",
            "text/turtle;q=0.1, application/ld+json | JSONLD",
            "text/*;q=0.2, text/html | HTML",
            "TEXT/HTML | HTML",
            "Text/Turtle;Q=0.4, text/html;q=0.3 | TURTLE",
            "text/html;level=1;q=0.9, text/turtle;q=0.8 | HTML",
            "application/ld+json;profile=\"http://www.w3.org/ns/json-ld#compacted\" | JSONLD",
            "text/html;q=0, */* | TURTLE",
            "*/*;q=0.1, text/turtle;q=0 | JSONLD",
            "text/*;q=0, text/html | HTML",
            "text/turtle;q=0, text/* | HTML",
            "application/json;q=0, application/* | JSONLD",
            "application/json, text/turtle | TURTLE",
            "application/json;q=0.9, text/turtle;q=0.8 | JSONLD"})
    void theMostSpecificRangeGivesTheQualityTheBestWinsAndZeroExcludes(String accept, Variant expected) {
        assertEquals(expected, byAccept(accept));
    }

    @Test
    void tiesGoToTheOrderOfTheOffers() {
        assertEquals(Variant.TURTLE, byAccept("text/html, text/turtle"));
        assertEquals("application/json", JSON_OR_PAGE.preferred("*/*"));
        assertEquals("application/json", JSON_OR_PAGE.preferred("text/html, application/json"));
        assertEquals("text/html", JSON_OR_PAGE.preferred("text/*"));
    }

    @ParameterizedTest(name = "[{0}]")
    @NullSource
    @ValueSource(strings = {"", "   ", "garbage", ",,", "*/html", "text", "<script>alert(1)</script>",
            "text/html;q=2", "text/html;q=high", "text/html;q=0.5000", "text/html;q=-1", "text/html;q"})
    void noHeaderOrNothingWellFormedInItMeansTheFirstOfferAndStillVaries(String accept) {
        Negotiation.Chosen<Variant> c = chosen(null, null, accept);
        assertEquals(Variant.TURTLE, c.value());
        assertTrue(c.byAccept());
        assertTrue(c.variesWithAccept());
    }

    @Test
    void malformedItemsAmongGoodOnesAreSkipped() {
        assertEquals(Variant.HTML, byAccept("garbage, text/html"));
        assertEquals(Variant.HTML, byAccept("text/turtle;q=7, text/html;q=0.1"));
        assertEquals(List.of(new Negotiation.Range("text", "html", 0.5)),
                Negotiation.parse("*/html, text/html ; q=0.5, x/y;q=0.1234"));
    }

    @Test
    void anAliasCountsLessThanTheTypeItselfAndCannotOverruleItsExclusion() {
        var jsonLd = GRAPH.offers().get(Variant.JSONLD.ordinal());
        List<Negotiation.Range> json = Negotiation.parse("application/json;q=0.5");
        assertEquals(0.5 * Negotiation.ALIAS_WEIGHT, Negotiation.quality(json, jsonLd), 1e-9);
        assertInstanceOf(Negotiation.NotAcceptable.class, GRAPH.choose(null, null, "application/ld+json;q=0, application/json"));
    }

    @Test
    void formatAndExtensionOverrideAcceptAndDoNotVary() {
        Negotiation.Chosen<Variant> ext = chosen("nt", null, "text/html");
        assertEquals(Variant.NTRIPLES, ext.value());
        assertFalse(ext.byAccept());
        assertFalse(ext.variesWithAccept());
        assertEquals(Variant.JSONLD, chosen("nt", "JSONLD", "text/html").value(), "format wins over the extension");
        assertEquals(Variant.RDFXML, chosen(null, " rdf ", "*/*;q=0").value(), "format wins even over a refusing Accept");
        assertEquals("text/html", JSON_OR_PAGE.named("HTML").orElseThrow().value());
    }

    @ParameterizedTest(name = "format=[{0}]")
    @ValueSource(strings = {"", "  "})
    void aBlankFormatIsAsIfAbsent(String format) {
        Negotiation.Chosen<Variant> c = chosen(null, format, "text/html");
        assertEquals(Variant.HTML, c.value());
        assertTrue(c.byAccept());
    }

    @Test
    void anUnknownFormatOrExtensionIs400NamingWhatIsOffered() {
        var unknown = assertInstanceOf(Negotiation.UnknownFormat.class, GRAPH.choose(null, "xlsx", "text/turtle"));
        assertEquals(400, unknown.status());
        assertEquals("Unknown format 'xlsx'; use one of: ttl, jsonld, rdf, nt, html.", unknown.message());
        assertFalse(unknown.variesWithAccept());
        assertInstanceOf(Negotiation.UnknownFormat.class, GRAPH.choose("pdf", null, null));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"application/pdf", "image/*", "*/*;q=0", "text/turtle;q=0, text/html;q=0, application/*;q=0"})
    void nothingAcceptableIs406NamingWhatIsOffered(String accept) {
        var refused = assertInstanceOf(Negotiation.NotAcceptable.class, GRAPH.choose(null, null, accept));
        assertEquals(406, refused.status());
        assertTrue(refused.message().contains("text/turtle (format=ttl)"), refused.message());
        assertTrue(refused.variesWithAccept());
        assertEquals(Variant.TURTLE, GRAPH.preferred(accept), "an answer that goes out anyway takes the first offer");
    }

    @Test
    void offersNameThemselvesInLowerCaseAndNeedAName() {
        var offer = Negotiation.Offer.of(1, "Text/CSV", "CSV", "Comma");
        assertEquals("text/csv", offer.mediaType());
        assertEquals(List.of("csv", "comma"), offer.names());
        var chosen = assertInstanceOf(Negotiation.Chosen.class, Negotiation.of(offer).choose(null, "Comma", null));
        assertEquals(Integer.valueOf(1), chosen.value());
        assertInstanceOf(IllegalArgumentException.class, catching(() -> Negotiation.Offer.of(1, "text/csv")));
        assertInstanceOf(IllegalArgumentException.class, catching(() -> Negotiation.of(List.<Negotiation.Offer<Integer>>of())));
    }

    private static Throwable catching(Runnable r) {
        try {
            r.run();
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }
}
