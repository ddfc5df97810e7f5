package eu.migrationkg.cluster;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 keep-alive connection, kept open across requests, so a test can tell which responses
 * came over the same client connection (a client library pools and hides its connections). Reads
 * bodies framed by Content-Length or chunked transfer coding.
 */
final class KeepAliveConnection implements AutoCloseable {

    /** A response: status, headers (lower-case names) and body. */
    record Response(int status, Map<String, String> headers, byte[] body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final String host;
    private final int port;
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private boolean closed;
    private int answered;

    KeepAliveConnection(String host, int port, int timeoutMillis) throws IOException {
        this.host = host;
        this.port = port;
        this.socket = new Socket(host, port);
        socket.setSoTimeout(timeoutMillis);
        socket.setTcpNoDelay(true);
        this.in = new BufferedInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    /**
     * Thrown when the server closed the connection before a single byte of the response: on a
     * connection that already carried a response, that is the keep-alive race of HTTP/1.1 (the
     * server closed an idle connection as the request went out), which a client may resend.
     */
    static final class ClosedBeforeResponse extends IOException {
        final boolean reused;

        ClosedBeforeResponse(boolean reused) {
            super("the connection closed before a response" + (reused ? " (it had carried earlier ones)" : ""));
            this.reused = reused;
        }
    }

    /** False once the server has said it closes the connection (or closed it). */
    boolean open() {
        return !closed;
    }

    Response get(String path, String accept) throws IOException {
        return exchange("GET", path, accept, null, null);
    }

    Response postForm(String path, String accept, String form) throws IOException {
        return exchange("POST", path, accept, "application/x-www-form-urlencoded", form);
    }

    private Response exchange(String method, String path, String accept, String contentType, String body)
            throws IOException {
        byte[] payload = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder req = new StringBuilder()
                .append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(host).append(':').append(port).append("\r\n")
                .append("Accept: ").append(accept).append("\r\n");
        if (contentType != null) {
            req.append("Content-Type: ").append(contentType).append("\r\n")
                    .append("Content-Length: ").append(payload.length).append("\r\n");
        }
        req.append("\r\n");
        out.write(req.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(payload);
        out.flush();
        String status = line();
        if (status == null) throw new ClosedBeforeResponse(answered > 0);
        if (!status.startsWith("HTTP/1.")) throw new IOException("not an HTTP response: " + status);
        int code = Integer.parseInt(status.substring(9, 12));
        Map<String, String> headers = new LinkedHashMap<>();
        for (String h = line(); h != null && !h.isEmpty(); h = line()) {
            int colon = h.indexOf(':');
            headers.put(h.substring(0, colon).strip().toLowerCase(Locale.ROOT), h.substring(colon + 1).strip());
        }
        byte[] content;
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            while (true) {
                String size = line();
                if (size == null) throw new IOException("the connection closed inside a chunked body");
                int n = Integer.parseInt(size.split(";")[0].strip(), 16);
                if (n == 0) {
                    while (true) {
                        String trailer = line();
                        if (trailer == null || trailer.isEmpty()) break;
                    }
                    break;
                }
                all.write(in.readNBytes(n));
                line();
            }
            content = all.toByteArray();
        } else if (headers.containsKey("content-length")) {
            int n = Integer.parseInt(headers.get("content-length"));
            content = in.readNBytes(n);
            if (content.length < n) throw new IOException("the body ended after " + content.length + " of " + n + " bytes");
        } else if (method.equals("HEAD") || code == 204 || code == 304) {
            content = new byte[0];
        } else {
            content = in.readAllBytes();
            closed = true;
        }
        if ("close".equalsIgnoreCase(headers.get("connection"))) closed = true;
        answered++;
        return new Response(code, headers, content);
    }

    /** A line ended by CRLF, without it; null at the end of the stream. */
    private String line() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                byte[] bytes = b.toByteArray();
                int len = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, len, StandardCharsets.ISO_8859_1);
            }
            b.write(c);
        }
        closed = true;
        return b.size() == 0 ? null : b.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        closed = true;
        socket.close();
    }
}
