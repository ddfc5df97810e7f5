package eu.migrationkg.serve;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own errors (a request it cannot parse, headers too large, a path no handler takes)
 * rendered like every other error, through {@link ErrorResponses}, instead of Jetty's default page.
 */
final class KgErrorHandler extends ErrorHandler {

    @Override
    protected void generateResponse(Request request, Response response, int code, String message,
                                    Throwable cause, Callback callback) {
        String accept = request.getHeaders().get(HttpHeader.ACCEPT);
        ErrorResponses.Rendered r = ErrorResponses.render(accept, Request.getPathInContext(request), code,
                messageFor(code, message));
        response.setStatus(r.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, r.contentType());
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, r.body().length);
        response.write(true, ByteBuffer.wrap(r.body()), callback);
    }

    /** Requests too broken to reach any handler (bad request line, oversized headers). */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        ErrorResponses.Rendered r = ErrorResponses.render(null, null, status, messageFor(status, reason));
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, r.contentType()));
        fields.put(HttpHeader.CACHE_CONTROL, "no-store");
        return ByteBuffer.wrap(r.body());
    }

    /** Jetty's reasons are short and safe ("Request Header Fields Too Large"); a cause is never shown. */
    private static String messageFor(int code, String message) {
        if (code == 404) return null;
        return message;
    }
}
