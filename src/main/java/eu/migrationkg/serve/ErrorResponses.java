package eu.migrationkg.serve;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import eu.migrationkg.serve.web.Negotiation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpStatus;

/**
 * The one way this server answers with an error: the status and a short message, in the format the
 * client asked for (JSON for API and SPARQL clients, HTML for browsers, plain text otherwise).
 * Never a stack trace, a server banner or an internal path: callers pass a message meant for the
 * client, and a 500 is always answered with a generic message (the cause goes to the log).
 * Routes added by other modules call {@link #send} rather than writing error bodies of their own.
 */
public final class ErrorResponses {

    /** Longer messages are cut: an error body is a hint, not a dump of the request. */
    static final int MAX_MESSAGE = 4000;
    static final String INTERNAL = "The server could not answer this request; the problem has been logged.";

    public enum Format {
        JSON("application/json"), HTML("text/html"), TEXT("text/plain");

        final String mediaType;

        Format(String mediaType) {
            this.mediaType = mediaType;
        }
    }

    /** A rendered error: what to put in Content-Type and the bytes of the body. */
    public record Rendered(int status, String contentType, byte[] body) {}

    private ErrorResponses() {}

    /** Writes the error to the response, replacing any body not yet committed. */
    public static void send(HttpServletRequest request, HttpServletResponse response, int status, String message)
            throws IOException {
        Rendered r = render(request.getHeader("Accept"), request.getRequestURI(), status, message,
                RequestIds.of(request));
        if (response.isCommitted()) return;
        response.resetBuffer();
        response.setStatus(r.status());
        response.setContentType(r.contentType());
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if ("HEAD".equals(request.getMethod())) {
            response.setContentLength(0);
            return;
        }
        response.setContentLength(r.body().length);
        response.getOutputStream().write(r.body());
    }

    /**
     * What an error can be written in, JSON standing for every JSON type this server answers in (a
     * SPARQL or JSON-LD client reads a JSON error). Plain text first, as the answer to any client that
     * states no preference; under {@code /api/} JSON first. An error goes out even when the client
     * accepts none of them: in the first.
     */
    private static final Negotiation<Format> FOR_PAGES = Negotiation.of(offer(Format.TEXT), offer(Format.JSON), offer(Format.HTML));
    private static final Negotiation<Format> FOR_API = Negotiation.of(offer(Format.JSON), offer(Format.TEXT), offer(Format.HTML));

    private static Negotiation.Offer<Format> offer(Format f) {
        Negotiation.Offer<Format> o = Negotiation.Offer.of(f, f.mediaType, f.name());
        return switch (f) {
            case JSON -> o.withAliases("application/problem+json", "application/sparql-results+json", "application/ld+json");
            case HTML -> o.withAliases("application/xhtml+xml");
            case TEXT -> o;
        };
    }

    /** The format for a client: the one its Accept header prefers, else JSON under {@code /api/} and text elsewhere. */
    public static Format negotiate(String accept, String path) {
        return (path != null && path.startsWith("/api/") ? FOR_API : FOR_PAGES).preferred(accept);
    }

    public static Rendered render(String accept, String path, int status, String message) {
        return render(accept, path, status, message, null);
    }

    /**
     * The error body; a 500 names {@code requestId} (when there is one), the key to the stack trace in the
     * server's log.
     */
    public static Rendered render(String accept, String path, int status, String message, String requestId) {
        int code = status >= 400 && status <= 599 ? status : 500;
        String reason = reason(code);
        String text = code == 500 || message == null || message.isBlank() || message.strip().equalsIgnoreCase(reason)
                ? defaultMessage(code) : clean(message);
        if (code == 500 && requestId != null) text = text + " Request id: " + requestId + ".";
        Format f = negotiate(accept, path);
        String body = switch (f) {
            case JSON -> "{\"status\":" + code + ",\"error\":\"" + json(reason) + "\",\"message\":\""
                    + json(text) + "\"" + (requestId != null && code == 500 ? ",\"request\":\"" + json(requestId) + "\"" : "")
                    + "}\n";
            case HTML -> "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + code + " "
                    + html(reason) + "</title></head>\n<body><h1>" + code + " " + html(reason) + "</h1>\n<pre>"
                    + html(text) + "</pre></body></html>\n";
            case TEXT -> code + " " + reason + ": " + text + "\n";
        };
        return new Rendered(code, f.mediaType + ";charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
    }

    public static String reason(int status) {
        String r = HttpStatus.getMessage(status);
        return r == null || r.isBlank() ? "Error" : r;
    }

    private static String defaultMessage(int status) {
        return switch (status) {
            case 500 -> INTERNAL;
            case 404 -> "There is nothing at this address.";
            case 405 -> "This method is not allowed here.";
            default -> reason(status) + ".";
        };
    }

    /** Trims, cuts and removes control characters (other than line breaks and tabs) from a message. */
    static String clean(String message) {
        String m = message.strip();
        if (m.length() > MAX_MESSAGE) m = m.substring(0, MAX_MESSAGE) + " ...";
        StringBuilder b = new StringBuilder(m.length());
        m.codePoints().forEach(c -> {
            if (c == '\n' || c == '\t' || !Character.isISOControl(c)) b.appendCodePoint(c);
        });
        return b.toString();
    }

    public static String html(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static String json(String s) {
        // "<" escaped too, so that no JSON body can ever be sniffed as markup.
        return new String(JsonStringEncoder.getInstance().quoteAsString(s)).replace("<", "\\u003c");
    }
}
