package eu.migrationkg.serve;

import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;

/** Every error, from any route or from Jetty itself, answered through {@link ErrorResponses}. */
final class ErrorPagesModule implements FusekiModule {

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addFilter("/*", new NegotiatedErrorFilter());
    }

    @Override
    public void server(FusekiServer server) {
        KgErrorHandler handler = new KgErrorHandler();
        server.getJettyServer().setErrorHandler(handler);
        ServletContextHandler context = server.getJettyServer().getDescendant(ServletContextHandler.class);
        if (context != null) context.setErrorHandler(handler);
    }
}
