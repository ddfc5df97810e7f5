package eu.migrationkg.extract;

import java.util.Arrays;
import java.util.Optional;
import org.apache.jena.graph.Node;

/**
 * One mention of a thing, before entity resolution decides which resource it is. Several candidates
 * (the acronym and the full name, the same priority worded in two documents) become one resource.
 */
public final class Candidate implements FactTerm {

    private final int id;
    private final String kind;
    private final String type;
    private final String label;
    private final Passage passage;
    private final Node fixed;
    /** Names and values in turn; a handful per candidate, so an array beats a map. */
    private String[] attributes = NONE;
    private static final String[] NONE = {};
    private String acronym;
    private String slug;
    private Candidate owner;
    private Node resolved;

    /**
     * @param id      order of creation, which is document and reading order: ties are broken by it
     * @param kind    the IRI kind ({@code instrument}, {@code priority}...), see docs/MODEL.md
     * @param type    local name of its class in the ontology, or null when fixed
     * @param label   the wording at this mention, or null when the text does not name it ("the Strategy")
     * @param passage where the mention is
     * @param fixed   the resource when the mention is already known to denote one (curated), else null
     */
    public Candidate(int id, String kind, String type, String label, Passage passage, Node fixed) {
        this.id = id;
        this.kind = kind;
        this.type = type;
        this.label = label;
        this.passage = passage;
        this.fixed = fixed;
    }

    public int id() { return id; }
    public String kind() { return kind; }
    public String type() { return type; }
    public Optional<String> label() { return Optional.ofNullable(label); }
    public Passage passage() { return passage; }
    public Optional<Node> fixed() { return Optional.ofNullable(fixed); }

    public Optional<String> acronym() { return Optional.ofNullable(acronym); }
    public Candidate acronym(String a) { this.acronym = a; return this; }

    /** A slug to mint the IRI from when the label is not a good one (a statistic, an amount). */
    public Optional<String> slug() { return Optional.ofNullable(slug); }
    public Candidate slug(String s) { this.slug = s; return this; }

    /** What this thing belongs to, e.g. the strategy of a priority. */
    public Optional<Candidate> owner() { return Optional.ofNullable(owner); }
    public Candidate owner(Candidate o) { this.owner = o; return this; }

    /** Facts that resolution compares: a number in a list, a duration, a date... */
    public Optional<String> attribute(String name) {
        for (int i = 0; i < attributes.length; i += 2) if (attributes[i].equals(name)) return Optional.of(attributes[i + 1]);
        return Optional.empty();
    }

    public Candidate attribute(String name, String value) {
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i].equals(name)) {
                attributes[i + 1] = value;
                return this;
            }
        }
        attributes = Arrays.copyOf(attributes, attributes.length + 2);
        attributes[attributes.length - 2] = name;
        attributes[attributes.length - 1] = value;
        return this;
    }

    /** The resource after resolution. */
    public Node resolved() {
        if (resolved == null) throw new IllegalStateException("candidate " + id + " is not resolved yet");
        return resolved;
    }

    public void resolve(Node iri) { this.resolved = iri; }

    @Override
    public String toString() {
        return kind + "#" + id + (label != null ? " '" + label + "'" : "") + (fixed != null ? " = " + fixed : "");
    }
}
