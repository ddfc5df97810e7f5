package eu.migrationkg.serve;

import eu.migrationkg.graph.DatasetDescription;
import eu.migrationkg.graph.Publication;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.atlas.web.MediaType;

/** The dataset's VoID + DCAT description, at {@code /dataset} and {@code /.well-known/void}. */
final class DatasetDescriptionServlet extends HttpServlet {

    private final PerAssembly<Publication> publication;

    DatasetDescriptionServlet(PerAssembly<Publication> publication) {
        this.publication = publication;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        MediaType type = RdfReply.negotiate(req);
        if (type == null) {
            resp.setHeader("Vary", "Accept");
            HttpReplies.notAcceptable(resp, RdfReply.OFFERS);
            return;
        }
        RdfReply.write(resp, type, publication.get().description(), DatasetDescription.prefixes());
    }
}
