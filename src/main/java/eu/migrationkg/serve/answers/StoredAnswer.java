package eu.migrationkg.serve.answers;

import java.util.List;

/**
 * A successful answer as it was sent: its media type, the headers the route set (Vary, Link,
 * Content-Location...) and the body, given again as it is for the same request to the same release.
 */
record StoredAnswer(String contentType, List<Header> headers, byte[] body) {

    record Header(String name, String value, boolean add) {}

    /** What the entry costs the cache, roughly in bytes: the body and the headers' text. */
    int weight() {
        int w = body.length + 64 + (contentType == null ? 0 : contentType.length() * 2);
        for (Header h : headers) w += 2 * (h.name().length() + h.value().length()) + 32;
        return w;
    }
}
