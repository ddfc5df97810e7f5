package eu.migrationkg.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.migrationkg.base.Json;
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
import org.eclipse.jetty.http.ByteRange;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * {@code /dumps/}: the gzipped dumps of the served assembly, their {@code SHA256SUMS}, and a listing.
 * A dump's ETag is its SHA-256, so a client that has it gets 304 and a reload that changes it does not;
 * a dump is streamed from its file and a range of it can be asked for.
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
        send(req, resp, dump.get());
    }

    /**
     * A dump, streamed: its SHA-256 as strong ETag (If-None-Match answered 304 as every page is), and a
     * single byte range when asked (RFC 9110 14: 206 with Content-Range, 416 when none is satisfiable;
     * If-Range with another tag, or several ranges, get the whole file), so a broken download resumes.
     */
    private static void send(HttpServletRequest req, HttpServletResponse resp, DumpFile d) throws IOException {
        String etag = "\"" + d.sha256() + "\"";
        resp.setHeader("ETag", etag);
        resp.setHeader("Cache-Control", Responses.REVALIDATE);
        resp.setHeader("Accept-Ranges", "bytes");
        String ifNoneMatch = req.getHeader("If-None-Match");
        if (ifNoneMatch != null && Responses.matchesAny(ifNoneMatch, etag)) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + d.name() + "\"");
        resp.setContentType(DumpFile.GZIP);
        List<String> range = Collections.list(req.getHeaders("Range"));
        String ifRange = req.getHeader("If-Range");
        List<ByteRange> ranges = range.isEmpty() || (ifRange != null && !ifRange.strip().equals(etag))
                ? List.of() : ByteRange.parse(range, d.size());
        if (!range.isEmpty() && ranges.isEmpty() && (ifRange == null || ifRange.strip().equals(etag))) {
            resp.setStatus(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
            resp.setHeader("Content-Range", ByteRange.toNonSatisfiableHeaderValue(d.size()));
            resp.setContentLength(0);
            return;
        }
        ByteRange part = ranges.size() == 1 ? ranges.getFirst() : null;
        long skip = part == null ? 0 : part.first();
        long length = part == null ? d.size() : part.getLength();
        resp.setStatus(part == null ? HttpServletResponse.SC_OK : HttpServletResponse.SC_PARTIAL_CONTENT);
        if (part != null) resp.setHeader("Content-Range", part.toHeaderValue(d.size()));
        resp.setContentLengthLong(length);
        if ("HEAD".equals(req.getMethod())) return;
        try (InputStream in = d.open()) {
            in.skipNBytes(skip);
            OutputStream out = resp.getOutputStream();
            byte[] buffer = new byte[64 * 1024];
            long left = length;
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) break;
                out.write(buffer, 0, n);
                left -= n;
            }
        }
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
        ObjectNode root = Json.object();
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
