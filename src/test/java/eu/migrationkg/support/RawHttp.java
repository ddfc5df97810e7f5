package eu.migrationkg.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 over a plain socket, byte for byte as given: no client library normalises the path,
 * refuses a header or fixes the encoding, which is the point when the request is hostile.
 */
public final class RawHttp {
    private RawHttp() {}

    /** A response: the status (0 if none could be read) and everything received, headers included. */
    public record Response(int status, String text) {
        public String body() {
            int i = text.indexOf("\r\n\r\n");
            return i < 0 ? "" : text.substring(i + 4);
        }

        public String headers() {
            int i = text.indexOf("\r\n\r\n");
            return i < 0 ? text : text.substring(0, i);
        }
    }

    /** Sends the bytes and reads until the server closes (the request should say Connection: close). */
    public static Response exchange(String host, int port, byte[] request, int timeoutMillis) throws IOException {
        try (Socket s = new Socket(host, port)) {
            s.setSoTimeout(timeoutMillis);
            OutputStream out = s.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (IOException e) {
                // The server may answer and close before reading all of a large request: read what it said.
            }
            InputStream in = s.getInputStream();
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            try {
                int n;
                while ((n = in.read(buf)) > 0) got.write(buf, 0, n);
            } catch (SocketTimeoutException e) {
                throw new IOException("no complete answer within " + timeoutMillis + " ms; got: "
                        + got.toString(StandardCharsets.ISO_8859_1), e);
            } catch (IOException e) {
                // Connection reset after the answer: keep what was received.
            }
            String text = got.toString(StandardCharsets.UTF_8);
            return new Response(status(text), text);
        }
    }

    private static int status(String text) {
        if (!text.startsWith("HTTP/1.")) return 0;
        try {
            return Integer.parseInt(text.substring(9, 12));
        } catch (RuntimeException e) {
            return 0;
        }
    }
}
