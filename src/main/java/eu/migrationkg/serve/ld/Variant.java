package eu.migrationkg.serve.ld;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.jena.riot.RDFFormat;

/**
 * The representations every IRI is served in. The order is the server's preference when a client
 * accepts several equally (Turtle first for {@code Accept: *}{@code /*}, as programs send it; browsers
 * name text/html explicitly).
 */
public enum Variant {
    TURTLE("text/turtle", "ttl", "Turtle", RDFFormat.TURTLE_PRETTY),
    JSONLD("application/ld+json", "jsonld", "JSON-LD", RDFFormat.JSONLD_PRETTY),
    RDFXML("application/rdf+xml", "rdf", "RDF/XML", RDFFormat.RDFXML_PRETTY),
    NTRIPLES("application/n-triples", "nt", "N-Triples", RDFFormat.NTRIPLES_UTF8),
    HTML("text/html", "html", "HTML", null);

    private final String mediaType;
    private final String extension;
    private final String label;
    private final RDFFormat format;

    Variant(String mediaType, String extension, String label, RDFFormat format) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.label = label;
        this.format = format;
    }

    public String mediaType() { return mediaType; }

    /** The file extension and the value of {@code ?format=} that ask for this variant. */
    public String extension() { return extension; }

    public String label() { return label; }

    /** Jena's writer format; null for HTML. */
    public RDFFormat format() { return format; }

    public boolean isRdf() { return format != null; }

    public static Optional<Variant> byExtension(String ext) {
        return Arrays.stream(values()).filter(v -> v.extension.equals(ext)).findFirst();
    }

    /** The extensions, for messages listing what can be asked for. */
    public static List<String> extensions() {
        return Arrays.stream(values()).map(Variant::extension).toList();
    }
}
