package eu.migrationkg.serve;

import eu.migrationkg.graph.AssembledDataset;
import eu.migrationkg.graph.DatasetStatistics;
import eu.migrationkg.graph.Publication;
import eu.migrationkg.serve.ld.Labels;
import eu.migrationkg.serve.ld.Ref;
import eu.migrationkg.serve.web.Links;
import eu.migrationkg.serve.web.PageFrame;
import eu.migrationkg.vocab.Vocab;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;

/**
 * The dataset description as a page ({@code dataset.jte}): what {@code /dataset} states in VoID and
 * DCAT, for a person: title, licence, counts, classes and properties used, sources, ways to get it.
 */
public record DatasetPage(PageFrame frame, String title, String description, Ref licence, String publisher,
                          String modified, DatasetStatistics counts, List<Count> classes, List<Count> properties,
                          List<Ref> sources, DumpsPage dumps, String endpoint, String graphStore) {

    public record Count(Ref term, long count) {}

    static DatasetPage of(PageFrame frame, AssembledDataset assembled, Publication publication, Labels labels) {
        Links links = frame.links();
        Graph d = publication.description();
        Node ds = assembled.iris().dataset();
        DatasetStatistics stats = publication.statistics();
        Node publisher = value(d, ds, Vocab.DCT + "publisher");
        Node licence = value(d, ds, Vocab.DCT + "license");
        return new DatasetPage(frame,
                text(d, ds, Vocab.DCT + "title"),
                text(d, ds, Vocab.DCT + "description"),
                licence == null || !licence.isURI() ? null : new Ref(licence.getURI(), labels.label(licence)
                        .orElse(licence.getURI().replaceFirst("^https?://", "").replaceFirst("/$", "")),
                        links.iri(licence.getURI())),
                publisher == null ? null : text(d, publisher, Vocab.FOAF + "name"),
                text(d, ds, Vocab.DCT + "modified"),
                stats,
                counts(stats.classes(), labels, links),
                counts(stats.properties(), labels, links),
                d.find(ds, uri(Vocab.DCT + "source"), Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isURI)
                        .toList().stream().sorted(Comparator.comparing(Node::getURI))
                        .map(n -> new Ref(n.getURI(), n.getURI(), links.iri(n.getURI()))).toList(),
                DumpsPage.of(frame, publication),
                links.to("sparql"),
                links.to("data"));
    }

    private static List<Count> counts(Map<Node, Long> counts, Labels labels, Links links) {
        return counts.entrySet().stream().filter(e -> e.getKey().isURI())
                .sorted(Map.Entry.<Node, Long>comparingByValue().reversed()
                        .thenComparing(e -> e.getKey().getURI()))
                .map(e -> new Count(new Ref(e.getKey().getURI(), labels.of(e.getKey()), links.iri(e.getKey().getURI())),
                        e.getValue()))
                .toList();
    }

    private static Node value(Graph g, Node s, String p) {
        return g.find(s, uri(p), Node.ANY).nextOptional().map(Triple::getObject).orElse(null);
    }

    private static String text(Graph g, Node s, String p) {
        Node v = value(g, s, p);
        return v != null && v.isLiteral() ? v.getLiteralLexicalForm() : null;
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
