package eu.migrationkg.serve.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NegotiationTest {

    private static Variant chosen(String accept) {
        return assertInstanceOf(Negotiation.Chosen.class, Negotiation.choose(null, null, accept)).variant();
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
            "text/html;q=0.5, text/turtle;q=0.9 | TURTLE",
            "text/turtle;q=0.1, application/ld+json | JSONLD",
            "text/*;q=0.2, text/html | HTML",
            "text/html;q=0, */* | TURTLE",
            "*/*;q=0.1, text/turtle;q=0 | JSONLD",
            "garbage, text/html | HTML"})
    void theAcceptHeaderDecides(String accept, Variant expected) {
        assertEquals(expected, chosen(accept));
    }

    @Test
    void noAcceptHeaderMeansTurtleAndStillVaries() {
        Negotiation.Chosen c = assertInstanceOf(Negotiation.Chosen.class, Negotiation.choose(null, null, null));
        assertEquals(Variant.TURTLE, c.variant());
        assertEquals(true, c.byAccept());
    }

    @Test
    void extensionAndFormatOverrideAccept() {
        Negotiation.Chosen ext = assertInstanceOf(Negotiation.Chosen.class, Negotiation.choose("nt", null, "text/html"));
        assertEquals(Variant.NTRIPLES, ext.variant());
        assertEquals(false, ext.byAccept());
        Negotiation.Chosen fmt = assertInstanceOf(Negotiation.Chosen.class, Negotiation.choose("nt", "JSONLD", "text/html"));
        assertEquals(Variant.JSONLD, fmt.variant());
    }

    @Test
    void nothingAcceptableAndUnknownFormatsAreRefused() {
        assertInstanceOf(Negotiation.NotAcceptable.class, Negotiation.choose(null, null, "application/pdf"));
        assertInstanceOf(Negotiation.NotAcceptable.class, Negotiation.choose(null, null, "image/*"));
        assertInstanceOf(Negotiation.NotAcceptable.class, Negotiation.choose(null, null, "*/*;q=0"));
        assertInstanceOf(Negotiation.UnknownFormat.class, Negotiation.choose(null, "xlsx", null));
    }
}
