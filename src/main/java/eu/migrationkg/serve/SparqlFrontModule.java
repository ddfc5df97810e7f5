package eu.migrationkg.serve;

import eu.migrationkg.graph.Publication;
import eu.migrationkg.serve.web.Site;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

/** What {@code /sparql} (and {@code /query}) answers besides queries: the editor and the service description. */
final class SparqlFrontModule implements FusekiModule {

    private final ServeContext ctx;
    private final PerAssembly<Publication> publication;

    SparqlFrontModule(ServeContext ctx, PerAssembly<Publication> publication) {
        this.ctx = ctx;
        this.publication = publication;
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        SparqlFrontFilter front = new SparqlFrontFilter(Site.of(ctx), ctx.queries(), publication);
        builder.addFilter("/" + KgServer.SPARQL, front);
        builder.addFilter("/" + KgServer.QUERY, front);
    }
}
