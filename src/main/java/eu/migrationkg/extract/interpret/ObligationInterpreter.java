package eu.migrationkg.extract.interpret;

import eu.migrationkg.extract.Candidate;
import eu.migrationkg.extract.Passage;
import eu.migrationkg.extract.Terms;
import eu.migrationkg.extract.recognise.PhraseSet;
import eu.migrationkg.extract.recognise.SentenceAnalysis;
import eu.migrationkg.extract.rules.ObligationRules;
import eu.migrationkg.extract.text.Tokens;
import java.util.List;

/**
 * Who a sentence binds: the actor named before "must", "shall", "will" ("Member States must notify ..."),
 * or after the Council's "INVITES", "CALLS ON" ("INVITES the Commission to ..."). A milestone of the
 * sentence is then that actor's deadline (its mig:responsibleActor), and a new instrument the actor is to
 * set up or run right after an operating verb is the actor's responsibility.
 */
public final class ObligationInterpreter {

    private final Terms terms;
    private final Roles roles;
    private final ObligationRules rules;
    private final PhraseSet modals;
    private final PhraseSet invitations;
    private final PhraseSet operatingVerbs;

    public ObligationInterpreter(Terms terms, Roles roles, ObligationRules rules) {
        this.terms = terms;
        this.roles = roles;
        this.rules = rules;
        this.modals = new PhraseSet(rules.modals());
        this.invitations = new PhraseSet(rules.invitations(), false);
        this.operatingVerbs = new PhraseSet(rules.operatingVerbs());
    }

    /** The actor the sentence binds before this offset, or null. */
    public Candidate boundActor(DocumentState state, SentenceAnalysis s, int before) {
        List<Placed> entities = state.entities(s);
        if (!invitations.isEmpty()) {
            for (PhraseSet.Found cue : invitations.findAll(s.text())) {
                if (cue.end() >= before) break;
                for (Placed e : entities) {
                    if (e.start() >= cue.end() && e.start() - cue.end() <= 6 && roles.is(e.candidate(), Roles.ACTOR)) {
                        return e.candidate();
                    }
                }
            }
        }
        if (modals.isEmpty() || !modals.mayContain(s)) return null;
        for (PhraseSet.Found modal : modals.findAll(s.text())) {
            if (modal.start() >= before) break;
            Placed actor = null;
            for (Placed e : entities) {
                if (e.end() <= modal.start() && roles.is(e.candidate(), Roles.ACTOR)) actor = e;
            }
            if (actor != null && onlyWordsBetween(s.text(), actor.end(), modal.start())) return actor.candidate();
        }
        return null;
    }

    /** "Member States must", "the Agency will", "Member States will also have to": no clause break between. */
    private static boolean onlyWordsBetween(String text, int from, int to) {
        String between = text.substring(from, to);
        return between.length() <= 20 && between.chars().allMatch(c -> Character.isLetter(c) || c == ' ');
    }

    /** A date's expression with the words after it that belong to it ("from September 2026 onwards"). */
    public int expressionEnd(String text, int end) {
        for (String suffix : rules.dateSuffixes()) {
            if (text.startsWith(" " + suffix, end) && (end + 1 + suffix.length() == text.length()
                    || !Character.isLetter(text.charAt(end + 1 + suffix.length())))) {
                return end + 1 + suffix.length();
            }
        }
        return end;
    }

    /** A new instrument the bound actor is to set up or run: "the Agency will operate a new platform". */
    public void interpret(DocumentState state, SentenceAnalysis s) {
        for (PhraseSet.Found verb : operatingVerbs.findAll(s)) {
            Placed instrument = null;
            for (Placed e : state.entities(s)) {
                if (e.start() >= verb.end() && articlesOnly(s.text(), verb.end(), e.start())) {
                    instrument = e;
                    break;
                }
            }
            if (instrument == null || instrument.candidate().fixed().isPresent()
                    || !roles.is(instrument.candidate(), Roles.INSTRUMENT)) {
                continue;
            }
            Candidate actor = boundActor(state, s, verb.start());
            if (actor == null) continue;
            Passage p = state.passage(s.sentence());
            state.extraction().fact(p, instrument.candidate(), terms.mig("responsibleActor"), actor);
        }
    }

    private boolean articlesOnly(String text, int from, int to) {
        if (to - from > 20) return false;
        for (Tokens.Token t : Tokens.words(text, from, to)) {
            if (!rules.articles().contains(t.text().toLowerCase(java.util.Locale.ROOT))) return false;
        }
        return true;
    }
}
