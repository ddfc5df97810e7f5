package eu.migrationkg.serve.web;

import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

/** Static files for the pages: the site's own under {@code /assets/}, WebJars under {@code /webjars/}. */
public final class WebModule implements FusekiModule {

    public static final String ASSETS = "/assets/*";
    public static final String WEBJARS = "/webjars/*";

    @Override
    public String name() { return "web"; }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addServlet(ASSETS, new StaticAssetsServlet("assets/", StaticAssetsServlet.SHORT));
        builder.addServlet(WEBJARS, new StaticAssetsServlet(WebJars.RESOURCE_ROOT, StaticAssetsServlet.IMMUTABLE));
    }
}
