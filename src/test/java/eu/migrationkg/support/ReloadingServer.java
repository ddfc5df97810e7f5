package eu.migrationkg.support;

import eu.migrationkg.ProjectLayout;
import eu.migrationkg.serve.ServeConfig;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Properties;

/** A real server over a copy of the project that tests change while it serves, and how they ask it to reload. */
public final class ReloadingServer {
    private ReloadingServer() {}

    /** The admin token the servers started here accept. */
    public static final String TOKEN = "test-token-" + System.nanoTime();

    /** A source document a test drops into data/sources/ while the server runs. */
    public static final String NEW_SOURCE = """
            ---
            title: A document added while the server runs
            publisher: European Commission
            published: 2026-03-01
            url: https://example.org/added
            kind: press-release
            language: en
            ---

            Some text.
            """;

    /**
     * Serves {@code project}; with {@code withToken} the reload route exists, with {@code watch} file
     * changes reload (after a short quiet time, so tests do not wait long).
     */
    public static RunningServer start(Path project, boolean withToken, boolean watch) throws Exception {
        Properties p = new Properties();
        p.setProperty("http.client.max.concurrent", "64");
        p.setProperty("reload.watch", Boolean.toString(watch));
        p.setProperty("reload.debounce.millis", "200");
        ServeConfig c = ServeConfig.withOverrides(p);
        return RunningServer.start(ProjectLayout.discover(project), withToken ? c.withAdminToken(TOKEN) : c);
    }

    /** {@code POST /$/reload}, with the token as a bearer credential when there is one. */
    public static HttpResponse<String> reload(RunningServer s, String token) throws Exception {
        return token == null ? s.send("POST", "$/reload", "")
                : s.send("POST", "$/reload", "", "Authorization", "Bearer " + token);
    }
}
