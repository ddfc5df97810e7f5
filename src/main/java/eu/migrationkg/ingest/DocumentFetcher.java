package eu.migrationkg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Fetches a document from the web for add: a timeout on connecting and on the whole exchange, a cap on
 * its size, a limited number of redirects (followed here, so that each is checked), and only the content
 * types add can read.
 */
public final class DocumentFetcher {

    public static final Set<String> READABLE = Set.of("text/html", "application/xhtml+xml", "application/pdf",
            "text/plain", "text/markdown");

    /** How far a fetch may go. */
    public record Limits(Duration timeout, long maxBytes, int maxRedirects) {
        public static final Limits DEFAULT = new Limits(Duration.ofSeconds(30), 50L * 1024 * 1024, 5);
    }

    private final Limits limits;
    private final HttpClient http;

    public DocumentFetcher(Limits limits) {
        this.limits = limits;
        this.http = HttpClient.newBuilder().connectTimeout(limits.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public Original fetch(URI url) throws IngestException {
        URI current = url;
        for (int redirects = 0; ; redirects++) {
            String scheme = current.getScheme() == null ? "" : current.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new IngestException(url + ": only http and https addresses are fetched (got " + current + ")");
            }
            HttpResponse<InputStream> response = send(url, current);
            int status = response.statusCode();
            if (status >= 300 && status < 400) {
                close(response);
                Optional<String> location = response.headers().firstValue("Location");
                if (location.isEmpty()) throw new IngestException(url + ": the server redirected (" + status + ") without a Location");
                if (redirects >= limits.maxRedirects()) {
                    throw new IngestException(url + ": more than " + limits.maxRedirects()
                            + " redirects; open it in a browser and add the address it ends at");
                }
                current = current.resolve(location.get().strip());
                continue;
            }
            if (status != 200) {
                close(response);
                throw new IngestException(url + ": the server answered " + status + "; check the address, or save "
                        + "the page and add the file");
            }
            String type = response.headers().firstValue("Content-Type").orElse("")
                    .split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            if (!READABLE.contains(type)) {
                close(response);
                throw new IngestException(url + ": the server sent " + (type.isEmpty() ? "no content type" : type)
                        + ", not a web page, PDF or text (" + String.join(", ", READABLE.stream().sorted().toList()) + ")");
            }
            long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > limits.maxBytes()) {
                close(response);
                throw tooLarge(url);
            }
            byte[] bytes = read(url, response.body());
            String path = current.getPath() == null ? "" : current.getPath();
            return new Original(bytes, url.toString(), path.substring(path.lastIndexOf('/') + 1), type, Optional.of(current));
        }
    }

    private HttpResponse<InputStream> send(URI asked, URI url) throws IngestException {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(limits.timeout())
                .header("Accept", "text/html,application/xhtml+xml,application/pdf;q=0.9,text/plain;q=0.5")
                .header("User-Agent", "migration-kg add")
                .GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new IngestException(asked + ": no answer within " + limits.timeout().toSeconds()
                    + " s; try again later, or save the page and add the file");
        } catch (IOException e) {
            throw new IngestException(asked + ": cannot fetch it (" + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()) + "); check the address and the network, or save the page and add the file");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IngestException(asked + ": interrupted");
        }
    }

    private byte[] read(URI url, InputStream body) throws IngestException {
        try (InputStream in = body) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
            if (bytes.length > limits.maxBytes()) throw tooLarge(url);
            return bytes;
        } catch (IOException e) {
            throw new IngestException(url + ": the download broke off (" + e.getMessage() + "); try again");
        }
    }

    private IngestException tooLarge(URI url) {
        return new IngestException(url + ": larger than " + limits.maxBytes() + " bytes, the limit of a fetch; "
                + "download it yourself and add the file");
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException ignored) {
            // The answer is refused anyway; a failure to close it changes nothing for the user.
        }
    }
}
