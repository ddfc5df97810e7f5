package eu.migrationkg.extract.recognise;

import eu.migrationkg.extract.rules.StructureRules;
import eu.migrationkg.sources.SourceDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the words of {@code structure.yaml} that relate things to each other, and list announcements. */
public final class CueRecogniser implements Recogniser {

    private final StructureRules rules;
    private final NumberReader numbers;
    private final PhraseSet presentation;
    private final PhraseSet publisher;
    private final PhraseSet legalBefore;
    private final PhraseSet legalVerbs;
    private final Pattern listCue;
    private final Map<String, StructureRules.ListKind> byNoun = new HashMap<>();
    private final PhraseSet nouns;

    public CueRecogniser(StructureRules rules, NumberReader numbers) {
        this.rules = rules;
        this.numbers = numbers;
        this.presentation = new PhraseSet(rules.presentationVerbs());
        this.publisher = new PhraseSet(List.copyOf(rules.publisherPronouns()), false);
        this.legalBefore = new PhraseSet(rules.legalBasisBefore());
        this.legalVerbs = new PhraseSet(rules.legalBasisVerbs());
        List<String> nouns = new ArrayList<>();
        for (StructureRules.ListKind k : rules.lists()) {
            for (String n : k.nouns()) {
                byNoun.put(n.toLowerCase(Locale.ROOT), k);
                nouns.add(Pattern.quote(n));
            }
        }
        this.nouns = new PhraseSet(new ArrayList<>(byNoun.keySet()));
        this.listCue = nouns.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{N}])(?<n>" + numbers.countPattern()
                + ")\\s+(?:[\\p{L}-]+\\s+){0,2}?(?<noun>" + String.join("|", nouns) + ")(?!\\p{L})", Pattern.CASE_INSENSITIVE);
    }

    @Override
    public void recognise(SourceDocument doc, SentenceAnalysis s) {
        String text = s.text();
        add(s, presentation, CueMention.Cue.PRESENTATION);
        add(s, publisher, CueMention.Cue.PUBLISHER);
        add(s, legalBefore, CueMention.Cue.LEGAL_BASIS_BEFORE);
        add(s, legalVerbs, CueMention.Cue.LEGAL_BASIS_VERB);
        if (!s.words().isEmpty() && s.words().get(0).start() <= 2 && rules.pronouns().contains(s.words().get(0).text())) {
            var first = s.words().get(0);
            s.add(new CueMention(first.start(), first.end(), CueMention.Cue.PRONOUN, first.text()));
        }
        if (listCue != null && nouns.mayContain(s)) {
            Matcher m = listCue.matcher(text);
            while (m.find()) {
                int count = numbers.count(m.group("n"));
                if (count < 2) continue;
                int after = m.end();
                while (after < text.length() && text.charAt(after) == ' ') after++;
                boolean colon = after < text.length() && text.charAt(after) == ':';
                s.add(new ListCueMention(m.start(), m.end(), count, byNoun.get(m.group("noun").toLowerCase(Locale.ROOT)), colon));
            }
        }
    }

    private static void add(SentenceAnalysis s, PhraseSet set, CueMention.Cue cue) {
        for (PhraseSet.Found f : set.findAll(s)) s.add(new CueMention(f.start(), f.end(), cue, f.phrase()));
    }
}
