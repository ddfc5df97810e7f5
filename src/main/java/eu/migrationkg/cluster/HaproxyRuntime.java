package eu.migrationkg.cluster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * HAProxy's runtime API over its stats socket: one command per connection, as {@code socat} would send
 * it. Used to take a replica out of rotation and put it back, and to read what HAProxy thinks of each.
 */
public final class HaproxyRuntime {

    /** HAProxy's operational state of a server that is up (show servers state, srv_op_state). */
    public static final int UP = 2;

    private final Path socket;

    public HaproxyRuntime(Path socket) {
        this.socket = socket;
    }

    /** Sends one command and returns HAProxy's whole answer. */
    public String command(String command) throws IOException {
        try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            ch.connect(UnixDomainSocketAddress.of(socket));
            ByteBuffer out = ByteBuffer.wrap((command + "\n").getBytes(StandardCharsets.US_ASCII));
            while (out.hasRemaining()) ch.write(out);
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            ByteBuffer in = ByteBuffer.allocate(16 * 1024);
            while (ch.read(in) >= 0) {
                got.write(in.array(), 0, in.position());
                in.clear();
            }
            return got.toString(StandardCharsets.UTF_8);
        }
    }

    /** {@code set server replicas/NAME state maint|drain|ready}; HAProxy's complaint, if any, is an exception. */
    public void setState(String server, String state) throws IOException {
        String answer = command("set server " + HaproxyConfig.BACKEND + "/" + server + " state " + state).strip();
        if (!answer.isEmpty()) throw new IOException("HAProxy refused to set " + server + " " + state + ": " + answer);
    }

    /** The operational state of each server of the backend (2 = up), from {@code show servers state}. */
    public Map<String, Integer> operationalStates() throws IOException {
        Map<String, Integer> states = new HashMap<>();
        for (Map<String, String> row : table(command("show servers state " + HaproxyConfig.BACKEND), " ")) {
            states.put(row.get("srv_name"), Integer.parseInt(row.get("srv_op_state")));
        }
        return states;
    }

    /** Requests in progress on each server of the backend ({@code scur} of {@code show stat}). */
    public Map<String, Integer> currentSessions() throws IOException {
        Map<String, Integer> sessions = new HashMap<>();
        for (Map<String, String> row : table(command("show stat"), ",")) {
            if (HaproxyConfig.BACKEND.equals(row.get("pxname")) && !"BACKEND".equals(row.get("svname"))) {
                sessions.put(row.get("svname"), Integer.parseInt(row.get("scur")));
            }
        }
        return sessions;
    }

    /** The rows of an answer whose header line starts with "# ", as column name to value. */
    static List<Map<String, String>> table(String answer, String separator) {
        List<Map<String, String>> rows = new java.util.ArrayList<>();
        String[] header = null;
        for (String line : answer.split("\n")) {
            if (line.startsWith("# ")) {
                header = line.substring(2).strip().split(separator.equals(" ") ? "\\s+" : separator, -1);
            } else if (header != null && !line.isBlank()) {
                String[] cells = line.strip().split(separator.equals(" ") ? "\\s+" : separator, -1);
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < Math.min(header.length, cells.length); i++) row.put(header[i], cells[i]);
                rows.add(row);
            }
        }
        return rows;
    }
}
