package eu.migrationkg.serve;

import java.util.Optional;

/**
 * Where the server listens and where it is reached. The namespace of the IRIs is part of the assembled
 * dataset, not of these: it is the same wherever the server runs.
 *
 * @param publicAddress  the address the public reaches the server at ({@code --base}), ending with '/';
 *                       empty: the address each request was sent to
 * @param trustForwarded whether {@code Forwarded} and {@code X-Forwarded-Host/Proto/Prefix} headers, set
 *                       by a proxy in front, say where the request was sent ({@code --trust-forwarded})
 */
public record ServerSettings(String host, int port, Optional<String> publicAddress, boolean trustForwarded) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;

    /** Reached at the address each request was sent to, no proxy headers trusted. */
    public ServerSettings(String host, int port) {
        this(host, port, Optional.empty(), false);
    }
}
