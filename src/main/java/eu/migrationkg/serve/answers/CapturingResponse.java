package eu.migrationkg.serve.answers;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Passes a route's answer through unchanged while keeping a copy of what it sent (headers and up to
 * {@link AnswerCache#MAX_ENTRY_BYTES} of body), so that a success can be stored. The entity tag is
 * ours, not the route's: the route's own is dropped, and {@code onSuccess} adds the headers that
 * belong to a successful answer just before the body starts, when the status is known.
 */
final class CapturingResponse extends HttpServletResponseWrapper {

    private final Consumer<HttpServletResponse> onSuccess;
    private final List<StoredAnswer.Header> headers = new ArrayList<>();
    private ByteArrayOutputStream copy = new ByteArrayOutputStream();
    private boolean started;
    private boolean failed;
    private ServletOutputStream stream;
    private PrintWriter writer;

    CapturingResponse(HttpServletResponse response, Consumer<HttpServletResponse> onSuccess) {
        super(response);
        this.onSuccess = onSuccess;
    }

    @Override
    public void setHeader(String name, String value) {
        if (name.equalsIgnoreCase("ETag")) return;
        super.setHeader(name, value);
        if (followsFromBody(name)) return;
        headers.removeIf(h -> h.name().equalsIgnoreCase(name));
        if (value != null) headers.add(new StoredAnswer.Header(name, value, false));
    }

    @Override
    public void addHeader(String name, String value) {
        if (name.equalsIgnoreCase("ETag")) return;
        super.addHeader(name, value);
        if (!followsFromBody(name)) headers.add(new StoredAnswer.Header(name, value, true));
    }

    @Override
    public void setDateHeader(String name, long date) {
        super.setDateHeader(name, date);
        headers.removeIf(h -> h.name().equalsIgnoreCase(name));
        headers.add(new StoredAnswer.Header(name, getHeader(name), false));
    }

    /** Headers that are stored with the body itself rather than as headers. */
    private static boolean followsFromBody(String name) {
        return name.equalsIgnoreCase("Content-Length") || name.equalsIgnoreCase("Content-Type");
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        failed = true;
        super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
        failed = true;
        super.sendError(sc);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        failed = true;
        super.sendRedirect(location);
    }

    /** Called before the first byte of the body, and at the end for an answer without one (HEAD). */
    void start() {
        if (started) return;
        started = true;
        if (getStatus() == SC_OK && !failed) onSuccess.accept((HttpServletResponse) getResponse());
    }

    @Override
    public void flushBuffer() throws IOException {
        start();
        if (writer != null) writer.flush();
        super.flushBuffer();
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (stream == null) {
            start();
            stream = new Tee(super.getOutputStream());
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            String enc = getCharacterEncoding();
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(),
                    enc == null ? Charset.forName("ISO-8859-1") : Charset.forName(enc)));
        }
        return writer;
    }

    void finish() throws IOException {
        if (writer != null) writer.flush();
        start();
    }

    /** The answer as sent, when it was a complete success small enough to keep; null otherwise. */
    StoredAnswer answer() {
        if (failed || getStatus() != SC_OK || copy == null) return null;
        return new StoredAnswer(getContentType(), List.copyOf(headers), copy.toByteArray());
    }

    @Override
    public void reset() {
        super.reset();
        headers.clear();
        if (copy != null) copy.reset();
    }

    @Override
    public void resetBuffer() {
        super.resetBuffer();
        if (copy != null) copy.reset();
    }

    private final class Tee extends ServletOutputStream {
        private final ServletOutputStream out;

        Tee(ServletOutputStream out) {
            this.out = out;
        }

        private void keep(byte[] b, int off, int len) {
            if (copy == null) return;
            if (copy.size() + len > AnswerCache.MAX_ENTRY_BYTES) {
                copy = null; // too large to keep: still sent, no longer copied
                return;
            }
            copy.write(b, off, len);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            keep(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            keep(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }

        @Override
        public boolean isReady() {
            return out.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            out.setWriteListener(listener);
        }
    }
}
