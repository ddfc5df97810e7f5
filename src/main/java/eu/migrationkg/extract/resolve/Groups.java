package eu.migrationkg.extract.resolve;

import eu.migrationkg.extract.Candidate;
import eu.migrationkg.extract.Extraction;
import eu.migrationkg.extract.Merge;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.graph.Node;

/** The groups of candidates formed so far, and the merges that formed them. */
public final class Groups {

    private final Extraction extraction;
    private final UnionFind sets;
    /** The known resource of each set, at its root's index. */
    private Node[] known;
    private final List<Merge> merges = new ArrayList<>();

    Groups(Extraction extraction) {
        this.extraction = extraction;
        this.sets = new UnionFind(extraction.candidates().size());
        this.known = new Node[extraction.candidates().size()];
        for (Candidate c : extraction.candidates()) c.fixed().ifPresent(iri -> known[c.id()] = iri);
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
        return join(from, to, rule, detail, true);
    }

    /**
     * As {@link #join(Candidate, Candidate, String, String)}; {@code record} false for a decision so
     * evident that keeping it would only cost memory (two mentions of the same curated resource).
     */
    boolean join(Candidate from, Candidate to, String rule, String detail, boolean record) {
        sets.grow(extraction.candidates().size());
        if (known.length < extraction.candidates().size()) {
            known = Arrays.copyOf(known, Math.max(extraction.candidates().size(), known.length * 3 / 2 + 16));
        }
        if (known[from.id()] == null) from.fixed().ifPresent(iri -> known[from.id()] = iri);
        if (known[to.id()] == null) to.fixed().ifPresent(iri -> known[to.id()] = iri);
        int ra = sets.find(from.id());
        int rb = sets.find(to.id());
        if (ra == rb) return false;
        Node ka = known[ra];
        Node kb = known[rb];
        if (ka != null && kb != null && !ka.equals(kb)) return false;
        sets.union(ra, rb);
        int root = sets.find(ra);
        Node k = ka != null ? ka : kb;
        if (k != null) known[root] = k;
        if (record) merges.add(new Merge(from, to, rule, detail));
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
