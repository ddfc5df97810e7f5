package eu.migrationkg.serve;

import eu.migrationkg.graph.KnowledgeStore;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

/**
 * Pins each request to the generation served when it arrives ({@link KnowledgeStore#pin()}): every
 * route reads that one release, its dataset, index, saved queries and derived data, until the response
 * is written, even if a reload switches releases meanwhile. The same generation is named in
 * {@value #HEADER} on every response, whatever the route or status, so that a result can be tied to
 * the exact data it came from and a client behind a balancer can tell which release each replica serves.
 * Listed first in {@link KgModules}, so its filter wraps every other.
 */
final class ReleaseHeaderModule implements FusekiModule {

    static final String HEADER = "X-KG-Release";

    private final KnowledgeStore store;

    ReleaseHeaderModule(KnowledgeStore store) {
        this.store = store;
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addFilter("/*", new Filter() {
            @Override
            public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                    throws IOException, ServletException {
                try (KnowledgeStore.Pin pin = store.pin()) {
                    ((HttpServletResponse) response).setHeader(HEADER, store.release().value());
                    chain.doFilter(request, response);
                }
            }
        });
    }
}
