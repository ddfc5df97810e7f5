package eu.migrationkg.serve.ld;

import eu.migrationkg.serve.web.Links;
import eu.migrationkg.serve.web.Negotiation;
import eu.migrationkg.serve.web.PageFrame;
import eu.migrationkg.serve.web.Representation;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.PrefixMap;

/**
 * The representations of a graph: every IRI, the dataset description and the service description
 * are served in these. The order is the server's preference when a client accepts several equally
 * (Turtle first for {@code Accept: *}{@code /*}, as programs send it; browsers name text/html explicitly).
 */
public enum Variant {
    TURTLE("text/turtle", "ttl", "Turtle", RDFFormat.TURTLE_PRETTY),
    JSONLD("application/ld+json", "jsonld", "JSON-LD", RDFFormat.JSONLD_PRETTY),
    RDFXML("application/rdf+xml", "rdf", "RDF/XML", RDFFormat.RDFXML_PRETTY),
    NTRIPLES("application/n-triples", "nt", "N-Triples", RDFFormat.NTRIPLES_UTF8),
    HTML("text/html", "html", "HTML", null);

    /** Choosing among them; plain JSON clients get JSON-LD, which is JSON. */
    public static final Negotiation<Variant> NEGOTIATION = Negotiation.of(Arrays.stream(values())
            .map(v -> v == JSONLD ? v.offer().withAliases("application/json") : v.offer()).toList());

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

    /** The graph in this RDF variant, declaring only the prefixes it uses. */
    public Representation render(Graph graph, PrefixMap prefixes) {
        if (!isRdf()) throw new IllegalStateException(this + " is not an RDF syntax");
        return new Representation(RdfOutput.write(graph, prefixes, format), mediaType + "; charset=utf-8");
    }

    /** The dataset description in each RDF variant, as the links a page names in its head. */
    public static List<PageFrame.Alternate> descriptionAlternates(Links links) {
        return Arrays.stream(values()).filter(Variant::isRdf).map(v -> new PageFrame.Alternate(
                links.to("dataset", "format", v.extension()), v.mediaType(), "VoID/DCAT as " + v.extension())).toList();
    }

    private Negotiation.Offer<Variant> offer() {
        return Negotiation.Offer.of(this, mediaType, extension);
    }
}
