package eu.migrationkg.extract.recognise;

import eu.migrationkg.extract.text.Tokens;
import eu.migrationkg.extract.text.Tokens.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds known names in text, longest first, word by word: the labels, acronyms and alternative labels
 * of curated resources, and names already met in other documents. Words compare in their normal form
 * (case, plural and possessive folded), but an acronym must match its capitals exactly and a
 * capitalised name must start with a capital in the text, so "pact" is not the Pact.
 */
public final class Gazetteer {

    /** A name and what it denotes. */
    public record Entry(String label, String kind, String type, org.apache.jena.graph.Node known) {}

    /** A name found at plain-text offsets. */
    public record Match(int start, int end, Entry entry, String wording) {}

    private static final class TrieNode {
        final Map<String, TrieNode> next = new HashMap<>(4);
        final List<Entry> entries = new ArrayList<>(1);
        final List<List<Token>> shapes = new ArrayList<>(1);
    }

    private final TrieNode root = new TrieNode();
    private int size;

    public void add(Entry e) {
        List<Token> tokens = Tokens.words(e.label());
        if (tokens.isEmpty()) return;
        TrieNode n = root;
        for (Token t : tokens) n = n.next.computeIfAbsent(Tokens.normal(t.text()), k -> new TrieNode());
        // The first entry for a wording wins: callers add in a stable order.
        for (List<Token> shape : n.shapes) {
            if (sameShape(shape, tokens)) return;
        }
        n.entries.add(e);
        n.shapes.add(tokens);
        size++;
    }

    public int size() { return size; }

    /** Non-overlapping matches, left to right, the longest at each position. */
    public List<Match> find(String text, List<Token> words) {
        String[] normals = new String[words.size()];
        for (int k = 0; k < normals.length; k++) normals[k] = Tokens.normal(words.get(k).text());
        return find(text, words, normals);
    }

    /** As {@link #find(String, List)}, with the words' normal forms already computed. */
    public List<Match> find(String text, List<Token> words, String[] normals) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            TrieNode n = root;
            Match best = null;
            int j = i;
            while (j < words.size()) {
                if (j > i && cellBreak(text, words.get(j - 1).end(), words.get(j).start())) break;
                n = n.next.get(normals[j]);
                if (n == null) break;
                j++;
                for (int k = 0; k < n.entries.size(); k++) {
                    if (fits(n.shapes.get(k), words, i)) {
                        int s = words.get(i).start();
                        int e = words.get(j - 1).end();
                        best = new Match(s, e, n.entries.get(k), text.substring(s, e));
                        break;
                    }
                }
            }
            if (best != null) {
                out.add(best);
                while (i < words.size() && words.get(i).start() < best.end()) i++;
            } else {
                i++;
            }
        }
        return out;
    }

    /** A table's cell separator or a line break between two words: no name runs across it. */
    private static boolean cellBreak(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '|' || c == '\n') return true;
        }
        return false;
    }

    private static boolean fits(List<Token> label, List<Token> words, int from) {
        for (int k = 0; k < label.size(); k++) {
            Token l = label.get(k);
            Token w = words.get(from + k);
            if (l.isAllCaps() && l.text().length() > 1 && !stripPossessive(w.text()).equals(l.text())) return false;
        }
        if (label.get(0).isCapitalised()) return words.get(from).isCapitalised();
        // a label in lower case written with a capital inside a run of capitalised words is part of a
        // longer name ("Regional Asylum Support Centre" is not the policy area "asylum")
        Token first = words.get(from);
        if (!first.isCapitalised()) return true;
        boolean before = from > 0 && words.get(from - 1).isCapitalised() && from - 1 > 0;
        int after = from + label.size();
        return !(before && after < words.size() && words.get(after).isCapitalised());
    }

    private static String stripPossessive(String w) {
        return w.endsWith("’s") || w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
    }

    private static boolean sameShape(List<Token> a, List<Token> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).isAllCaps() != b.get(i).isAllCaps() || a.get(i).isCapitalised() != b.get(i).isCapitalised()) {
                return false;
            }
        }
        return true;
    }
}
