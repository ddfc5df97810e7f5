package eu.migrationkg.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CodePointsTest {

    @Test
    void countsCharactersOutsideTheBasicPlaneOnce() {
        String body = "a\uD83D\uDE00b€c";
        CodePoints cp = CodePoints.of(body);
        assertEquals(1, cp.at(1));
        assertEquals(2, cp.at(3));
        assertEquals(4, cp.at(5));
        assertEquals(body.codePointCount(0, body.length()), cp.at(body.length()));
    }

    @Test
    void plainBodiesConvertToThemselves() {
        CodePoints cp = CodePoints.of("€3 billion");
        assertEquals(7, cp.at(7));
    }
}
