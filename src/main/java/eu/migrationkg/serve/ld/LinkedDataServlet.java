package eu.migrationkg.serve.ld;

import eu.migrationkg.graph.AssembledDataset;
import eu.migrationkg.graph.IriRegister;
import eu.migrationkg.graph.KnowledgeStore;
import eu.migrationkg.serve.web.Links;
import eu.migrationkg.serve.web.Negotiation;
import eu.migrationkg.serve.web.PageFrame;
import eu.migrationkg.serve.web.Pages;
import eu.migrationkg.serve.web.Representation;
import eu.migrationkg.serve.web.Responses;
import eu.migrationkg.serve.web.Site;
import eu.migrationkg.sources.SourceDocument;
import eu.migrationkg.vocab.Vocab;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/**
 * Serves every IRI under the base at its own path: {@code {base}id/...}, the graph names
 * {@code {base}graph/...}, and the ontology {@code {base}ontology}. One URL, content negotiation
 * (Accept, {@code ?format=}, or a file extension), no redirect. The request path is read against
 * the public base, so a server behind a proxy that publishes it elsewhere finds its IRIs.
 */
final class LinkedDataServlet extends HttpServlet {

    static final String ALLOW = "GET, HEAD, OPTIONS";

    private final transient Site site;
    private final transient Tombstones tombstones;

    LinkedDataServlet(Site site) {
        this.site = site;
        this.tombstones = new Tombstones(site.layout().registerFile());
    }

    /** What a request path names: an IRI of the graph, and the extension that chose a format, if any. */
    record Target(Node iri, String extension, boolean ontology) {}

    /** The outcome, computed in a read transaction and sent after it. */
    private record Answer(int status, Representation body, List<String> headers) {}

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String method = req.getMethod();
        if (method.equals("OPTIONS")) {
            resp.setHeader("Allow", ALLOW);
            resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        if (!Responses.readsOnly(req, resp, ALLOW)) return;
        KnowledgeStore store = site.store();
        DatasetGraph ds = store.dataset();
        Answer answer = Txn.calculateRead(ds, () -> answer(req, store, ds));
        for (int i = 0; i < answer.headers().size(); i += 2) resp.addHeader(answer.headers().get(i), answer.headers().get(i + 1));
        Responses.send(req, resp, answer.status(), answer.body(), answer.status() == 200 ? site.lastModified() : null);
    }

    private Answer answer(HttpServletRequest req, KnowledgeStore store, DatasetGraph ds) {
        AssembledDataset assembled = store.assembled();
        Describer describer = new Describer(ds, assembled.iris());
        String accept = req.getHeader("Accept");
        Optional<Target> target = resolve(req, assembled, describer);
        if (target.isEmpty()) {
            Optional<Answer> gone = gone(req, assembled, accept);
            if (gone.isPresent()) return gone.get();
            boolean html = Variant.NEGOTIATION.preferred(accept) == Variant.HTML;
            String iri = site.base() + Links.pathOf(req);
            return html
                    ? new Answer(404, Pages.html("error.jte", new ErrorPage(site.frame(req, "Not found"), 404,
                            "Not in the graph", "Nothing in the graph has this IRI.", iri)), List.of())
                    : new Answer(404, Representation.text("Not in the graph: " + iri + "\n", "text/plain"), List.of());
        }
        Target t = target.get();
        List<String> headers = new ArrayList<>();
        String name = localName(t.iri().getURI());
        StringJoiner link = new StringJoiner(", ");
        for (Variant v : Variant.values()) {
            link.add("<" + variantHref(name, v) + ">; rel=\"alternate\"; type=\"" + v.mediaType() + "\"");
        }
        headers.add("Link");
        headers.add(link.toString());
        Negotiation.Outcome<Variant> outcome = Variant.NEGOTIATION.choose(t.extension(), req.getParameter("format"), accept);
        if (outcome.variesWithAccept()) {
            headers.add("Vary");
            headers.add("Accept");
        }
        if (outcome instanceof Negotiation.Refusal<Variant> refusal) {
            return new Answer(refusal.status(), Representation.text(refusal.message() + "\n", "text/plain"), headers);
        }
        Variant variant = ((Negotiation.Chosen<Variant>) outcome).value();
        if (t.extension() == null) {
            headers.add("Content-Location");
            headers.add(variantHref(name, variant));
        }
        Representation body = t.ontology()
                ? ontology(req, assembled, ds, variant, name)
                : resource(req, assembled, ds, describer, t.iri(), variant, name);
        return new Answer(200, body, headers);
    }

