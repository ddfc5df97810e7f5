package eu.migrationkg.serve;

import eu.migrationkg.graph.Publication;
import eu.migrationkg.serve.web.Site;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

/** The dataset as a whole: its VoID/DCAT description and its dumps. */
final class DatasetModule implements FusekiModule {

    static final String DESCRIPTION = "/dataset";
    static final String WELL_KNOWN_VOID = "/.well-known/void";
    static final String DUMPS = "/dumps/*";

    private final ServeContext ctx;
    private final PerAssembly<Publication> publication;

    DatasetModule(ServeContext ctx, PerAssembly<Publication> publication) {
        this.ctx = ctx;
        this.publication = publication;
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        Site site = Site.of(ctx);
        DatasetDescriptionServlet description = new DatasetDescriptionServlet(publication, site);
        builder.addServlet(DESCRIPTION, description);
        builder.addServlet(WELL_KNOWN_VOID, description);
        builder.addServlet(DUMPS, new DumpsServlet(publication, site));
    }
}
