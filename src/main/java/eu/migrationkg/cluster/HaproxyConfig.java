package eu.migrationkg.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HAProxy's configuration for a cluster, written from the template kept in the repository
 * ({@code deploy/haproxy.cfg.template}): each {@code ${NAME}} outside a comment is replaced by its value. A name the
 * template uses but this class does not know, or one it knows but the template lacks, is an error, so the
 * template and the code cannot drift apart silently.
 */
public final class HaproxyConfig {

    /** The backend of the replicas, as the runtime API names it. */
    public static final String BACKEND = "replicas";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z_]+)}");

    private HaproxyConfig() {}

    /** What the template needs to know about a cluster. */
    public record Settings(String bindHost, int port, Path socket, int graceSeconds, int serverTimeoutSeconds,
            int clientMaxConnections, int replicaMaxConnections, List<ReplicaSlot> replicas) {}

    /** One replica as HAProxy knows it: a server name and a loopback port. */
    public record ReplicaSlot(String name, int port) {}

    public static String render(Path template, Settings s) throws IOException {
        String text = Files.readString(template);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("BIND", (s.bindHost().contains(":") ? "[" + s.bindHost() + "]" : s.bindHost()) + ":" + s.port());
        values.put("SOCKET", s.socket().toAbsolutePath().toString());
        values.put("GRACE_SECONDS", Integer.toString(s.graceSeconds()));
        values.put("SERVER_TIMEOUT", Integer.toString(s.serverTimeoutSeconds()));
        values.put("CLIENT_MAX_CONN", Integer.toString(s.clientMaxConnections()));
        values.put("REPLICA_MAX_CONN", Integer.toString(s.replicaMaxConnections()));
        StringBuilder pins = new StringBuilder();
        StringBuilder servers = new StringBuilder();
        for (ReplicaSlot r : s.replicas()) {
            pins.append("    use-server ").append(r.name()).append(" if { var(sess.kg_replica) -m str ")
                    .append(r.name()).append(" }\n");
            servers.append("    server ").append(r.name()).append(" 127.0.0.1:").append(r.port()).append('\n');
        }
        values.put("PINS", strip(pins));
        values.put("SERVERS", strip(servers));
        StringBuilder out = new StringBuilder();
        java.util.Set<String> used = new java.util.HashSet<>();
        // Comment lines are copied as they are: they may name placeholders to document them.
        for (String line : text.split("\n", -1)) {
            if (line.strip().startsWith("#")) {
                out.append(line).append('\n');
                continue;
            }
            Matcher m = PLACEHOLDER.matcher(line);
            while (m.find()) {
                String value = values.get(m.group(1));
                if (value == null) {
                    throw new IllegalArgumentException(template + ": unknown placeholder ${" + m.group(1)
                            + "} (known: " + String.join(", ", values.keySet()) + ")");
                }
                used.add(m.group(1));
                m.appendReplacement(out, Matcher.quoteReplacement(value));
            }
            m.appendTail(out);
            out.append('\n');
        }
        out.setLength(out.length() - 1);
        for (String name : values.keySet()) {
            if (!used.contains(name)) {
                throw new IllegalArgumentException(template + ": the placeholder ${" + name + "} is missing");
            }
        }
        return out.toString();
    }

    private static String strip(StringBuilder lines) {
        String s = lines.toString();
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }
}
