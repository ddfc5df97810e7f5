package eu.migrationkg.extract.interpret;

import eu.migrationkg.extract.Candidate;
import eu.migrationkg.extract.Terms;
import eu.migrationkg.extract.recognise.DateMention;
import eu.migrationkg.extract.recognise.SentenceAnalysis;
import eu.migrationkg.extract.recognise.StatusMention;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Gives a status to the instrument or legal act nearest to its words, within a reach; when several
 * statuses land on one thing in a sentence, the most advanced in the life cycle wins ("the proposed
 * Harbour Regulation, currently under negotiation" is under negotiation). A status followed by a deadline
 * ("operational by 1 October 2027") is planned, not held, and gives nothing.
 */
public final class StatusInterpreter {

    private final Terms terms;
    private final Roles roles;
    private final int reach;

    public StatusInterpreter(Terms terms, Roles roles, int reach) {
        this.terms = terms;
        this.roles = roles;
        this.reach = reach;
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
        best.forEach((c, st) -> state.extraction().fact(state.passage(s.sentence()), c, terms.mig("status"),
                terms.mig(st.status())));
    }
}
