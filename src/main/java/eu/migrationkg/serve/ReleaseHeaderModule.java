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
 * Names the release that answered in {@value #HEADER} on every response, whatever the route or status,
 * so that a result can be tied to the exact data it came from and a client behind a balancer can tell
 * which release each replica serves. The release is read once, when the request arrives.
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
                ((HttpServletResponse) response).setHeader(HEADER, store.release().value());
                chain.doFilter(request, response);
            }
        });
    }
}
