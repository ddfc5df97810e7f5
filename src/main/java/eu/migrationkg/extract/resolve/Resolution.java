package eu.migrationkg.extract.resolve;

import eu.migrationkg.extract.Candidate;
import eu.migrationkg.extract.Merge;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.graph.Node;

/**
 * The outcome of entity resolution: which resource each candidate is, which wording names it, and the
 * decisions that joined candidates, so that a resource can be explained.
 */
public final class Resolution {

    /** One resource and the candidates that are it. */
    public record Group(Node iri, Candidate representative, List<Candidate> members) {}

    /** Nothing extracted, nothing to explain. */
    public static final Resolution EMPTY = new Resolution(List.of(), List.of());

    private final Map<String, Group> byIri = new TreeMap<>();
    private final Group[] byCandidate;
    private final List<Merge> merges;

    Resolution(List<Group> groups, List<Merge> merges) {
        int size = 0;
        for (Group g : groups) for (Candidate c : g.members()) size = Math.max(size, c.id() + 1);
        byCandidate = new Group[size];
        for (Group g : groups) {
            byIri.put(g.iri().getURI(), g);
            for (Candidate c : g.members()) byCandidate[c.id()] = g;
        }
        this.merges = List.copyOf(merges);
    }

    public Group groupOf(Candidate c) {
        Group g = c.id() < byCandidate.length ? byCandidate[c.id()] : null;
        if (g == null) throw new IllegalStateException("not resolved: " + c);
        return g;
    }

    public Optional<Group> group(String iri) {
        return Optional.ofNullable(byIri.get(iri));
    }

    public List<Group> groups() {
        return List.copyOf(byIri.values());
    }

    /** The decisions that joined members of this group, in the order they were taken. */
    public List<Merge> mergesOf(Group g) {
        List<Merge> out = new ArrayList<>();
        for (Merge m : merges) {
            if (byCandidate[m.from().id()] == g) out.add(m);
        }
        out.sort(Comparator.comparingInt((Merge m) -> m.from().id()).thenComparingInt(m -> m.to().id()));
        return out;
    }
}
