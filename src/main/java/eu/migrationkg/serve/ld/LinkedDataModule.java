package eu.migrationkg.serve.ld;

import eu.migrationkg.serve.ServeContext;
import eu.migrationkg.serve.web.Site;
import eu.migrationkg.vocab.Iris;
import java.util.HashSet;
import java.util.List;
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

    /** Where IRIs live below the root, as servlet paths: {@code /id/*}, {@code /graph/*}, {@code /ontology/*}. */
    static List<String> servletPaths(Iris iris) {
        return List.of("/id/*", "/graph/*", "/" + iris.ontologyIri().substring(iris.base().length()) + "/*");
    }

    /** The ontology's own path and its format variants ({@code ontology}, {@code ontology.ttl}...). */
    static Set<String> ontologyPaths(Iris iris) {
        String ontology = iris.ontologyIri().substring(iris.base().length());
        Set<String> paths = new HashSet<>(Set.of(ontology));
        for (Variant v : Variant.values()) paths.add(ontology + "." + v.extension());
        return paths;
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addFilter("/*", new HomeFilter(site));
        LinkedDataServlet resources = new LinkedDataServlet(site);
        builder.addFilter("/*", new RootPathFilter(ontologyPaths(site.store().assembled().iris()), resources));
        for (String path : servletPaths(site.store().assembled().iris())) builder.addServlet(path, resources);
    }
}
