package eu.migrationkg.serve.visual;

import eu.migrationkg.support.CorpusInBrowser;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The pictures on the seed documents (data/sources/, extracted as `kg serve` does), in a real browser. */
class SeedPicturesBrowserIT extends ReadablePicturesBrowserTests {

    @RegisterExtension
    static final CorpusInBrowser session = CorpusInBrowser.seed();

    @Override
    CorpusInBrowser session() { return session; }

    @Override
    String name() { return "seed"; }
}
