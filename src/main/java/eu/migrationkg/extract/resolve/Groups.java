package eu.migrationkg.extract.resolve;

import eu.migrationkg.extract.Candidate;
import eu.migrationkg.extract.Extraction;
import eu.migrationkg.extract.Merge;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;

/** The groups of candidates formed so far, and the merges that formed them. */
public final class Groups {

    private final Extraction extraction;
    private final UnionFind sets;
    private final Map<Integer, Node> known = new HashMap<>();
    private final List<Merge> merges = new ArrayList<>();

    Groups(Extraction extraction) {
        this.extraction = extraction;
        this.sets = new UnionFind(extraction.candidates().size());
        for (Candidate c : extraction.candidates()) c.fixed().ifPresent(iri -> known.put(c.id(), iri));
    }

    public int root(Candidate c) {
        sets.grow(extraction.candidates().size());
        return sets.find(c.id());
    }

    public boolean same(Candidate a, Candidate b) {
        return root(a) == root(b);
    }

    /** Joins the groups of two candidates, unless they denote two different known resources. */
    public boolean join(Candidate from, Candidate to, String rule, String detail) {
        sets.grow(extraction.candidates().size());
        for (Candidate c : List.of(from, to)) c.fixed().ifPresent(iri -> known.putIfAbsent(c.id(), iri));
        int ra = sets.find(from.id());
        int rb = sets.find(to.id());
        if (ra == rb) return false;
        Node ka = known.get(ra);
        Node kb = known.get(rb);
        if (ka != null && kb != null && !ka.equals(kb)) return false;
        sets.union(ra, rb);
        int root = sets.find(ra);
        Node k = ka != null ? ka : kb;
        if (k != null) known.put(root, k);
        merges.add(new Merge(from, to, rule, detail));
        return true;
    }

    /** Every candidate in the same group as this one, in reading order. */
    public List<Candidate> members(Candidate c) {
        int r = root(c);
        List<Candidate> out = new ArrayList<>();
        for (Candidate x : extraction.candidates()) if (root(x) == r) out.add(x);
        return out;
    }

    List<Merge> merges() {
        return merges;
    }
}
