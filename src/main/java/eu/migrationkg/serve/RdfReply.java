package eu.migrationkg.serve;

import eu.migrationkg.serve.web.Representation;
import eu.migrationkg.serve.web.Responses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.graph.GraphFactory;

/** A graph answered in the RDF format the request negotiates: Turtle, JSON-LD, RDF/XML or N-Triples. */
final class RdfReply {
    private RdfReply() {}

    /** In order of preference when the client has none. */
    static final List<HttpReplies.Offer> OFFERS = List.of(
            new HttpReplies.Offer("ttl", Lang.TURTLE.getHeaderString()),
            new HttpReplies.Offer("jsonld", Lang.JSONLD.getHeaderString()),
            new HttpReplies.Offer("rdf", Lang.RDFXML.getHeaderString()),
            new HttpReplies.Offer("nt", Lang.NTRIPLES.getHeaderString()));

    /** The RDF format the request asks for, or null when it asks for none of ours. */
    static MediaType negotiate(HttpServletRequest req) {
        return HttpReplies.negotiate(req, OFFERS);
    }

    /** Writes the graph, with an entity tag so that a client holding it gets 304. */
    static void write(HttpServletRequest req, HttpServletResponse resp, MediaType type, Graph graph, PrefixMap prefixes)
            throws IOException {
        Graph withPrefixes = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(withPrefixes::add);
        // Only the prefixes the graph uses, so the Turtle opens with what a reader needs.
        prefixes.forEach((p, ns) -> {
            if (graph.stream().anyMatch(t -> uses(t.getSubject(), ns) || uses(t.getPredicate(), ns) || uses(t.getObject(), ns))) {
                withPrefixes.getPrefixMapping().setNsPrefix(p, ns);
            }
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter.source(withPrefixes).format(format(type.getContentTypeStr())).output(out);
        resp.setHeader("Vary", "Accept");
        String contentType = type.getContentTypeStr() + (type.getContentTypeStr().equals(Lang.JSONLD.getHeaderString())
                ? "" : "; charset=utf-8");
        Responses.send(req, resp, HttpServletResponse.SC_OK, new Representation(out.toByteArray(), contentType), null);
    }

    private static boolean uses(Node n, String ns) {
        return (n.isURI() && n.getURI().startsWith(ns))
                || (n.isLiteral() && n.getLiteralDatatypeURI() != null && n.getLiteralDatatypeURI().startsWith(ns));
    }

    private static RDFFormat format(String contentType) {
        if (contentType.equals(Lang.JSONLD.getHeaderString())) return RDFFormat.JSONLD_PRETTY;
        if (contentType.equals(Lang.RDFXML.getHeaderString())) return RDFFormat.RDFXML_PRETTY;
        if (contentType.equals(Lang.NTRIPLES.getHeaderString())) return RDFFormat.NTRIPLES;
        return RDFFormat.TURTLE_PRETTY;
    }
}
