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
import java.nio.charset.StandardCharsets;

/**
 * A route's answer kept rather than sent: its status and bytes, for a response made from it (a
 * citation of the answer in BibTeX or CSL-JSON). Nothing reaches the client through it.
 */
final class BufferedResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private int status = SC_OK;
    private String contentType;
    private String characterEncoding;
    private ServletOutputStream stream;
    private PrintWriter writer;

    BufferedResponse(HttpServletResponse response) {
        super(response);
    }

    int status() {
        return status;
    }

    byte[] body() {
        if (writer != null) writer.flush();
        return body.toByteArray();
    }

    @Override public void setStatus(int sc) { status = sc; }
    @Override public int getStatus() { return status; }
    @Override public void sendError(int sc, String msg) { status = sc; }
    @Override public void sendError(int sc) { status = sc; }
    @Override public void sendRedirect(String location) { status = SC_FOUND; }
    @Override public void setHeader(String name, String value) { }
    @Override public void addHeader(String name, String value) { }
    @Override public void setDateHeader(String name, long date) { }
    @Override public void addDateHeader(String name, long date) { }
    @Override public void setIntHeader(String name, int value) { }
    @Override public void addIntHeader(String name, int value) { }
    @Override public String getHeader(String name) { return null; }
    @Override public boolean containsHeader(String name) { return false; }
    @Override public void setContentLength(int len) { }
    @Override public void setContentLengthLong(long len) { }
    @Override public void setContentType(String type) { contentType = type; }
    @Override public String getContentType() { return contentType; }
    @Override public void setCharacterEncoding(String charset) { characterEncoding = charset; }
    @Override public String getCharacterEncoding() { return characterEncoding == null ? "UTF-8" : characterEncoding; }
    @Override public boolean isCommitted() { return false; }
    @Override public void flushBuffer() { }
    @Override public void reset() { body.reset(); status = SC_OK; }
    @Override public void resetBuffer() { body.reset(); }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override public void write(int b) { body.write(b); }
                @Override public void write(byte[] b, int off, int len) { body.write(b, off, len); }
                @Override public boolean isReady() { return true; }
                @Override public void setWriteListener(WriteListener listener) { }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            Charset cs = characterEncoding == null ? StandardCharsets.UTF_8 : Charset.forName(characterEncoding);
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), cs));
        }
        return writer;
    }
}
