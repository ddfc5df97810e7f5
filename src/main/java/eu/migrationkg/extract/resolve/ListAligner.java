package eu.migrationkg.extract.resolve;

import eu.migrationkg.extract.Attributes;
import eu.migrationkg.extract.Candidate;
import eu.migrationkg.extract.Extraction;
import eu.migrationkg.extract.Passage;
import eu.migrationkg.extract.RunOnList;
import eu.migrationkg.extract.Terms;
import eu.migrationkg.extract.text.Tokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;

/**
 * Resolves the items of lists that belong to the same thing, e.g. the priorities of one strategy as a
 * press release numbers them and as a web page words them. Lists are compared with the reference list
 * of their owner (a numbered one if there is one):
 * <ul>
 *   <li>{@code same-number}: both lists are numbered and the items have the same number;</li>
 *   <li>{@code same-wording}: the items are worded alike (most of their longer words in common);</li>
 *   <li>{@code list-position}: the lists are as long, every item matched so far sits at the same
 *       position in both, and these two items are at the same position too.</li>
 * </ul>
 * A list written without separators (a flattened page) is first cut at the wordings of the reference
 * list found in it; the pieces between are its other items, if the count announced comes out right.
 */
public final class ListAligner implements EntityResolver.Stage {

    /** Share of longer words two wordings must have in common to be the same item. */
    static final double SIMILAR = 0.5;

    private final Terms terms;
    private final Map<String, Set<String>> words = new HashMap<>();

    public ListAligner(Terms terms) {
        this.terms = terms;
    }

    @Override
    public void apply(Extraction ex, Groups groups) {
        Map<String, List<List<Candidate>>> byOwner = byOwner(lists(ex.candidates()), groups);
        for (RunOnList r : ex.runOnLists()) {
            List<List<Candidate>> same = byOwner.get(groups.root(r.owner()) + " " + r.kind().kind());
            if (same != null) cut(ex, groups, r, pickReference(same));
        }
        Map<String, List<Candidate>> lists = lists(ex.candidates());
        byOwner = byOwner(lists, groups);
        for (List<List<Candidate>> same : byOwner.values()) {
            List<Candidate> reference = pickReference(same);
            for (List<Candidate> list : same) {
                if (list != reference) align(groups, list, reference);
            }
        }
        numberUnnumbered(ex, groups, lists);
    }

    /**
     * Items of a kind that is numbered (priorities) from a list the text does not number, and that no
     * numbered item joined: their position in the list is their number.
     */
    private void numberUnnumbered(Extraction ex, Groups groups, Map<String, List<Candidate>> lists) {
        Map<Integer, Boolean> numbered = new HashMap<>();
        for (List<Candidate> l : lists.values()) {
            for (Candidate c : l) if (c.attribute(Attributes.NUMBER).isPresent()) numbered.put(groups.root(c), true);
        }
        Set<Integer> done = new HashSet<>();
        for (List<Candidate> l : lists.values()) {
            for (Candidate c : l) {
                int root = groups.root(c);
                if (c.attribute(Attributes.NUMBER_PROPERTY).isEmpty() || numbered.containsKey(root) || !done.add(root)) continue;
                ex.fact(c.passage(), c, terms.mig(c.attribute(Attributes.NUMBER_PROPERTY).get()),
                        NodeFactory.createLiteralDT(String.valueOf(position(c)), XSDDatatype.XSDinteger));
            }
        }
    }

