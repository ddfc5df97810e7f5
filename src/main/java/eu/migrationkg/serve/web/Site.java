package eu.migrationkg.serve.web;

import eu.migrationkg.ProjectLayout;
import eu.migrationkg.graph.KnowledgeStore;
import eu.migrationkg.serve.ServeContext;
import eu.migrationkg.sources.SourceDocument;
import eu.migrationkg.vocab.Vocab;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * What every page of the server shares: the namespace its links are built from, where the request reached it, the frame of the
 * layout, and when the served data last changed. One per server; modules that render pages take it
 * from {@link #of(ServeContext)}.
 */
public final class Site {

    private static final Node LICENSE = NodeFactory.createURI(Vocab.DCT + "license");
    private static final Node TYPE = NodeFactory.createURI(Vocab.RDF + "type");
    private static final List<Node> LABELS = List.of(
            NodeFactory.createURI(Vocab.RDFS + "label"), NodeFactory.createURI(Vocab.DCT + "title"));

    private final KnowledgeStore store;
    private final ProjectLayout layout;
    private final PublicAddress address;
    private final Map<DatasetGraph, Instant> modified = Collections.synchronizedMap(new WeakHashMap<>());

    private Site(KnowledgeStore store, ProjectLayout layout, PublicAddress address) {
        this.store = store;
        this.layout = layout;
        this.address = address;
    }

    public static Site of(ServeContext ctx) {
        return new Site(ctx.store(), ctx.layout(), new PublicAddress(ctx.settings()));
    }

    public KnowledgeStore store() { return store; }

    public ProjectLayout layout() { return layout; }

    /** The namespace of the IRIs, ending with '/'. The IRI a request path names is this plus the path. */
    public String base() { return store.assembled().iris().base(); }

    /** Where this request reached the server, as the public sees it, ending with '/'. */
    public String address(HttpServletRequest request) {
        return address.of(request);
    }

    /** Links relative to the page that answers this request. */
    public Links links(HttpServletRequest request) {
        return Links.forRequest(base(), address(request), request);
    }

    /**
     * The layout's frame for the page answering this request. A page at the address of a resource the
     * model describes (a resource page) links to the strategy map centred on it.
     */
    public PageFrame frame(HttpServletRequest request, String title) {
        Links links = links(request);
        String path = Links.pathOf(request);
        PageFrame frame = PageFrame.of(links, title, licence(links)).withCanonical(links.publicUrl(path));
        String iri = base() + path;
        if (!path.isEmpty() && isModelResource(iri)) {
            frame = frame.withOnMap(new PageFrame.Link(links.to(MAP_PATH, "focus", iri), "Show on the strategy map"));
        }
        return frame;
    }

    /** The strategy map's path; it takes the IRI to centre on as {@code focus}. */
    public static final String MAP_PATH = "explore";

    /** True when the graph types the IRI with a class of the ontology. */
    private boolean isModelResource(String iri) {
        DatasetGraph ds = store.dataset();
        String ns = store.assembled().iris().ontologyNamespace();
        Node node = NodeFactory.createURI(iri);
        return Txn.calculateRead(ds, () -> {
            var types = ds.getDefaultGraph().find(node, TYPE, Node.ANY);
            try {
                while (types.hasNext()) {
                    Node t = types.next().getObject();
                    if (t.isURI() && t.getURI().startsWith(ns)) return true;
                }
                return false;
            } finally {
                types.close();
            }
        });
    }

    /**
     * When the served data last changed: the newest of the files they were built from. Pages and
     * descriptions send it as Last-Modified.
     */
    public Instant lastModified() {
        // Keyed by the assembly's own dataset, not the served view, which stays the same across reloads.
        return modified.computeIfAbsent(store.assembled().dataset(), d -> newestInput());
    }

    private Instant newestInput() {
        List<Path> inputs = new ArrayList<>();
        for (SourceDocument doc : store.assembled().documents()) inputs.add(doc.file());
        for (Path dir : List.of(layout.ontologyDir(), layout.curatedDir())) {
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(Files::isRegularFile).forEach(inputs::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Instant newest = Instant.EPOCH;
        for (Path p : inputs) {
            try {
                Instant t = Files.getLastModifiedTime(p).toInstant();
                if (t.isAfter(newest)) newest = t;
            } catch (IOException e) {
                // A file removed since the build no longer dates the data.
            }
        }
        return newest;
    }

    /** The licence the ontology declares for the data, with its label when the graph has one. */
    private PageFrame.Link licence(Links links) {
        DatasetGraph ds = store.dataset();
        return Txn.calculateRead(ds, () -> {
            Graph g = ds.getDefaultGraph();
            Node ontology = NodeFactory.createURI(store.assembled().iris().ontologyIri());
            List<Node> found = g.find(ontology, LICENSE, Node.ANY).mapWith(t -> t.getObject())
                    .filterKeep(Node::isURI).toList();
            if (found.isEmpty()) return null;
            Node licence = found.stream().min((a, b) -> a.getURI().compareTo(b.getURI())).orElseThrow();
            String text = licence.getURI().replaceFirst("^https?://", "").replaceFirst("/$", "");
            for (Node p : LABELS) {
                var labels = g.find(licence, p, Node.ANY).toList();
                if (!labels.isEmpty() && labels.get(0).getObject().isLiteral()) {
                    text = labels.get(0).getObject().getLiteralLexicalForm();
                    break;
                }
            }
            return new PageFrame.Link(links.iri(licence.getURI()), text);
        });
    }
}
