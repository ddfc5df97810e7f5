package eu.migrationkg.serve;

import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

/** Filters that keep HTTP connections healthy whatever the request. */
final class RequestHygieneModule implements FusekiModule {

    /** Bodies up to this size are drained after a refusal so the connection can be reused. */
    static final long MAX_DRAIN_BYTES = 1024 * 1024;

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addFilter("/*", new DrainRequestBodyFilter(MAX_DRAIN_BYTES));
    }
}
