package eu.migrationkg.serve.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.support.RunningServer;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** /assets/ and /webjars/ over real HTTP: types, caching, compression, and no way out of their folders. */
class StaticAssetsIT {

    @AutoClose
    private static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start();
    }

    private static byte[] classpath(String path) throws Exception {
        try (InputStream in = StaticAssetsIT.class.getClassLoader().getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }

    private static HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path));
        if (headers.length > 0) b.headers(headers);
        return server.http().send(b.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void theStylesheetIsServedWithItsTypeAndCachingHeaders() throws Exception {
        HttpResponse<byte[]> r = get("assets/site.css");
        assertEquals(200, r.statusCode());
        assertEquals("text/css;charset=utf-8", r.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
        assertEquals(StaticAssetsServlet.SHORT, r.headers().firstValue("Cache-Control").orElse(""));
        assertArrayEquals(classpath("assets/site.css"), r.body());
        String etag = r.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = get("assets/site.css", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
    }

    @Test
    void textIsGzippedForClientsThatAcceptIt() throws Exception {
        HttpResponse<byte[]> r = get("assets/site.css", "Accept-Encoding", "br;q=1, gzip;q=0.5");
        assertEquals(200, r.statusCode());
        assertEquals("gzip", r.headers().firstValue("Content-Encoding").orElse(""));
        assertTrue(r.headers().firstValue("Vary").orElse("").contains("Accept-Encoding"));
        byte[] unzipped = new GZIPInputStream(new ByteArrayInputStream(r.body())).readAllBytes();
        assertArrayEquals(classpath("assets/site.css"), unzipped);
        assertTrue(r.body().length < unzipped.length);
        HttpResponse<byte[]> refused = get("assets/site.css", "Accept-Encoding", "gzip;q=0");
        assertTrue(refused.headers().firstValue("Content-Encoding").isEmpty());
    }

    @Test
    void webJarFilesAreServedByVersionedPathAndCachedForever() throws Exception {
        String path = Links.forPath(server.base(), "").webjar("kg-test-webjar", "dist/hello.js");
        HttpResponse<byte[]> r = get(path);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertEquals(StaticAssetsServlet.IMMUTABLE, r.headers().firstValue("Cache-Control").orElse(""));
        assertArrayEquals(classpath("META-INF/resources/webjars/kg-test-webjar/1.2.3/dist/hello.js"), r.body());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "assets/../log4j2.properties",
            "assets/%2e%2e/log4j2.properties",
            "assets/..%2flog4j2.properties",
            "assets/%2e%2e%2flog4j2.properties",
            "assets/..%5clog4j2.properties",
            "assets/%252e%252e/log4j2.properties",
            "webjars/../log4j2.properties",
            "webjars/kg-test-webjar/1.2.3/../../../../log4j2.properties",
            "webjars/..%2f..%2fMETA-INF/maven/org.webjars.npm/kg-test-webjar/pom.properties",
            "webjars/kg-test-webjar/1.2.3/dist/page.html",
            "webjars/kg-test-webjar/1.2.3/dist/",
            "webjars/kg-test-webjar/1.2.3/dist",
            "assets/",
            "assets/site.css/",
            "assets/.site.css",
            "assets/nothing-here.css",
            "assets/site.css%00.js",
            "assets//etc/passwd.css",
            "assets/file:..%2f..%2fpom.css"})
    void nothingOutsideTheAssetFoldersCanBeRead(String path) throws Exception {
        HttpResponse<byte[]> r = get(path);
        assertTrue(r.statusCode() == 400 || r.statusCode() == 404, path + " gave " + r.statusCode());
        String body = new String(r.body(), StandardCharsets.UTF_8);
        assertFalse(body.contains("rootLogger") || body.contains("appender"), "log4j2.properties leaked");
        assertFalse(body.contains("artifactId"), "pom.properties leaked");
        assertFalse(body.contains("<p>a file type"), "HTML from a WebJar served");
        assertFalse(body.contains("at org.") || body.contains("Exception"), "stack trace: " + body);
    }

    @Test
    void onlyGetAndHeadAreAllowed() throws Exception {
        HttpResponse<String> post = server.post("assets/site.css", "text/css", "x", null);
        assertEquals(405, post.statusCode());
        assertEquals("GET, HEAD", post.headers().firstValue("Allow").orElse(""));
        HttpResponse<Void> head = server.http().send(HttpRequest.newBuilder(URI.create(server.url() + "assets/site.css"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(200, head.statusCode());
        assertEquals(String.valueOf(classpath("assets/site.css").length),
                head.headers().firstValue("Content-Length").orElse(""));
    }
}
