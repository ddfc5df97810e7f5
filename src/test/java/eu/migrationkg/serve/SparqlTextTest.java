package eu.migrationkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** One reading of a query's characters: strings, IRIs and comments, for the cache's normal form and the depth check. */
class SparqlTextTest {

    @Test
    void spellingsThatCannotChangeTheAnswerNormaliseAlike() {
        String a = "SELECT ?s  # the subjects\nWHERE {\n  ?s ?p \"a  b # not a comment\" }";
        String b = "SELECT ?s WHERE { ?s ?p \"a  b # not a comment\" }";
        assertEquals(SparqlText.normalise(b), SparqlText.normalise(a));
        assertEquals("ASK { <http://x/a#b> ?p ?o }", SparqlText.normalise("ASK {\t<http://x/a#b>   ?p ?o }"));
    }

    @Test
    void nestingIsCountedOutsideStringsIrisAndComments() {
        assertEquals(3, SparqlText.nestingDepth("SELECT * { { ?s ?p ?o FILTER(?o) } }"));
        assertEquals(1, SparqlText.nestingDepth("SELECT * { ?s ?p \"((((\" } # ((((("));
        assertEquals(1, SparqlText.nestingDepth("SELECT * { ?s ?p '''{{{\n{{{''' }"));
        assertEquals(0, SparqlText.nestingDepth(null));
    }

    @Test
    void aHashInsideAnIriHidesNoBracketsFromTheCount() {
        // Read as a comment, the '#' would hide the rest of the line, and with it any depth at all.
        String hostile = "SELECT * { <http://example.org/a#b> ?p " + "(".repeat(500) + "?o" + ")".repeat(500) + " }";
        assertEquals(501, SparqlText.nestingDepth(hostile));
        assertEquals(2, SparqlText.nestingDepth("SELECT * WHERE { ?a ?b ?c FILTER(?c < 3) }"));
    }
}
