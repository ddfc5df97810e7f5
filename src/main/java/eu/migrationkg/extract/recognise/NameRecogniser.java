package eu.migrationkg.extract.recognise;

import eu.migrationkg.extract.rules.NameRules;
import eu.migrationkg.extract.text.Tokens;
import eu.migrationkg.extract.text.Tokens.Token;
import eu.migrationkg.sources.SourceDocument;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds names of things the reference data does not know yet: capitalised words around a head word from
 * {@code names.yaml} ("Harbour Safety System", "Forum on water in cities"), with an
 * acronym in brackets after them ("... System (HSS)"). A head word alone after "the" ("the Strategy") is
 * a short form of the last such name.
 */
public final class NameRecogniser implements Recogniser {

    private static final Pattern ACRONYM = Pattern.compile("\\G\\s*\\((\\p{Lu}[\\p{Lu}\\p{N}-]{1,11})\\)");

    private final NameRules rules;
    private final Map<String, NameRules.Head> heads = new HashMap<>();
    private final Map<String, String> headWords = new HashMap<>();

    public NameRecogniser(NameRules rules) {
        this.rules = rules;
        rules.heads().forEach((word, head) -> {
            heads.put(Tokens.normal(word), head);
            headWords.put(Tokens.normal(word), word);
        });
    }

    @Override
    public void recognise(SourceDocument doc, SentenceAnalysis s) {
        if (heads.isEmpty()) return;
        String text = s.text();
        List<Token> w = s.words();
        int next = 0;
        for (int h = 0; h < w.size(); h++) {
            Token t = w.get(h);
            if (h < next || !t.isCapitalised()) continue;
            NameRules.Head head = heads.get(Tokens.normal(t.text()));
            if (head == null || s.taken(t.start(), t.end())) continue;
            int left = extendLeft(s, w, h);
            int right = extendRight(s, w, h);
            if (content(w, left, right) < 2) {
                if (h > 0 && rules.shortFormDeterminers().contains(w.get(h - 1).text().toLowerCase(Locale.ROOT)) && adjacent(text, w.get(h - 1), t)) {
                    s.add(new ShortFormMention(t.start(), t.end(), headWords.get(Tokens.normal(t.text())), head.kind(), head.type()));
                }
                continue;
            }
            // the last head word of the name says what it is: a "Migration Partnership Facility" is a fund
            for (int k = right; k > h; k--) {
                NameRules.Head later = heads.get(Tokens.normal(w.get(k).text()));
                if (later != null && w.get(k).isCapitalised()) {
                    head = later;
                    break;
                }
            }
            int start = w.get(left).start();
            int end = w.get(right).end();
            end = withTail(text, end);
            String acronym = null;
            Matcher a = ACRONYM.matcher(text).region(end, text.length());
            if (a.lookingAt()) acronym = a.group(1);
            s.add(new EntityMention(start, end, text.substring(start, end), head.kind(), head.type(), null, acronym,
                    "name-shape"));
            next = right + 1;
        }
        if (!rules.plainHeads().isEmpty()) plainPhrases(s);
    }

    /** The end of a name followed by one of the tails of names.yaml ("... of the European Union"). */
    private int withTail(String text, int end) {
        for (String tail : rules.tails()) {
            if (text.startsWith(tail, end + 1) && text.charAt(end) == ' '
                    && (end + 1 + tail.length() == text.length() || !Character.isLetterOrDigit(text.charAt(end + 1 + tail.length())))) {
                return end + 1 + tail.length();
            }
        }
        return end;
    }

    /** Plain noun phrases: a noun of plainHeads in lower case and at most a few words before it. */
    private void plainPhrases(SentenceAnalysis s) {
        String text = s.text();
        List<Token> w = s.words();
        for (int h = 0; h < w.size(); h++) {
            Token t = w.get(h);
            NameRules.Head head = rules.plainHeads().get(t.text());
            if (head == null || s.taken(t.start(), t.end())) continue;
            if (h + 1 < w.size() && adjacent(text, t, w.get(h + 1)) && rules.plainHeads().containsKey(w.get(h + 1).text())) continue;
            int left = h;
            while (left > 0 && h - left < rules.plainMaxWords()) {
                Token p = w.get(left - 1);
                if (!adjacent(text, p, w.get(left)) || s.taken(p.start(), p.end())
                        || rules.plainStops().contains(p.text().toLowerCase(java.util.Locale.ROOT))
                        || !Character.isLetter(p.text().charAt(0)) || left - 1 > 0 && capitalised(p)) {
                    break;
                }
                left--;
            }
            if (left == h) continue;
            String label = text.substring(w.get(left).start(), t.end());
            if (left == 0) label = Character.toLowerCase(label.charAt(0)) + label.substring(1);
            s.add(new PlainNameMention(w.get(left).start(), t.end(), label, head.kind(), head.type()));
        }
    }

    /**
     * Capitalised words before the head, and "X of Y" chains; a connector is not crossed back to the first
     * word of the sentence, whose capital says nothing ("Deploy the Rescue Platform").
     */
    private int extendLeft(SentenceAnalysis s, List<Token> w, int h) {
        String text = s.text();
        int left = h;
        while (left > 0) {
            Token p = w.get(left - 1);
            if (!adjacent(text, p, w.get(left)) || s.taken(p.start(), p.end()) || possessive(p)) break;
            if (capitalised(p)) {
                left--;
            } else if (rules.connectors().contains(p.text()) && left >= 3 && capitalised(w.get(left - 2))
                    && adjacent(text, w.get(left - 2), p) && !s.taken(w.get(left - 2).start(), w.get(left - 2).end())
                    && !possessive(w.get(left - 2))) {
                left -= 2;
            } else {
                break;
            }
        }
        while (left < h && (rules.notNameStart().contains(w.get(left).text())
                || rules.connectors().contains(w.get(left).text()))) {
            left++;
        }
        return left;
    }

    private int extendRight(SentenceAnalysis s, List<Token> w, int h) {
        String text = s.text();
        int right = h;
        while (right + 1 < w.size()) {
            Token n = w.get(right + 1);
            if (!adjacent(text, w.get(right), n) || s.taken(n.start(), n.end())) break;
            if (capitalised(n) && !rules.notNameStart().contains(n.text())) {
                right++;
                continue;
            }
            if (!rules.connectors().contains(n.text()) || right + 2 >= w.size()) break;
            Token after = w.get(right + 2);
            if (!adjacent(text, n, after) || s.taken(after.start(), after.end())) break;
            if (capitalised(after)) {
                right += 2;
            } else if (rules.openConnectors().contains(n.text()) && !rules.connectors().contains(after.text())
                    && Character.isLowerCase(after.text().charAt(0))) {
                right += 2;
                break;
            } else {
                break;
            }
        }
        return right;
    }

    /** Words of the span that are not connectors. */
    private int content(List<Token> w, int left, int right) {
        int n = 0;
        for (int i = left; i <= right; i++) if (!rules.connectors().contains(w.get(i).text())) n++;
        return n;
    }

    private static boolean capitalised(Token t) {
        return Character.isUpperCase(t.text().charAt(0));
    }

    private static boolean possessive(Token t) {
        return t.text().endsWith("’s") || t.text().endsWith("'s");
    }

    /** Only spaces between the two words. */
    private static boolean adjacent(String text, Token a, Token b) {
        for (int i = a.end(); i < b.start(); i++) if (text.charAt(i) != ' ') return false;
        return true;
    }
}