    private Representation resource(HttpServletRequest req, AssembledDataset assembled, DatasetGraph ds,
                                    Describer describer, Node iri, Variant variant, String name) {
        Description d = describer.describe(iri).orElseThrow();
        if (variant.isRdf()) return variant.render(d.graph(), assembled.prefixes());
        GraphView v = new GraphView(ds.getDefaultGraph(), assembled.prefixes(), site.links(req), assembled.iris());
        String label = v.labels.of(iri);
        PageFrame frame = site.frame(req, label).withCanonical(iri.getURI())
                .withAlternates(alternates(name, variant))
                .withJsonLd(RdfOutput.jsonLd(d.graph(), assembled.prefixes()));
        SourceDocument document = assembled.documents().stream()
                .filter(doc -> assembled.iris().resource("source", doc.name()).equals(iri)).findFirst().orElse(null);
        ResourcePage page = new ResourcePageBuilder(v, describer, d).build(frame, alternates(name, null), document);
        return Pages.html(document != null ? "document.jte" : "resource.jte", page);
    }

    private Representation ontology(HttpServletRequest req, AssembledDataset assembled, DatasetGraph ds,
                                    Variant variant, String name) {
        Graph ontology = ontologyGraph(ds, assembled);
        if (variant.isRdf()) return variant.render(ontology, assembled.prefixes());
        GraphView v = new GraphView(ds.getDefaultGraph(), assembled.prefixes(), site.links(req), assembled.iris());
        PageFrame frame = site.frame(req, v.labels.of(NodeFactory.createURI(assembled.iris().ontologyIri())))
                .withSection(PageFrame.ONTOLOGY)
                .withCanonical(assembled.iris().ontologyIri())
                .withAlternates(alternates(name, variant));
        return Pages.html("ontology.jte", OntologyPage.build(frame, ontology, v, alternates(name, null)));
    }

    /**
     * The ontology: every triple of the files of {@code ontology/} that declare it
     * ({@code <ontology> a owl:Ontology}); the shapes beside it are a document of their own.
     */
    static Graph ontologyGraph(DatasetGraph ds, AssembledDataset assembled) {
        String prefix = assembled.iris().graph("ontology/").getURI();
        Node ontology = NodeFactory.createURI(assembled.iris().ontologyIri());
        Graph g = GraphFactory.createDefaultGraph();
        ds.listGraphNodes().forEachRemaining(n -> {
            if (n.isURI() && n.getURI().startsWith(prefix) && ds.getGraph(n).contains(ontology, TYPE, OWL_ONTOLOGY)) {
                ds.getGraph(n).find().forEachRemaining(g::add);
            }
        });
        return g;
    }

    private static final Node TYPE = NodeFactory.createURI(Vocab.RDF + "type");
    private static final Node OWL_ONTOLOGY = NodeFactory.createURI(Vocab.OWL + "Ontology");

