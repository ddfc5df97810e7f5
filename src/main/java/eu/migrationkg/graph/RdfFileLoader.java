package eu.migrationkg.graph;

import eu.migrationkg.vocab.Iris;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

/**
 * Parses the Turtle files of {@code ontology/} and {@code data/}. Relative IRIs resolve against the
 * configured base, which is how the files name our own resources without fixing our address.
 */
final class RdfFileLoader {

    private final Iris iris;

    RdfFileLoader(Iris iris) {
        this.iris = iris;
    }

    /** Parses one file into the stream; a syntax error becomes a problem naming the file and line. */
    void load(Path file, String display, StreamRDF dest, PrefixMap prefixes) throws ProblemException {
        StreamRDF stable = new StableBlankNodes(dest, Iris.slug(display), prefixes);
        FirstError errors = new FirstError(display);
        try {
            RDFParser.create()
                    .source(file)
                    .base(iris.base())
                    .lang(Lang.TURTLE)
                    .errorHandler(errors)
                    .parse(stable);
        } catch (RiotException e) {
            throw new ProblemException(errors.problem != null ? errors.problem
                    : new BuildProblem(display, 0, e.getMessage()));
        }
    }

    /** A problem to report instead of a stack trace. */
    static final class ProblemException extends Exception {
        final transient BuildProblem problem;

        ProblemException(BuildProblem problem) {
            super(problem.toString());
            this.problem = problem;
        }
    }

    /** Keeps the first error with its position; warnings (such as unusual IRIs) are not refusals. */
    private static final class FirstError implements ErrorHandler {
        private final String display;
        BuildProblem problem;

        FirstError(String display) { this.display = display; }

        @Override public void warning(String message, long line, long col) { }

        @Override public void error(String message, long line, long col) { fatal(message, line, col); }

        @Override public void fatal(String message, long line, long col) {
            if (problem == null) {
                String where = col > 0 ? " (column " + col + ")" : "";
                problem = new BuildProblem(display, (int) Math.max(line, 0), message + where);
            }
            throw new RiotException(message);
        }
    }

    /**
     * Gives blank nodes labels derived from the file and their order of appearance, so that dumps are
     * byte-identical from build to build and two files never share a blank node by accident.
     */
    private static final class StableBlankNodes extends StreamRDFWrapper {
        private final String scope;
        private final PrefixMap prefixes;
        private final Map<Node, Node> labels = new HashMap<>();

        StableBlankNodes(StreamRDF dest, String scope, PrefixMap prefixes) {
            super(dest);
            this.scope = scope;
            this.prefixes = prefixes;
        }

        private Node stable(Node n) {
            if (!n.isBlank()) return n;
            return labels.computeIfAbsent(n, k -> NodeFactory.createBlankNode(scope + "-b" + labels.size()));
        }

        @Override public void triple(Triple t) {
            super.triple(Triple.create(stable(t.getSubject()), t.getPredicate(), stable(t.getObject())));
        }

        @Override public void quad(Quad q) {
            super.quad(Quad.create(q.getGraph(), stable(q.getSubject()), q.getPredicate(), stable(q.getObject())));
        }

        @Override public void prefix(String prefix, String iri) {
            if (!prefixes.containsPrefix(prefix)) prefixes.add(prefix, iri);
        }
    }
}
