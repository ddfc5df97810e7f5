package eu.migrationkg.serve.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * Serves files from one folder of the classpath: the site's own assets ({@code /assets/...} from
 * {@code src/main/resources/assets}) or WebJars ({@code /webjars/...}). Only plain file names with a
 * known extension are looked up, so no path can leave the folder; text files are also sent gzipped
 * to clients that accept it. Files are read once and kept.
 */
public final class StaticAssetsServlet extends HttpServlet {

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._@+~-]*");
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("map", "application/json"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("ico", "image/vnd.microsoft.icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("woff", "font/woff"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("txt", "text/plain; charset=utf-8"));

    /** WebJar paths carry the version, so a file never changes under its URL. */
    public static final String IMMUTABLE = "public, max-age=31536000, immutable";
    /** Our own assets keep their names across releases: cached for an hour, then revalidated by tag. */
    public static final String SHORT = "public, max-age=3600";

    private final String root;
    private final String cacheControl;
    private final transient Map<String, Optional<Asset>> cache = new ConcurrentHashMap<>();

    /** @param root a classpath folder ending with '/', e.g. {@code "assets/"} */
    public StaticAssetsServlet(String root, String cacheControl) {
        this.root = root;
        this.cacheControl = cacheControl;
    }

    private record Asset(Representation plain, Representation gzipped) {}

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!Responses.readsOnly(req, resp, "GET, HEAD")) return;
        String path = req.getPathInfo();
        Optional<Asset> asset = path == null ? Optional.empty() : find(path);
        if (asset.isEmpty()) {
            Responses.plain(req, resp, HttpServletResponse.SC_NOT_FOUND, "No such file.");
            return;
        }
        resp.setHeader("Cache-Control", cacheControl);
        Representation rep = asset.get().plain();
        if (asset.get().gzipped() != null) {
            resp.setHeader("Vary", "Accept-Encoding");
            if (acceptsGzip(req)) {
                rep = asset.get().gzipped();
                resp.setHeader("Content-Encoding", "gzip");
            }
        }
        Responses.send(req, resp, HttpServletResponse.SC_OK, rep, null);
    }

    /** True when Accept-Encoding lists gzip (or *) with a quality above zero. */
    static boolean acceptsGzip(HttpServletRequest req) {
        String ae = req.getHeader("Accept-Encoding");
        if (ae == null) return false;
        for (String item : ae.split(",")) {
            String[] parts = item.split(";");
            String coding = parts[0].strip().toLowerCase(Locale.ROOT);
            if (!coding.equals("gzip") && !coding.equals("*")) continue;
            double q = 1;
            for (int i = 1; i < parts.length; i++) {
                String param = parts[i].strip();
                if (param.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(param.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (q > 0) return true;
        }
        return false;
    }

    /** Only files found are kept, so requests for missing names cannot fill the memory. */
    private Optional<Asset> find(String path) {
        Optional<Asset> known = cache.get(path);
        if (known != null) return known;
        Optional<Asset> loaded = load(path);
        if (loaded.isPresent()) cache.put(path, loaded);
        return loaded;
    }

    /** The file at {@code /a/b.css} under the root, or nothing when the path is not a plain file name. */
    private Optional<Asset> load(String path) {
        String type = typeOf(path);
        if (type == null) return Optional.empty();
        URL url = getClass().getClassLoader().getResource(root + path.substring(1));
        if (url == null || !isRegularFile(url)) return Optional.empty();
        try (InputStream in = url.openStream()) {
            byte[] bytes = in.readAllBytes();
            Representation plain = new Representation(bytes, type);
            Representation gz = compressible(type) ? new Representation(gzip(bytes), type) : null;
            return Optional.of(new Asset(plain, gz));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The media type for a well-formed path, or null: every segment a plain name, the last one with a known extension. */
    static String typeOf(String path) {
        if (!path.startsWith("/") || path.length() > 512) return null;
        String[] segments = path.substring(1).split("/", -1);
        for (String s : segments) {
            if (!SEGMENT.matcher(s).matches() || s.contains("..")) return null;
        }
        String last = segments[segments.length - 1];
        int dot = last.lastIndexOf('.');
        return dot < 0 ? null : TYPES.get(last.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** Folders of an unpacked classpath are files too; only regular files are served. */
    private static boolean isRegularFile(URL url) {
        if (!"file".equals(url.getProtocol())) return true; // inside a jar: folders end with '/', excluded above
        try {
            return Files.isRegularFile(Path.of(url.toURI()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean compressible(String type) {
        return type.startsWith("text/") || type.startsWith("application/json") || type.startsWith("image/svg");
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
