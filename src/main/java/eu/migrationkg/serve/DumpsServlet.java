package eu.migrationkg.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.migrationkg.graph.DatasetDescription;
import eu.migrationkg.graph.DumpFile;
import eu.migrationkg.graph.DumpWriter;
import eu.migrationkg.graph.Publication;
import eu.migrationkg.vocab.Iris;
import eu.migrationkg.serve.web.Links;
import eu.migrationkg.serve.web.Negotiation;
import eu.migrationkg.serve.web.PageFrame;
import eu.migrationkg.serve.web.Pages;
import eu.migrationkg.serve.web.Representation;
import eu.migrationkg.serve.web.Responses;
import eu.migrationkg.serve.web.Site;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code /dumps/}: the gzipped dumps of the served assembly, their {@code SHA256SUMS}, and a listing.
 * A dump's ETag is its SHA-256, so a client that has it gets 304 and a reload that changes it does not.
 */
final class DumpsServlet extends HttpServlet {

    private final PerAssembly<Publication> publication;
    private final Site site;

    DumpsServlet(PerAssembly<Publication> publication, Site site) {
        this.publication = publication;
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path == null) {
            resp.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            // Relative, so it stays right behind a proxy that publishes the server under a path.
            resp.setHeader("Location", DatasetDescription.DUMPS_PATH);
            return;
        }
        Publication pub = publication.get();
        if (path.equals("/")) {
            listing(req, resp, pub);
            return;
        }
        String name = path.substring(1);
        if (name.equals(DumpWriter.CHECKSUMS)) {
            StringBuilder sums = new StringBuilder();
            pub.dumps().forEach(d -> sums.append(d.checksumLine()));
            Responses.send(req, resp, HttpServletResponse.SC_OK, Representation.text(sums.toString(), "text/plain"), null);
            return;
        }
        Optional<DumpFile> dump = pub.dump(name);
        if (dump.isEmpty()) {
            Responses.plain(req, resp, HttpServletResponse.SC_NOT_FOUND, "No dump named '" + name + "'; the dumps are "
                    + "listed at " + site.links(req).publicUrl(DatasetDescription.DUMPS_PATH));
            return;
        }
        DumpFile d = dump.get();
        String etag = "\"" + d.sha256() + "\"";
        resp.setHeader("ETag", etag);
        resp.setHeader("Cache-Control", "no-cache");
        String ifNoneMatch = req.getHeader("If-None-Match");
        if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"))) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + d.name() + "\"");
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(DumpFile.GZIP);
        resp.setContentLength(d.gzipped().length);
        if (!"HEAD".equals(req.getMethod())) resp.getOutputStream().write(d.gzipped());
    }

    private void listing(HttpServletRequest req, HttpServletResponse resp, Publication pub) throws IOException {
        Optional<String> type = Negotiation.JSON_OR_PAGE.negotiate(req, resp);
        if (type.isEmpty()) return;
        if (type.get().equals(Pages.HTML)) {
            PageFrame frame = site.frame(req, "Dumps").withSection(PageFrame.DUMPS)
                    .withDescription("The knowledge graph as gzipped N-Quads and Turtle files, with their checksums.");
            Pages.send(req, resp, HttpServletResponse.SC_OK, "dumps.jte", DumpsPage.of(frame, pub), null);
            return;
        }
        Iris iris = site.store().assembled().iris();
        Links links = site.links(req);
        ObjectNode root = Representation.JSON.createObjectNode();
        root.put("description", iris.dataset().getURI());
        ArrayNode files = root.putArray("dumps");
        for (DumpFile d : pub.dumps()) {
            files.addObject()
                    .put("name", d.name())
                    .put("url", links.publicUrl(DatasetDescription.DUMPS_PATH + d.name()))
                    .put("mediaType", d.mediaType())
                    .put("compression", DumpFile.GZIP)
                    .put("bytes", d.size())
                    .put("sha256", d.sha256());
        }
        root.put("checksums", links.publicUrl(DatasetDescription.DUMPS_PATH + DumpWriter.CHECKSUMS));
        Responses.send(req, resp, HttpServletResponse.SC_OK, Representation.json(root), null);
    }
}
