package eu.migrationkg.serve;

import java.util.Locale;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.NanoTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request, written by Jetty once the response is complete, so requests refused before
 * any servlet (malformed, headers too large) are logged too: method, path, status, duration, bytes
 * sent and client address. The path is cut and stripped of control characters, so a hostile path
 * cannot forge log lines.
 */
final class AccessLog implements RequestLog {

    static final Logger LOG = LoggerFactory.getLogger("eu.migrationkg.access");
    private static final int MAX_PATH = 300;

    @Override
    public void log(Request request, Response response) {
        if (!LOG.isInfoEnabled()) return;
        double ms = NanoTime.millisSince(request.getBeginNanoTime());
        LOG.info(String.format(Locale.ROOT, "%s %s %d %.1fms %dB %s",
                printable(request.getMethod(), 16), printable(request.getHttpURI().getPath(), MAX_PATH),
                response.getStatus(), ms, Response.getContentBytesWritten(response), Request.getRemoteAddr(request)));
    }

    static String printable(String s, int max) {
        if (s == null) return "-";
        StringBuilder b = new StringBuilder(Math.min(s.length(), max) + 4);
        for (int i = 0; i < s.length() && b.length() < max; i++) {
            char c = s.charAt(i);
            b.append(c < 0x20 || c == 0x7f || Character.isWhitespace(c) ? '_' : c);
        }
        if (s.length() > max) b.append("...");
        return b.toString();
    }
}
