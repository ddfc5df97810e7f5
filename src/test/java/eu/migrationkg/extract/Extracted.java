package eu.migrationkg.extract;

import eu.migrationkg.sources.FrontMatter;
import eu.migrationkg.sources.SourceDocument;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;

/** What the pipeline extracted from small documents written in a test, with look-ups for assertions. */
public final class Extracted {

    public final ExtractionResult result;

    private Extracted(ExtractionResult result) {
        this.result = result;
    }

    public static SourceDocument document(String name, String body) {
        FrontMatter meta = new FrontMatter("T", "European Commission", LocalDate.of(2026, 1, 29), Optional.empty(),
                URI.create("https://example.org/" + name), "press-release", "en", Optional.empty(), Map.of());
        return new SourceDocument(name, Path.of(name + ".md"), meta, body, 9);
    }

    public static Extracted from(SourceDocument... docs) {
        return new Extracted(ExtractionFixture.pipeline().run(List.of(docs)));
    }

    public static Extracted from(String body) {
        return from(document("doc", body));
    }

    public static Node iri(String path) {
        return NodeFactory.createURI(ExtractionFixture.BASE + path);
    }

    public static Node mig(String local) {
        return NodeFactory.createURI(ExtractionFixture.BASE + "ontology#" + local);
    }

    /** Objects of a subject and property, written short: paths relative to the base, literals by lexical form. */
    public Set<String> objects(String subjectPath, Node predicate) {
        Node s = iri(subjectPath);
        return result.quads().stream().filter(q -> q.getSubject().equals(s) && q.getPredicate().equals(predicate))
                .map(q -> shortForm(q.getObject())).collect(Collectors.toCollection(TreeSet::new));
    }

    public Set<String> objects(String subjectPath, String migProperty) {
        return objects(subjectPath, mig(migProperty));
    }

    /** Subjects of a class, as paths. */
    public Set<String> ofType(String migClass) {
        return result.quads().stream().filter(q -> q.getPredicate().equals(Terms.TYPE) && q.getObject().equals(mig(migClass)))
                .map(q -> shortForm(q.getSubject())).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The passages (graph names) where a statement is made. */
    public Set<String> statedIn(String subjectPath, Node predicate, String objectShort) {
        Node s = iri(subjectPath);
        return result.quads().stream().filter(q -> q.getSubject().equals(s) && q.getPredicate().equals(predicate)
                        && shortForm(q.getObject()).equals(objectShort))
                .map(q -> shortForm(q.getGraph())).collect(Collectors.toCollection(TreeSet::new));
    }

    public List<Quad> quads() {
        return result.quads();
    }

    static String shortForm(Node n) {
        if (n.isLiteral()) return n.getLiteralLexicalForm();
        String u = n.getURI();
        return u.startsWith(ExtractionFixture.BASE) ? u.substring(ExtractionFixture.BASE.length()) : u;
    }
}
