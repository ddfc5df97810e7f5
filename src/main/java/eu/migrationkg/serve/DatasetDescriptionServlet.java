package eu.migrationkg.serve;

import eu.migrationkg.graph.DatasetDescription;
import eu.migrationkg.graph.Publication;
import eu.migrationkg.serve.ld.Labels;
import eu.migrationkg.serve.web.PageFrame;
import eu.migrationkg.serve.web.Pages;
import eu.migrationkg.serve.web.Site;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * The dataset's VoID + DCAT description, at {@code /dataset} and {@code /.well-known/void}: RDF for
 * programs (Turtle when they accept anything), a page for browsers.
 */
final class DatasetDescriptionServlet extends HttpServlet {

    private static final List<HttpReplies.Offer> OFFERS;

    static {
        List<HttpReplies.Offer> offers = new ArrayList<>(RdfReply.OFFERS);
        offers.add(new HttpReplies.Offer("html", Pages.HTML));
        OFFERS = List.copyOf(offers);
    }

    private final PerAssembly<Publication> publication;
    private final Site site;

    DatasetDescriptionServlet(PerAssembly<Publication> publication, Site site) {
        this.publication = publication;
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        MediaType type = HttpReplies.negotiate(req, OFFERS);
        if (type == null) {
            HttpReplies.notAcceptable(req, resp, OFFERS);
            return;
        }
        Publication pub = publication.get();
        if (!type.getContentTypeStr().equals(Pages.HTML)) {
            RdfReply.write(req, resp, type, pub.description(), DatasetDescription.prefixes());
            return;
        }
        PageFrame frame = site.frame(req, "Dataset description")
                .withDescription("The dataset described: licence, counts, classes, properties, sources, dumps.");
        var links = frame.links();
        frame = frame.withAlternates(RdfReply.OFFERS.stream().map(o -> new PageFrame.Alternate(
                links.to("dataset", "format", o.shortName()), o.mediaType(), "VoID/DCAT as " + o.shortName())).toList());
        PageFrame page = frame;
        var store = site.store();
        DatasetGraph dataset = store.dataset();
        DatasetPage model = Txn.calculateRead(dataset, () -> DatasetPage.of(page, store.assembled(), pub,
                new Labels(dataset.getDefaultGraph(), store.assembled().prefixes(), store.assembled().iris().base())));
        Pages.send(req, resp, HttpServletResponse.SC_OK, "dataset.jte", model, null);
    }
}
