package eu.migrationkg.extract.interpret;

import eu.migrationkg.extract.Candidate;
import eu.migrationkg.extract.Observation;
import eu.migrationkg.extract.PartialDate;
import eu.migrationkg.extract.Terms;
import eu.migrationkg.extract.recognise.DateMention;
import eu.migrationkg.extract.recognise.SentenceAnalysis;
import eu.migrationkg.extract.recognise.StatusMention;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives a status to the instrument or legal act nearest to its words, within a reach; when several
 * statuses land on one thing in a sentence, the most advanced in the life cycle wins ("the proposed
 * Harbour Regulation, currently under negotiation" is under negotiation). A status followed by a deadline
 * ("operational by 1 October 2027") is planned, not held, and gives nothing.
 *
 * <p>A status is an {@link Observation}: it holds as of the date the sentence gives after one of the
 * status date cues ("adopted on 12 March 2027"), else as of the document's publication. Which of the
 * observations of one thing is current is decided once every document is read.
 */
public final class StatusInterpreter {

    private final Terms terms;
    private final Roles roles;
    private final int reach;
    private final Set<String> dateCues;

    public StatusInterpreter(Terms terms, Roles roles, int reach, List<String> dateCues) {
        this.terms = terms;
        this.roles = roles;
        this.reach = reach;
        this.dateCues = Set.copyOf(dateCues);
    }

    private static boolean planned(SentenceAnalysis s, StatusMention st) {
        for (DateMention d : s.all(DateMention.class)) {
            if (d.cue() != null && d.cueStart() >= st.end() && d.cueStart() - st.end() <= 2) return true;
        }
        return false;
    }

    public void interpret(DocumentState state, SentenceAnalysis s) {
        Map<Candidate, StatusMention> best = new LinkedHashMap<>();
        for (StatusMention st : s.all(StatusMention.class)) {
            if (planned(s, st)) continue;
            Placed target = null;
            int distance = Integer.MAX_VALUE;
            for (Placed e : state.entities(s)) {
                Candidate c = e.candidate();
                if (!(roles.is(c, Roles.INSTRUMENT) || roles.is(c, Roles.LEGAL_ACT))) continue;
                int d = e.start() >= st.end() ? e.start() - st.end() : Math.max(0, st.start() - e.end());
                if (d < distance) {
                    target = e;
                    distance = d;
                }
            }
            if (target == null || distance > reach) continue;
            best.merge(target.candidate(), st, (a, b) -> a.rank() >= b.rank() ? a : b);
        }
        PartialDate published = PartialDate.of(state.source().meta().published());
        best.forEach((c, st) -> {
            PartialDate given = asOf(s, st, published);
            state.extraction().observe(new Observation(state.passage(s.sentence()), c, terms.mig("status"),
                    eu.migrationkg.extract.FactTerm.of(terms.mig(st.status())), given != null ? given : published,
                    given != null));
        });
    }

    /**
     * The date the sentence gives for the status: the nearest date within reach of the status words that
     * is no milestone (no deadline cue), follows a status date cue and is not after publication; or null.
     */
    private PartialDate asOf(SentenceAnalysis s, StatusMention st, PartialDate published) {
        PartialDate best = null;
        int bestDistance = Integer.MAX_VALUE;
        String text = s.text();
        for (DateMention d : s.all(DateMention.class)) {
            // Later than publication is a plan; a less precise form of the same date ("2027-03") sorts before it.
            if (d.cue() != null || d.date().compareTo(published) > 0) continue;
            if (!dateCues.contains(wordBefore(text, d.start()))) continue;
            int distance = d.start() >= st.end() ? d.start() - st.end() : Math.max(0, st.start() - d.end());
            if (distance <= reach && distance < bestDistance) {
                best = d.date();
                bestDistance = distance;
            }
        }
        return best;
    }

    private static String wordBefore(String text, int at) {
        int end = at;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) start--;
        return text.substring(start, end);
    }
}
