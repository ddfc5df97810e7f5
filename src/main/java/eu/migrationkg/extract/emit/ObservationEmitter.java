package eu.migrationkg.extract.emit;

import eu.migrationkg.extract.Candidate;
import eu.migrationkg.extract.Observation;
import eu.migrationkg.extract.Passage;
import eu.migrationkg.extract.FactTerm;
import eu.migrationkg.extract.Terms;
import eu.migrationkg.vocab.Iris;
import eu.migrationkg.vocab.Vocab;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;

/**
 * Writes dated observations (see docs/MODEL.md, "Values that change"). Each observation is a node in the
 * graph of the passage stating it: {@code ?thing mig:history ?obs . ?obs a mig:Observation ; rdf:subject ?thing ;
 * rdf:predicate mig:status ; rdf:object mig:adopted ; mig:asOf "2027-03"^^xsd:gYearMonth ; mig:asOfPrecision
 * time:unitMonth ; mig:asOfStated true ; prov:wasDerivedFrom ?passage}. Its IRI is a hash of what it is
 * (thing, property, value, as-of date, passage), so it is the same in every build and order-independent.
 *
 * <p>The current value, the plain {@code ?thing mig:status ?value} that queries ignoring time use, is
 * materialised once per thing and property: the value of the latest observation, written in the graph of
 * every passage stating that value as of that date. Two different values as of the same latest date are a
 * conflict: both observations stay (the validation report lists them) and the one from the document
 * published last is current, then the one from the first document by name, so the choice is deterministic.
 */
public final class ObservationEmitter {

    private static final Node RDF_SUBJECT = NodeFactory.createURI(Vocab.RDF + "subject");
    private static final Node RDF_PREDICATE = NodeFactory.createURI(Vocab.RDF + "predicate");
    private static final Node RDF_OBJECT = NodeFactory.createURI(Vocab.RDF + "object");
    private static final Node DERIVED_FROM = NodeFactory.createURI(Vocab.PROV + "wasDerivedFrom");
    private static final String TIME = "http://www.w3.org/2006/time#";

    private final Iris iris;
    private final Terms terms;

    public ObservationEmitter(Iris iris, Terms terms) {
        this.iris = iris;
        this.terms = terms;
    }

    /** Emits every observation and the current values; {@code graphOf} names (and marks as used) a passage's graph. */
    public void emit(List<Observation> observations, Function<Passage, Node> graphOf, Consumer<Quad> out) {
        Map<List<Node>, List<Observation>> groups = new LinkedHashMap<>();
        for (Observation o : observations) {
            groups.computeIfAbsent(List.of(node(o.subject()), o.property()), k -> new ArrayList<>()).add(o);
        }
        groups.forEach((key, group) -> {
            Node thing = key.get(0);
            for (Observation o : group) {
                Node g = graphOf.apply(o.passage());
                Node obs = iri(thing, o, g);
                out.accept(new Quad(g, thing, terms.mig("history"), obs));
                out.accept(new Quad(g, obs, Terms.TYPE, terms.mig("Observation")));
                out.accept(new Quad(g, obs, RDF_SUBJECT, thing));
                out.accept(new Quad(g, obs, RDF_PREDICATE, o.property()));
                out.accept(new Quad(g, obs, RDF_OBJECT, node(o.value())));
                out.accept(new Quad(g, obs, terms.mig("asOf"), o.asOf().literal()));
                out.accept(new Quad(g, obs, terms.mig("asOfPrecision"), precision(o)));
                out.accept(new Quad(g, obs, terms.mig("asOfStated"),
                        NodeFactory.createLiteralDT(Boolean.toString(o.stated()), XSDDatatype.XSDboolean)));
                out.accept(new Quad(g, obs, DERIVED_FROM, g));
            }
            Observation current = group.stream().max(LATEST).orElseThrow();
            Node value = node(current.value());
            for (Observation o : group) {
                if (o.asOf().equals(current.asOf()) && node(o.value()).equals(value)) {
                    out.accept(new Quad(graphOf.apply(o.passage()), thing, o.property(), value));
                }
            }
        });
    }

    /** Latest as-of date first; on a tie the document published last, then the first by name, then the first passage. */
    private static final Comparator<Observation> LATEST = Comparator
            .comparing((Observation o) -> o.asOf().lexical())
            .thenComparing(o -> o.passage().document().source().meta().published())
            .thenComparing(o -> o.passage().sourceName(), Comparator.reverseOrder())
            .thenComparing(o -> -o.passage().start());

    private static Node precision(Observation o) {
        String unit = o.asOf().month() == 0 ? "unitYear" : o.asOf().day() == 0 ? "unitMonth" : "unitDay";
        return NodeFactory.createURI(TIME + unit);
    }

    private Node iri(Node thing, Observation o, Node passage) {
        // Without the base: the same observation has the same key wherever the graph is published.
        String key = String.join("\n", local(thing), local(o.property()), local(node(o.value())),
                o.asOf().lexical(), local(passage));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return iris.resource("observation", HexFormat.of().formatHex(hash, 0, 8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String local(Node n) {
        String s = n.isURI() ? n.getURI() : n.toString();
        return s.startsWith(iris.base()) ? s.substring(iris.base().length()) : s;
    }

    private static Node node(FactTerm r) {
        return switch (r) {
            case Candidate c -> c.resolved();
            case FactTerm.Fixed f -> f.node();
        };
    }
}
