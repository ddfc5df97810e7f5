package eu.migrationkg.serve.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import eu.migrationkg.base.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One rendered response body with its media type. Its entity tag is a digest of the bytes, so two
 * equal representations always carry the same tag and a changed one never does.
 */
public record Representation(byte[] body, String contentType) {

    /** The server's one JSON writer: indented, since people read the answers too. */
    public static final ObjectWriter JSON = Json.PRETTY;
    public static final String JSON_TYPE = "application/json";

    public static Representation json(Object body) {
        try {
            return new Representation(JSON.writeValueAsBytes(body), JSON_TYPE + "; charset=utf-8");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON answer", e);
        }
    }

    public static Representation text(String text, String mediaType) {
        return new Representation(text.getBytes(StandardCharsets.UTF_8), mediaType + "; charset=utf-8");
    }

    /** A strong entity tag: the first 128 bits of the body's SHA-256, quoted. */
    public String etag() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