    /**
     * The IRI a request path names: the path itself under the public base; failing that, the path
     * without a format extension ({@code x.ttl} is {@code x} in Turtle).
     */
    private Optional<Target> resolve(HttpServletRequest req, AssembledDataset assembled, Describer describer) {
        String base = site.base();
        for (String path : candidatePaths(req)) {
            String ontologyPath = assembled.iris().ontologyIri().substring(base.length());
            if (path.equals(ontologyPath) || path.equals(versionPath(assembled))) return Optional.of(new Target(NodeFactory.createURI(base + path), null, true));
            Node iri = NodeFactory.createURI(base + path);
            if (describer.exists(iri)) return Optional.of(new Target(iri, null, false));
            int dot = path.lastIndexOf('.');
            if (dot > path.lastIndexOf('/') + 1) {
                String ext = path.substring(dot + 1).toLowerCase(Locale.ROOT);
                String stem = path.substring(0, dot);
                if (Variant.NEGOTIATION.named(ext).isPresent()) {
                    if (stem.equals(ontologyPath)) return Optional.of(new Target(NodeFactory.createURI(base + stem), ext, true));
                    Node s = NodeFactory.createURI(base + stem);
                    if (describer.exists(s)) return Optional.of(new Target(s, ext, false));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A path the graph no longer describes but the register says was published: 410 Gone, in the format
     * asked for, with its last label, when it was last published and its successor, if any.
     */
    private Optional<Answer> gone(HttpServletRequest req, AssembledDataset assembled, String accept) {
        String base = site.base();
        for (String path : candidatePaths(req)) {
            String extension = null;
            Optional<IriRegister.Entry> entry = tombstones.published(path);
            int dot = path.lastIndexOf('.');
            if (entry.isEmpty() && dot > path.lastIndexOf('/') + 1
                    && Variant.NEGOTIATION.named(path.substring(dot + 1).toLowerCase(Locale.ROOT)).isPresent()) {
                extension = path.substring(dot + 1).toLowerCase(Locale.ROOT);
                entry = tombstones.published(path.substring(0, dot));
            }
            if (entry.isEmpty()) continue;
            IriRegister.Entry e = entry.get();
            String iri = base + e.path();
            String last = e.gone() ? e.lastPublished() : tombstones.lastVersion();
            String successor = e.replacedBy().isEmpty() ? null : base + e.replacedBy();
            List<String> headers = new ArrayList<>();
            Negotiation.Outcome<Variant> outcome = Variant.NEGOTIATION.choose(extension, req.getParameter("format"), accept);
            if (outcome.variesWithAccept()) {
                headers.add("Vary");
                headers.add("Accept");
            }
            if (successor != null) {
                headers.add("Link");
                headers.add("<" + site.links(req).iri(successor) + ">; rel=\"successor-version\"");
            }
            String text = "Gone: " + iri + (e.label().isEmpty() ? "" : " (" + e.label() + ")")
                    + " no longer describes anything; last published " + last
                    + (successor == null ? "" : "; replaced by " + successor) + "\n";
            if (!(outcome instanceof Negotiation.Chosen<Variant> chosen)) {
                return Optional.of(new Answer(410, Representation.text(text, "text/plain"), headers));
            }
            if (chosen.value().isRdf()) {
                return Optional.of(new Answer(410, chosen.value().render(goneGraph(iri, e.label(), last, successor),
                        assembled.prefixes()), headers));
            }
            PageFrame frame = site.frame(req, "Gone: " + (e.label().isEmpty() ? e.path() : e.label()));
            return Optional.of(new Answer(410, Pages.html("gone.jte", new GonePage(frame, iri, e.label(), last,
                    successor == null ? null : frame.links().iri(successor), successor)), headers));
        }
        return Optional.empty();
    }

    /** What is left to say about a gone IRI, in standard terms. */
    private static Graph goneGraph(String iri, String label, String last, String successor) {
        Graph g = GraphFactory.createDefaultGraph();
        Node s = NodeFactory.createURI(iri);
        if (!label.isEmpty()) g.add(s, NodeFactory.createURI(Vocab.RDFS + "label"), NodeFactory.createLiteralString(label));
        g.add(s, NodeFactory.createURI(Vocab.OWL + "deprecated"),
                NodeFactory.createLiteralDT("true", org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean));
        g.add(s, NodeFactory.createURI(Vocab.RDFS + "comment"), NodeFactory.createLiteralLang(
                "No longer described by the knowledge graph; last published in " + last + ".", "en"));
        if (successor != null) g.add(s, NodeFactory.createURI(Vocab.DCT + "isReplacedBy"), NodeFactory.createURI(successor));
        return g;
    }

    /** The request path as sent and, when it differs, percent-decoded. */
    private static List<String> candidatePaths(HttpServletRequest req) {
        String raw = Links.pathOf(req);
        String decoded = (req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo())).replaceFirst("^/", "");
        return raw.equals(decoded) ? List.of(raw) : List.of(raw, decoded);
    }

    /** The path of the IRI of this version of the ontology ({@code owl:versionIRI}), which serves the ontology too. */
    private String versionPath(AssembledDataset assembled) {
        Graph g = assembled.dataset().getDefaultGraph();
        return g.find(NodeFactory.createURI(assembled.iris().ontologyIri()), NodeFactory.createURI(Vocab.OWL + "versionIRI"), Node.ANY)
                .nextOptional().map(t -> t.getObject()).filter(Node::isURI).map(Node::getURI)
                .filter(v -> v.startsWith(site.base())).map(v -> v.substring(site.base().length())).orElse("");
    }

    /** The last segment of an IRI's path: the name its variants are linked by, relative to its page. */
    static String localName(String iri) {
        String noFragment = iri.replaceFirst("#.*$", "");
        return noFragment.substring(noFragment.lastIndexOf('/') + 1);
    }

    /** {@code name.ttl}; for an IRI ending in '/', {@code ?format=ttl}. */
    static String variantHref(String name, Variant v) {
        return name.isEmpty() ? "?format=" + v.extension() : name + "." + v.extension();
    }

    /** The other formats of the page, or all of them when {@code current} is null. */
    private static List<PageFrame.Alternate> alternates(String name, Variant current) {
        List<PageFrame.Alternate> out = new ArrayList<>();
        for (Variant v : Variant.values()) {
            if (v != current) out.add(new PageFrame.Alternate(variantHref(name, v), v.mediaType(), v.label()));
        }
        return out;
    }
}
