package eu.migrationkg.serve;

/** Where the server listens. The public base of the IRIs is part of the assembled dataset, not of these. */
public record ServerSettings(String host, int port) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
}
