package eu.migrationkg.serve;

import eu.migrationkg.serve.ld.LinkedDataModule;
import eu.migrationkg.serve.web.WebModule;
import java.util.List;
import org.apache.jena.fuseki.main.sys.FusekiModule;

/** The server's features, one Fuseki module per concern, in the order they are prepared. */
public final class KgModules {
    private KgModules() {}

    public static List<FusekiModule> standard(ServeContext ctx) {
        return List.of(
                new RequestHygieneModule(),
                new WebModule(),
                new LinkedDataModule(ctx));
    }
}
