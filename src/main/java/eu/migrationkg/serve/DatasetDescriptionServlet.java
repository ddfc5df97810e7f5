package eu.migrationkg.serve;

import eu.migrationkg.graph.DatasetDescription;
import eu.migrationkg.graph.Publication;
import eu.migrationkg.serve.ld.Labels;
import eu.migrationkg.serve.ld.Variant;
import eu.migrationkg.serve.web.PageFrame;
import eu.migrationkg.serve.web.Pages;
import eu.migrationkg.serve.web.Responses;
import eu.migrationkg.serve.web.Site;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * The dataset's VoID + DCAT description, at {@code /dataset} and {@code /.well-known/void}: RDF for
 * programs (Turtle when they accept anything), a page for browsers.
 */
final class DatasetDescriptionServlet extends HttpServlet {

    private final PerAssembly<Publication> publication;
    private final Site site;

    DatasetDescriptionServlet(PerAssembly<Publication> publication, Site site) {
        this.publication = publication;
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<Variant> variant = Variant.NEGOTIATION.negotiate(req, resp);
        if (variant.isEmpty()) return;
        Publication pub = publication.get();
        if (variant.get().isRdf()) {
            Responses.send(req, resp, HttpServletResponse.SC_OK,
                    variant.get().render(DatasetDescription.reachedAt(pub.description(), site.store().assembled().iris(),
                            site.address(req)), DatasetDescription.prefixes()), null);
            return;
        }
        PageFrame frame = site.frame(req, "Dataset description")
                .withDescription("The dataset described: licence, counts, classes, properties, sources, dumps.");
        frame = frame.withAlternates(Variant.descriptionAlternates(frame.links()));
        PageFrame page = frame;
        var store = site.store();
        DatasetGraph dataset = store.dataset();
        DatasetPage model = Txn.calculateRead(dataset, () -> DatasetPage.of(page, store.assembled(), pub,
                new Labels(dataset.getDefaultGraph(), store.assembled().prefixes(), store.assembled().iris().base())));
        Pages.send(req, resp, HttpServletResponse.SC_OK, "dataset.jte", model, null);
    }
}
