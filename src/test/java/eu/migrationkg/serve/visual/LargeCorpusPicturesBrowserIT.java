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
        var sources = session.server().get("sparql?query=" + java.net.URLEncoder.encode(
                "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?p <http://www.w3.org/ns/oa#hasSource> ?d }",
                java.nio.charset.StandardCharsets.UTF_8), "text/csv").body();
        int documents = Integer.parseInt(sources.lines().skip(1).findFirst().orElse("0").strip());
        assertTrue(documents >= LargeCorpus.size() * 9 / 10, "documents with passages: " + documents);
        String page = session.server().get("explore", "text/html").body();
        assertTrue(page.matches("(?s).*Priority.*\\d{2,} actions.*"), "a priority with many actions below it");
    }
}
