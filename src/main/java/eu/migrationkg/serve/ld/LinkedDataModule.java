package eu.migrationkg.serve.ld;

import eu.migrationkg.serve.ServeContext;
import eu.migrationkg.serve.web.Site;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

/** The graph as linked data: the home page, and every IRI under the base answering at its own path. */
public final class LinkedDataModule implements FusekiModule {

    private final Site site;

    public LinkedDataModule(ServeContext ctx) {
        this.site = Site.of(ctx);
    }

    @Override
    public String name() { return "linked-data"; }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addFilter("/*", new HomeFilter(site));
    }
}
