package eu.migrationkg.serve;

import eu.migrationkg.base.FolderWatcher;
import eu.migrationkg.graph.ReloadOutcome;
import eu.migrationkg.graph.ReloadableStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reload without downtime, when the store is reloadable: {@code POST /$/reload} if an admin token is
 * configured (otherwise the route does not exist), and the file watcher if {@code --watch} is on. Both
 * reload the graph and the saved queries ({@link ServerReload}).
 */
final class ReloadModule implements FusekiModule {

    private static final Logger LOG = LoggerFactory.getLogger(ReloadModule.class);

    private final ServeContext ctx;
    /** Shared by the route and the watcher, so their reloads take turns; null when the store is not reloadable. */
    private final ServerReload reload;
    private FolderWatcher watcher;

    ReloadModule(ServeContext ctx) {
        this.ctx = ctx;
        this.reload = ctx.store() instanceof ReloadableStore store ? new ServerReload(store, ctx.queries()) : null;
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        if (reload != null && ctx.config().adminToken().isPresent()) {
            builder.addServlet(ReloadServlet.PATH, new ReloadServlet(reload, ctx.config().adminToken().get()));
        }
    }

    @Override
    public void serverAfterStarting(FusekiServer server) {
        if (reload != null && ctx.config().watch()) {
            try {
                // Everything a reload reads: what the graph is built from, and the saved queries.
                watcher = new FolderWatcher(List.of(ctx.layout().ontologyDir(), ctx.layout().root().resolve("data"),
                        ctx.layout().queriesDir()), ctx.config().reloadDebounce(), "kg-watch", this::reloadOnChange);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot watch the repository for changes", e);
            }
            watcher.start();
        }
    }

    /**
     * One reload for a change seen by the watcher; a reload that throws is logged by the watcher, which goes
     * on, so the next edit (which may fix the problem) is still seen. Query-file problems are logged by the
     * reload itself.
     */
    private void reloadOnChange() {
        ReloadOutcome o = reload.reload().graph();
        if (!o.swapped()) {
            LOG.warn("change seen, graph not replaced: {}", o.problems());
        }
    }

    @Override
    public void serverStopped(FusekiServer server) {
        if (watcher != null) watcher.close();
    }
}
