package eu.migrationkg.extract;

import eu.migrationkg.sources.SourceException;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;

/**
 * What the steps of extraction have found so far, across all documents of a build: candidates, the
 * facts about them, the merges decided along the way, and problems to report.
 */
public final class Extraction {

    private final List<Candidate> candidates = new ArrayList<>();
    private final List<Fact> facts = new ArrayList<>();
    private final List<Observation> observations = new ArrayList<>();
    private final List<Merge> merges = new ArrayList<>();
    private final List<SourceException> problems = new ArrayList<>();
    private final List<RunOnList> runOnLists = new ArrayList<>();
    private int lists;

    public Candidate candidate(String kind, String type, String label, Passage passage) {
        Candidate c = new Candidate(candidates.size(), kind, type, label, passage, null);
        candidates.add(c);
        return c;
    }

    /** A mention of a resource already known (curated, or authoritative). */
    public Candidate known(String kind, Node resource, String label, Passage passage) {
        Candidate c = new Candidate(candidates.size(), kind, null, label, passage, resource);
        candidates.add(c);
        return c;
    }

    public void fact(Passage passage, FactTerm subject, Node predicate, FactTerm object) {
        facts.add(new Fact(passage, subject, predicate, object));
    }

    public void fact(Passage passage, FactTerm subject, Node predicate, Node object) {
        fact(passage, subject, predicate, FactTerm.of(object));
    }

    /** A value that holds as of a date (a status, say): kept with every other observation of the same thing. */
    public void observe(Observation o) {
        observations.add(o);
    }

    public void same(Candidate from, Candidate to, String rule, String detail) {
        merges.add(new Merge(from, to, rule, detail));
    }

    public void runOn(RunOnList list) {
        runOnLists.add(list);
    }

    public List<RunOnList> runOnLists() { return runOnLists; }

    /** A fresh identifier for a list, so items of one list can be told from those of another. */
    public String newListId() {
        return "list-" + (++lists);
    }

    public void problem(SourceException e) {
        problems.add(e);
    }

    /** Where the lists stand now, to go back to if a document cannot be read to the end. */
    public int[] mark() {
        return new int[] {candidates.size(), facts.size(), merges.size(), runOnLists.size(), observations.size()};
    }

    public void rollback(int[] mark) {
        candidates.subList(mark[0], candidates.size()).clear();
        facts.subList(mark[1], facts.size()).clear();
        merges.subList(mark[2], merges.size()).clear();
        runOnLists.subList(mark[3], runOnLists.size()).clear();
        observations.subList(mark[4], observations.size()).clear();
    }

    public List<Candidate> candidates() { return candidates; }
    public List<Fact> facts() { return facts; }
    public List<Observation> observations() { return observations; }
    public List<Merge> merges() { return merges; }
    public List<SourceException> problems() { return problems; }
}
