package eu.migrationkg.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import eu.migrationkg.serve.web.Responses;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;

/** Small pieces every servlet of ours needs: negotiation by Accept or ?format=, and plain replies. */
final class HttpReplies {
    private HttpReplies() {}

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * The offered media type the request prefers: {@code ?format=} names one by its short name, else
     * the Accept header decides (a missing header means the first offer). Null when none is acceptable.
     */
    static MediaType negotiate(HttpServletRequest req, List<Offer> offers) {
        String format = req.getParameter("format");
        if (format != null) {
            return offers.stream().filter(o -> o.shortName().equals(format)).findFirst()
                    .map(o -> MediaType.create(o.mediaType())).orElse(null);
        }
        String accept = req.getHeader("Accept");
        if (accept == null || accept.isBlank()) return MediaType.create(offers.getFirst().mediaType());
        AcceptList offered = AcceptList.create(offers.stream().map(Offer::mediaType).toArray(String[]::new));
        return AcceptList.match(new AcceptList(accept), offered);
    }

    /** A media type we can produce and the {@code ?format=} value that asks for it. */
    record Offer(String shortName, String mediaType) {}

    static void json(HttpServletResponse resp, int status, Object body) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        JSON.writeValue(resp.getOutputStream(), body);
    }

    /** A refusal or failure as JSON, for clients that asked for JSON. */
    static void jsonError(HttpServletResponse resp, int status, String message) throws IOException {
        ObjectNode o = JSON.createObjectNode();
        o.put("status", status);
        o.put("error", message);
        json(resp, status, o);
    }

    static void bytes(HttpServletResponse resp, int status, String contentType, byte[] body) throws IOException {
        resp.setStatus(status);
        resp.setContentType(contentType);
        resp.setContentLength(body.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(body);
        }
    }

    static void notAcceptable(HttpServletRequest req, HttpServletResponse resp, List<Offer> offers) throws IOException {
        Responses.plain(req, resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "cannot produce what the Accept header or "
                + "?format= asks for; available: " + String.join(", ", offers.stream().map(o -> o.mediaType()
                + " (format=" + o.shortName() + ")").toList()));
    }
}
