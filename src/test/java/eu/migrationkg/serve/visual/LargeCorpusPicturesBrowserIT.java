package eu.migrationkg.serve.visual;

import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.support.CorpusInBrowser;
import eu.migrationkg.support.LargeCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The pictures on a generated corpus of {@link LargeCorpus#size()} documents (100 by default, which
 * the in-memory store loads in well under a minute on a quiet machine; {@code -Dkg.largeCorpus=1000}
 * runs the same tests on 1,000, and bench/pictures.sh measures 10, 100 and 1,000).
 */
class LargeCorpusPicturesBrowserIT extends ReadablePicturesBrowserTests {

    @RegisterExtension
    static final CorpusInBrowser session = CorpusInBrowser.large();

    @Override
    CorpusInBrowser session() { return session; }

    @Override
    String name() { return "corpus-" + LargeCorpus.size(); }

    @Test
    void theCorpusIsLargeEnoughToNeedCountingNodes() throws Exception {
        // The timeline's document filter counts the graph's documents (beyond its list's length, it asks for an IRI).
        String timeline = session.server().get("timeline", "text/html").body();
        java.util.regex.Matcher counted = java.util.regex.Pattern.compile("\\((\\d+) documents\\)").matcher(timeline);
        int documents = LargeCorpus.size() > PictureFilter.DOCUMENT_CHOICES
                ? (counted.find() ? Integer.parseInt(counted.group(1)) : 0)
                : documentOptions(timeline);
        assertTrue(documents >= LargeCorpus.size() * 9 / 10, "documents in the graph: " + documents);
        String page = session.server().get("explore", "text/html").body();
        assertTrue(page.matches("(?s).*Priority.*\\d{2,} actions.*"), "a priority with many actions below it");
    }

    /** The documents listed in the timeline's document filter (a list up to {@link PictureFilter#DOCUMENT_CHOICES}). */
    private static int documentOptions(String timeline) {
        String list = timeline.substring(timeline.indexOf("id=\"filter-document\""));
        list = list.substring(0, list.indexOf("</select>"));
        return list.split("<option value=\"", -1).length - 2;
    }
}
