package eu.migrationkg.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.migrationkg.base.Json;
import eu.migrationkg.graph.KnowledgeStore;
import eu.migrationkg.graph.ValidationGraph;
import eu.migrationkg.serve.ld.Labels;
import eu.migrationkg.serve.ld.Variant;
import eu.migrationkg.serve.web.Negotiation;
import eu.migrationkg.serve.web.PageFrame;
import eu.migrationkg.serve.web.Pages;
import eu.migrationkg.serve.web.Representation;
import eu.migrationkg.serve.web.Responses;
import eu.migrationkg.serve.web.Site;
import eu.migrationkg.vocab.Iris;
import eu.migrationkg.vocab.Vocab;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/**
 * {@code /validation}: what publication held back and why, and where sources disagree, read from the
 * served validation report ({@link ValidationGraph}). JSON for programs, a page for people, and the report
 * itself in the SHACL report vocabulary as Turtle or JSON-LD.
 */
final class ValidationServlet extends HttpServlet {

    private static final Negotiation<Object> NEGOTIATION = Negotiation.of(
            Negotiation.Offer.of("json", Representation.JSON_TYPE, "json"),
            Negotiation.Offer.of("html", Pages.HTML, "html"),
            Negotiation.Offer.of(Variant.TURTLE, Variant.TURTLE.mediaType(), Variant.TURTLE.extension()),
            Negotiation.Offer.of(Variant.JSONLD, Variant.JSONLD.mediaType(), Variant.JSONLD.extension()),
            Negotiation.Offer.of(Variant.NTRIPLES, Variant.NTRIPLES.mediaType(), Variant.NTRIPLES.extension()));

    private final Site site;

    ValidationServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<Object> choice = NEGOTIATION.negotiate(req, resp);
        if (choice.isEmpty()) return;
        KnowledgeStore store = site.store();
        DatasetGraph dataset = store.dataset();
        Iris iris = store.assembled().iris();
        if (choice.get() instanceof Variant v) {
            Graph report = Txn.calculateRead(dataset, () -> copy(ValidationGraph.graph(dataset, iris).orElse(null), iris));
            Responses.send(req, resp, HttpServletResponse.SC_OK, v.render(report, prefixes(store)), site.lastModified());
            return;
        }
        PageFrame frame = site.frame(req, "Validation")
                .withDescription("What the published graph holds back, where its sources disagree, and its warnings.");
        ValidationPage page = Txn.calculateRead(dataset, () -> ValidationPage.of(frame, iris,
                ValidationGraph.read(dataset, iris, eu.migrationkg.graph.GraphOrigins.of(site.layout(), iris,
                        store.assembled().documents(), dataset)::locate), dataset.getDefaultGraph(),
                new Labels(dataset.getDefaultGraph(), store.assembled().prefixes(), iris.base())));
        if ("html".equals(choice.get())) {
            Pages.send(req, resp, HttpServletResponse.SC_OK, "validation.jte", page, site.lastModified());
        } else {
            Responses.send(req, resp, HttpServletResponse.SC_OK, Representation.json(toJson(page)), site.lastModified());
        }
    }

    /** The report graph, or an empty report that conforms when publication found nothing to report. */
    private static Graph copy(Graph report, Iris iris) {
        Graph g = GraphFactory.createDefaultGraph();
        if (report != null) {
            report.find().forEachRemaining(g::add);
        } else {
            Node r = eu.migrationkg.graph.GraphOrigins.validationGraph(iris);
            g.add(r, NodeFactory.createURI(Vocab.RDF + "type"), NodeFactory.createURI(Vocab.SH + "ValidationReport"));
            g.add(r, NodeFactory.createURI(Vocab.SH + "conforms"), NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
        }
        return g;
    }

    private static PrefixMap prefixes(KnowledgeStore store) {
        PrefixMap p = PrefixMapFactory.create(store.assembled().prefixes());
        p.add("sh", Vocab.SH);
        p.add("rdf", Vocab.RDF);
        p.add("prov", Vocab.PROV);
        return p;
    }

    private static ObjectNode toJson(ValidationPage page) {
        ObjectNode root = Json.object();
        root.put("conforms", page.conforms());
        root.put("held", page.held().size());
        root.put("conflicts", page.conflicts().size());
        root.put("warnings", page.warnings().size());
        root.set("results", results(page));
        return root;
    }

    private static ArrayNode results(ValidationPage page) {
        ArrayNode out = Json.array();
        for (List<ValidationPage.Item> items : List.of(page.held(), page.conflicts(), page.warnings(), page.violations())) {
            for (ValidationPage.Item i : items) {
                ObjectNode o = out.addObject();
                o.put("kind", i.kind());
                o.put("focus", i.focus().iri());
                if (i.path() != null) o.put("path", i.path().iri());
                o.put("message", i.message());
                ArrayNode ev = o.putArray("statements");
                for (ValidationPage.Said s : i.said()) {
                    ObjectNode e = ev.addObject();
                    if (s.subject() != null) e.put("subject", s.subject().iri());
                    if (s.predicate() != null) e.put("predicate", s.predicate().iri());
                    if (s.object() != null) e.put("object", s.object().iri());
                    if (s.asOf() != null) e.put("asOf", s.asOf());
                    if (s.passage() != null) e.put("passage", s.passage());
                    e.put("location", s.location());
                    if (s.quote() != null) e.put("quote", s.quote());
                }
            }
        }
        return out;
    }
}
