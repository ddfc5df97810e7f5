package eu.migrationkg.serve;

import eu.migrationkg.graph.ReloadableStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

/**
 * Reload without downtime, when the store is reloadable: {@code POST /$/reload} if an admin token is
 * configured (otherwise the route does not exist), and the file watcher if {@code --watch} is on.
 */
final class ReloadModule implements FusekiModule {

    private final ServeContext ctx;
    private SourceWatcher watcher;

    ReloadModule(ServeContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        if (ctx.store() instanceof ReloadableStore store && ctx.config().adminToken().isPresent()) {
            builder.addServlet(ReloadServlet.PATH, new ReloadServlet(store, ctx.config().adminToken().get()));
        }
    }

    @Override
    public void serverAfterStarting(FusekiServer server) {
        if (ctx.store() instanceof ReloadableStore store && ctx.config().watch()) {
            try {
                watcher = new SourceWatcher(store, List.of(ctx.layout().ontologyDir(), ctx.layout().root().resolve("data")),
                        ctx.config().reloadDebounce());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot watch the repository for changes", e);
            }
            watcher.start();
        }
    }

    @Override
    public void serverStopped(FusekiServer server) {
        if (watcher != null) watcher.close();
    }
}
