package eu.migrationkg.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchTermsTest {

    @Test
    void wordsArePhrasesAndAllRequired() {
        assertEquals("+\"five\\-year\" +\"strategy\"", SearchTerms.parse("five-year strategy").lucene());
    }

    @Test
    void quotedPhrasesAndPrefixesAreKept() {
        assertEquals("+\"Entry\\/Exit System\" +migra*", SearchTerms.parse("\"Entry/Exit System\" Migra*").lucene());
    }

    @Test
    void operatorsAreWordsNotSyntax() {
        assertEquals("+\"and\" +\"not\" +\"or\"", SearchTerms.parse("AND NOT OR").lucene());
    }

    @ParameterizedTest(name = "parses: {0}")
    @ValueSource(strings = {"AND", "foo OR", "title:(x", "a\\", "[1 TO", "~!^{}x", "x -y", "\"unclosed", "a\"b\"c", "*x*", "-x-*", "é*"})
    void anyInputWithAWordGivesAQueryLuceneAccepts(String input) throws Exception {
        new QueryParser("label", new StandardAnalyzer()).parse(SearchTerms.parse(input).lucene());
    }

    @ParameterizedTest(name = "refused: [{0}]")
    @ValueSource(strings = {"", "   ", "*", "\"\"", "-- ()"})
    void nothingToSearchForIsRefused(String input) {
        assertThrows(IllegalArgumentException.class, () -> SearchTerms.parse(input));
    }

    @Test
    void tooLongOrTooManyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SearchTerms.parse("x".repeat(SearchTerms.MAX_INPUT + 1)));
        assertThrows(IllegalArgumentException.class, () -> SearchTerms.parse("a ".repeat(SearchTerms.MAX_TERMS + 1)));
    }
}
