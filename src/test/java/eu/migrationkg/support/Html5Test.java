package eu.migrationkg.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The checker the page tests rely on really rejects what a lenient parser would repair. */
class Html5Test {

    private static final String PAGE = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>t</title></head>"
            + "<body>%s</body></html>";

    @Test
    void aValidPageHasNoProblems() {
        assertEquals(List.of(), Html5.problems(PAGE.formatted("<main><h1>Title</h1><p>Text</p></main>")));
    }

    @Test
    void contentModelAttributeAndNestingErrorsAreReported() {
        List<String> p = Html5.problems(PAGE.formatted(
                "<ul><div>not a list item</div></ul><p><div>block in paragraph</div></p><a href=\"x\" href=\"y\">z</a>"
                        + "<img src=\"x.png\">"));
        assertTrue(p.stream().anyMatch(m -> m.contains("not allowed as child of element “ul”")), p.toString());
        assertTrue(p.stream().anyMatch(m -> m.contains("Duplicate attribute")), p.toString());
        assertTrue(p.stream().anyMatch(m -> m.contains("“p” end tag")), p.toString());
        assertTrue(p.stream().anyMatch(m -> m.contains("alt")), "an image needs alt text: " + p);
    }
}
