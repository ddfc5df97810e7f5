package eu.migrationkg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The server's limits and switches, from one properties file. The defaults ship inside the jar
 * ({@code serve-defaults.properties}, safe for a public endpoint); a file given with
 * {@code --config} overrides any of its keys. Unknown keys and bad values are refused with the key
 * named, so a typo never silently leaves a limit at its default.
 */
public record ServeConfig(
        String host,
        int port,
        Duration queryTimeout,
        long maxRows,
        int maxQueryLength,
        int maxQueryNesting,
        boolean serviceEnabled,
        long maxBodyBytes,
        int maxHeaderBytes,
        int maxConcurrentPerClient,
        int retryAfterSeconds,
        boolean corsEnabled,
        int corsMaxAgeSeconds,
        boolean accessLog,
        boolean metrics,
        boolean watch,
        String tokenVariable,
        Duration reloadDebounce,
        Optional<String> adminToken) {

    static final String DEFAULTS = "serve-defaults.properties";

    /** The defaults shipped in the jar, with the admin token read from the environment. */
    public static ServeConfig defaults() {
        return from(defaultProperties(), System::getenv);
    }

    /** The defaults overridden by a properties file. */
    public static ServeConfig load(Path file) throws ConfigException {
        Properties p = defaultProperties();
        Properties user = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            user.load(r);
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read: " + e.getMessage());
        }
        TreeSet<String> unknown = new TreeSet<>(user.stringPropertyNames());
        unknown.removeAll(p.stringPropertyNames());
        if (!unknown.isEmpty()) {
            throw new ConfigException(file + ": unknown key " + String.join(", ", unknown)
                    + " (the keys are listed in README.md)");
        }
        p.putAll(user);
        try {
            return from(p, System::getenv);
        } catch (ConfigException e) {
            throw new ConfigException(file + ": " + e.getMessage());
        }
    }

    static Properties defaultProperties() {
        Properties p = new Properties();
        try (InputStream in = ServeConfig.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) throw new IllegalStateException(DEFAULTS + " is missing from the jar");
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(DEFAULTS + ": " + e.getMessage(), e);
        }
        return p;
    }

    static ServeConfig from(Properties p, Function<String, String> env) {
        Values v = new Values(p);
        String tokenVar = v.string("reload.token.env");
        String token = tokenVar.isEmpty() ? null : env.apply(tokenVar);
        return new ServeConfig(
                v.string("server.host"),
                v.integer("server.port", 0, 65535),
                Duration.ofSeconds(v.integer("query.timeout.seconds", 1, 3600)),
                v.integer("query.max.rows", 1, Integer.MAX_VALUE),
                v.integer("query.max.length", 16, Integer.MAX_VALUE),
                v.integer("query.max.nesting", 4, 10_000),
                v.bool("query.service.enabled"),
                v.integer("http.max.body.bytes", 1024, Integer.MAX_VALUE),
                v.integer("http.max.header.bytes", 1024, 16 * 1024 * 1024),
                v.integer("http.client.max.concurrent", 1, 100_000),
                v.integer("http.client.retry.after.seconds", 1, 3600),
                v.bool("cors.enabled"),
                v.integer("cors.max.age.seconds", 0, Integer.MAX_VALUE),
                v.bool("log.access"),
                v.bool("metrics.enabled"),
                v.bool("reload.watch"),
                tokenVar,
                Duration.ofMillis(v.integer("reload.debounce.millis", 0, 60_000)),
                token == null || token.isBlank() ? Optional.empty() : Optional.of(token));
    }

    public ServeConfig withListen(String newHost, int newPort) {
        return new ServeConfig(newHost, newPort, queryTimeout, maxRows, maxQueryLength, maxQueryNesting,
                serviceEnabled, maxBodyBytes, maxHeaderBytes, maxConcurrentPerClient, retryAfterSeconds,
                corsEnabled, corsMaxAgeSeconds, accessLog, metrics, watch, tokenVariable, reloadDebounce, adminToken);
    }

    public ServeConfig withWatch(boolean newWatch) {
        return new ServeConfig(host, port, queryTimeout, maxRows, maxQueryLength, maxQueryNesting,
                serviceEnabled, maxBodyBytes, maxHeaderBytes, maxConcurrentPerClient, retryAfterSeconds,
                corsEnabled, corsMaxAgeSeconds, accessLog, metrics, newWatch, tokenVariable, reloadDebounce, adminToken);
    }

    /** The same limits with the admin token given directly (tests, embedding) instead of from the environment. */
    public ServeConfig withAdminToken(String token) {
        return new ServeConfig(host, port, queryTimeout, maxRows, maxQueryLength, maxQueryNesting,
                serviceEnabled, maxBodyBytes, maxHeaderBytes, maxConcurrentPerClient, retryAfterSeconds,
                corsEnabled, corsMaxAgeSeconds, accessLog, metrics, watch, tokenVariable, reloadDebounce,
                Optional.ofNullable(token));
    }

    /** Defaults overridden by the given keys; for tests and embedding. */
    public static ServeConfig withOverrides(Properties overrides) {
        Properties p = defaultProperties();
        for (String key : overrides.stringPropertyNames()) {
            if (!p.containsKey(key)) throw new ConfigException("unknown key " + key);
        }
        p.putAll(overrides);
        return from(p, name -> null);
    }

    /** A configuration that cannot be used, with the key and the reason. */
    public static final class ConfigException extends RuntimeException {
        public ConfigException(String message) {
            super(message);
        }
    }

    private record Values(Properties p) {
        String string(String key) {
            String v = p.getProperty(key);
            if (v == null) throw new ConfigException("missing key " + key);
            return v.strip();
        }

        int integer(String key, int min, int max) {
            String s = string(key);
            try {
                int v = Integer.parseInt(s);
                if (v < min || v > max) {
                    throw new ConfigException(key + " = " + s + ": must be between " + min + " and " + max);
                }
                return v;
            } catch (NumberFormatException e) {
                throw new ConfigException(key + " = " + s + ": not a whole number");
            }
        }

        boolean bool(String key) {
            String s = string(key);
            return switch (s) {
                case "true" -> true;
                case "false" -> false;
                default -> throw new ConfigException(key + " = " + s + ": must be true or false");
            };
        }
    }
}
