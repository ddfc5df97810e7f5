package eu.migrationkg.support;

import eu.migrationkg.ProjectLayout;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's content plus test fixtures (src/test/resources/fixtures) as curated data. */
public final class FixtureProject {
    private FixtureProject() {}

    /** The fixture passage: an information system whose only tie to the word is its source sentence. */
    public static final String PASSAGE_FILE = "passage.ttl";
    public static final String PASSAGE_RESOURCE = "id/instrument/fixture-entry-exit-system";
    public static final String PASSAGE = "id/passage/ip-26-233/2894-3109";

    /** A saved query (queries/) whose summary needs escaping in HTML. */
    public static final String QUERY_FILE = "queries/documents-by-date.rq";

    /**
     * A copy of the repository under {@code dir} with the named fixtures added: a {@code .ttl} to
     * data/curated/, a {@code queries/....rq} to queries/. The documents keep their front matter but not
     * their text: the fixtures stand in for what extraction makes of it.
     */
    public static ProjectLayout projectWith(Path dir, String... fixtures) throws IOException {
        Path root = TestProject.copyTo(dir);
        TestProject.leaveOutSourceText(root);
        for (String f : fixtures) {
            try (InputStream in = FixtureProject.class.getResourceAsStream("/fixtures/" + f)) {
                if (in == null) throw new IOException("no fixture " + f);
                Path target = f.startsWith("queries/") ? root.resolve(f) : root.resolve("data/curated").resolve("fixture-" + f);
                Files.createDirectories(target.getParent());
                Files.copy(in, target);
            }
        }
        return new ProjectLayout(root);
    }
}
