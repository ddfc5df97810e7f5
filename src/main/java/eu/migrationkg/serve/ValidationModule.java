package eu.migrationkg.serve;

import eu.migrationkg.serve.web.Site;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

/** {@code /validation}: the statements held back, the sources that disagree and the warnings of the served graph. */
final class ValidationModule implements FusekiModule {

    static final String PATH = "/validation";

    private final ServeContext ctx;

    ValidationModule(ServeContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addServlet(PATH, new ValidationServlet(Site.of(ctx)));
    }
}
