package eu.migrationkg.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives every error on every path the same short, negotiated body. Fuseki and servlets answer errors
 * with a plain-text message or {@code sendError}; this filter catches that message and renders it
 * through {@link ErrorResponses}. An error body a route writes in another format on purpose (a JSON
 * report, an HTML page) is left as it is. An exception escaping a servlet becomes a generic 500 whose
 * body names the request id under which the stack trace was logged ({@link RequestIds}).
 */
final class NegotiatedErrorFilter extends HttpFilter {

    private static final Logger LOG = LoggerFactory.getLogger(NegotiatedErrorFilter.class);
    /** Error messages longer than this are not kept whole (the rendered message is cut shorter anyway). */
    private static final int MAX_CAPTURE = 64 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // No body of ours is ever to be sniffed into something else (an error echoing a payload, say).
        response.setHeader("X-Content-Type-Options", "nosniff");
        String requestId = RequestIds.of(request);
        response.setHeader(RequestIds.HEADER, requestId);
        Capturing wrapped = new Capturing(response);
        try {
            chain.doFilter(request, wrapped);
        } catch (IOException | ServletException | RuntimeException e) {
            // Errors (out of memory, a broken class) are not a request's problem: they go on to the JVM's
            // handlers. An exception here is this server's bug: its stack trace is logged once, under the
            // id the client's error body shows.
            // Once the response has started, only Jetty can still signal the failure (it aborts the
            // connection, and logs the trace itself).
            if (response.isCommitted()) throw e;
            LOG.error("{} {} failed (request {})", request.getMethod(), request.getRequestURI(), requestId, e);
            ErrorResponses.send(request, response, 500, null);
            return;
        }
        if (wrapped.errorStatus > 0 && !wrapped.passThrough) {
            String message = wrapped.message != null ? wrapped.message : wrapped.captured();
            if (wrapped.errorStatus == 500) {
                LOG.error("{} {}: 500 (request {}): {}", request.getMethod(), request.getRequestURI(), requestId,
                        message == null || message.isBlank() ? "no message" : message.strip());
            }
            ErrorResponses.send(request, response, wrapped.errorStatus, message);
        }
    }

    /**
     * Holds back the body of an error answer while it is plain text (or not typed at all), so it can
     * be rendered again; any other response goes straight through.
     */
    private static final class Capturing extends HttpServletResponseWrapper {
        int errorStatus;
        boolean passThrough;
        String message;
        private String pendingType;
        private ByteArrayOutputStream buffer;
        private PrintWriter writer;

        Capturing(HttpServletResponse response) {
            super(response);
        }

        private boolean capturing() {
            return errorStatus > 0 && !passThrough;
        }

        @Override
        public void setStatus(int sc) {
            super.setStatus(sc);
            if (sc >= 400) errorStatus = sc;
        }

        @Override
        public void sendError(int sc, String msg) {
            super.setStatus(sc);
            errorStatus = sc;
            passThrough = false;
            message = msg;
        }

        @Override
        public void sendError(int sc) {
            sendError(sc, null);
        }

        @Override
        public void setContentType(String type) {
            if (capturing() && buffer == null) {
                pendingType = type;
                return;
            }
            super.setContentType(type);
        }

        @Override
        public void setContentLength(int len) {
            if (!capturing()) super.setContentLength(len);
        }

        @Override
        public void setContentLengthLong(long len) {
            if (!capturing()) super.setContentLengthLong(len);
        }

        @Override
        public void setCharacterEncoding(String charset) {
            if (!capturing()) super.setCharacterEncoding(charset);
        }

        @Override
        public void flushBuffer() throws IOException {
            if (!capturing()) super.flushBuffer();
        }

        @Override
        public void resetBuffer() {
            if (buffer != null) buffer.reset();
            else super.resetBuffer();
        }

        /** Decides, when the body starts, whether this error body is ours to render or the route's own. */
        private boolean startCapture() {
            if (!capturing()) return false;
            if (buffer != null) return true;
            String type = pendingType != null ? pendingType : super.getContentType();
            if (type != null && !type.startsWith("text/plain")) {
                passThrough = true;
                if (pendingType != null) super.setContentType(pendingType);
                return false;
            }
            buffer = new ByteArrayOutputStream();
            return true;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (!startCapture()) return super.getOutputStream();
            return new ServletOutputStream() {
                @Override public boolean isReady() { return true; }
                @Override public void setWriteListener(WriteListener l) { throw new IllegalStateException("blocking only"); }
                @Override public void write(int b) {
                    if (buffer.size() < MAX_CAPTURE) buffer.write(b);
                }
                @Override public void write(byte[] b, int off, int len) {
                    int room = MAX_CAPTURE - buffer.size();
                    if (room > 0) buffer.write(b, off, Math.min(room, len));
                }
            };
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (!startCapture()) return super.getWriter();
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8));
            }
            return writer;
        }

        String captured() {
            if (writer != null) writer.flush();
            return buffer == null ? null : buffer.toString(StandardCharsets.UTF_8);
        }
    }
}