    /** The items of every list, by list, in position order. */
    private static Map<String, List<Candidate>> lists(List<Candidate> candidates) {
        Map<String, List<Candidate>> lists = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            if (c.owner().isPresent() && c.attribute(Attributes.LIST).isPresent()) {
                lists.computeIfAbsent(c.attribute(Attributes.LIST).get(), k -> new ArrayList<>()).add(c);
            }
        }
        for (List<Candidate> l : lists.values()) l.sort(Comparator.comparingInt(ListAligner::position));
        return lists;
    }

    /** The lists of each owner (as resolved so far) and kind of item. */
    private static Map<String, List<List<Candidate>>> byOwner(Map<String, List<Candidate>> lists, Groups groups) {
        Map<String, List<List<Candidate>>> byOwner = new LinkedHashMap<>();
        for (List<Candidate> list : lists.values()) {
            Candidate first = list.get(0);
            byOwner.computeIfAbsent(groups.root(first.owner().orElseThrow()) + " " + first.kind(), k -> new ArrayList<>())
                    .add(list);
        }
        return byOwner;
    }

    /** A numbered list if there is one, else the first read. */
    private static List<Candidate> pickReference(List<List<Candidate>> lists) {
        for (List<Candidate> l : lists) if (l.get(0).attribute(Attributes.NUMBER).isPresent()) return l;
        return lists.get(0);
    }

    private void align(Groups groups, List<Candidate> list, List<Candidate> reference) {
        boolean numbered = list.get(0).attribute(Attributes.NUMBER).isPresent()
                && reference.get(0).attribute(Attributes.NUMBER).isPresent();
        Set<Candidate> matched = new HashSet<>();
        boolean consistent = true;
        for (Candidate item : list) {
            Candidate other = null;
            String rule = null;
            String detail = null;
            if (numbered) {
                other = byNumber(reference, item.attribute(Attributes.NUMBER).get());
                rule = "same-number";
                detail = "both are number " + item.attribute(Attributes.NUMBER).get() + " of the list";
            }
            if (other == null) {
                other = mostSimilar(reference, item);
                rule = "same-wording";
                detail = other == null ? null : "'" + item.label().orElse("") + "' is worded like '"
                        + other.label().orElse("") + "'";
            }
            if (other == null) continue;
            matched.add(item);
            consistent &= position(item) == position(other);
            groups.join(item, other, rule, detail);
        }
        if (!consistent || list.size() != reference.size()) return;
        for (Candidate item : list) {
            if (matched.contains(item)) continue;
            Candidate other = reference.get(position(item) - 1);
            groups.join(item, other, "list-position", "item " + position(item) + " of " + list.size()
                    + " in both lists, whose other items match at the same positions");
        }
    }

    private static Candidate byNumber(List<Candidate> list, String number) {
        for (Candidate c : list) if (number.equals(c.attribute(Attributes.NUMBER).orElse(null))) return c;
        return null;
    }

    private Candidate mostSimilar(List<Candidate> reference, Candidate item) {
        Candidate best = null;
        double bestScore = SIMILAR;
        for (Candidate r : reference) {
            double score = similarity(item.label().orElse(""), r.label().orElse(""), words);
            if (score >= bestScore && (best == null || score > bestScore)) {
                best = r;
                bestScore = score;
            }
        }
        return best;
    }

    /** Shared longer words over all longer words of the two wordings (Jaccard); 1 when they are equal. */
    static double similarity(String a, String b) {
        return similarity(a, b, new HashMap<>());
    }

    private static double similarity(String a, String b, Map<String, Set<String>> memo) {
        Set<String> x = memo.computeIfAbsent(a, ListAligner::contentWords);
        Set<String> y = memo.computeIfAbsent(b, ListAligner::contentWords);
        if (x.equals(y) && Tokens.key(a).equals(Tokens.key(b))) return 1;
        if (x.isEmpty() || y.isEmpty()) return 0;
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        Set<String> all = new HashSet<>(x);
        all.addAll(y);
        return (double) both.size() / all.size();
    }

    private static Set<String> contentWords(String s) {
        Set<String> out = new HashSet<>();
        for (Tokens.Token t : Tokens.words(s)) {
            String w = Tokens.normal(t.text());
            if (w.length() >= 4) out.add(w);
        }
        return out;
    }

    /** Cuts a run-on list at the reference wordings found in it; the pieces between are the other items. */
    private void cut(Extraction ex, Groups groups, RunOnList r, List<Candidate> reference) {
        String text = r.plain().text();
        String lower = text.toLowerCase(Locale.ROOT);
        List<int[]> anchors = new ArrayList<>();
        int from = r.from();
        for (Candidate ref : reference) {
            String label = ref.label().orElse("").toLowerCase(Locale.ROOT);
            if (label.isEmpty()) continue;
            int at = lower.indexOf(label, from);
            if (at < 0 || at + label.length() > r.to() || !wordBoundaries(text, at, at + label.length())) continue;
            anchors.add(new int[] {at, at + label.length(), reference.indexOf(ref)});
            from = at + label.length();
        }
        if (anchors.isEmpty()) return;
        List<int[]> pieces = new ArrayList<>();
        int pos = r.from();
        for (int[] a : anchors) {
            addPiece(text, pos, a[0], pieces);
            pieces.add(a);
            pos = a[1];
        }
        addPiece(text, pos, r.to(), pieces);
        if (pieces.size() != r.count()) return;
        for (int k = 0; k < pieces.size(); k++) {
            int[] piece = pieces.get(k);
            String label = text.substring(piece[0], piece[1]);
            Passage p = new Passage(r.document().text(), r.plain().bodyStart(piece[0]), r.plain().bodyEnd(piece[1]), "phrase");
            Candidate item = ex.candidate(r.kind().kind(), r.kind().type(), label, p).owner(r.owner())
                    .attribute(Attributes.LIST, r.listId()).attribute(Attributes.POSITION, String.valueOf(k + 1))
                    .attribute(Attributes.LABEL_RANK, "2").attribute(Attributes.FOUND_BY, "run-on-list-item");
            if (r.kind().numberProperty() != null) item.attribute(Attributes.NUMBER_PROPERTY, r.kind().numberProperty());
            ex.fact(p, r.owner(), terms.mig(r.kind().property()), item);
        }
    }

    /** A piece between two anchors, trimmed; nothing when it is only spaces and punctuation. */
    private static void addPiece(String text, int s, int e, List<int[]> pieces) {
        while (s < e && !Character.isLetterOrDigit(text.charAt(s))) s++;
        while (e > s && !Character.isLetterOrDigit(text.charAt(e - 1))) e--;
        if (s < e) pieces.add(new int[] {s, e, -1});
    }

    private static boolean wordBoundaries(String text, int s, int e) {
        return (s == 0 || !Character.isLetterOrDigit(text.charAt(s - 1)))
                && (e == text.length() || !Character.isLetterOrDigit(text.charAt(e)));
    }

    private static int position(Candidate c) {
        return Integer.parseInt(c.attribute(Attributes.POSITION).orElse("0"));
    }
}
