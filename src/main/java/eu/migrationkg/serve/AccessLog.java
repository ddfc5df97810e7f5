package eu.migrationkg.serve;

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
        long micros = NanoTime.since(request.getBeginNanoTime()) / 1000;
        LOG.info(new StringBuilder(96)
                .append(printable(request.getMethod(), 16)).append(' ')
                .append(printable(request.getHttpURI().getPath(), MAX_PATH)).append(' ')
                .append(response.getStatus()).append(' ')
                .append(micros / 1000).append('.').append(micros % 1000 / 100).append("ms ")
                .append(Response.getContentBytesWritten(response)).append("B ")
                .append(Request.getRemoteAddr(request)).toString());
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
