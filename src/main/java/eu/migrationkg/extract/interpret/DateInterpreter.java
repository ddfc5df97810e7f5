package eu.migrationkg.extract.interpret;

import eu.migrationkg.extract.Attributes;
import eu.migrationkg.extract.Candidate;
import eu.migrationkg.extract.Extraction;
import eu.migrationkg.extract.PartialDate;
import eu.migrationkg.extract.Passage;
import eu.migrationkg.extract.Terms;
import eu.migrationkg.extract.recognise.DateMention;
import eu.migrationkg.extract.recognise.InvalidDateMention;
import eu.migrationkg.extract.recognise.SentenceAnalysis;
import eu.migrationkg.sources.SourceException;
import eu.migrationkg.vocab.Iris;
import java.time.LocalDate;
import org.apache.jena.graph.NodeFactory;

/**
 * Makes milestones of dates that are deadlines or start dates: after a cue ("as of", "by"), or given
 * relative to publication and not in the past ("this year", "September this year"). A milestone concerns the
 * action of the bullet it is in, or else the nearest instrument, legal act or strategy of its sentence;
 * a date that concerns nothing is not a milestone. A date that does not exist is reported.
 */
public final class DateInterpreter {

    private final Terms terms;
    private final Roles roles;
    private final ObligationInterpreter obligations;

    public DateInterpreter(Terms terms, Roles roles, ObligationInterpreter obligations) {
        this.terms = terms;
        this.roles = roles;
        this.obligations = obligations;
    }

    public void interpret(DocumentState state, SentenceAnalysis s) {
        for (InvalidDateMention bad : s.all(InvalidDateMention.class)) {
            int line = state.source().lineAt(s.plain().bodyStart(bad.start()));
            state.extraction().problem(new SourceException(state.source().file(), line, bad.reason() + "; left out"));
        }
        LocalDate published = state.source().meta().published();
        for (DateMention d : s.all(DateMention.class)) {
            if (state.isUsed(d) || !(d.cue() != null || d.relative() && d.date().day() == 0 && notPast(d.date(), published))) {
                continue;
            }
            Candidate concerned = state.action;
            if (concerned == null) {
                Placed near = nearest(state, s, d);
                if (near != null) concerned = near.candidate();
            }
            if (concerned == null) continue;
            Extraction ex = state.extraction();
            Passage p = state.passage(s.sentence());
            String expression = s.text().substring(d.cueStart(), obligations.expressionEnd(s.text(), d.end()));
            Candidate m = ex.candidate("milestone", "Milestone", expression, p).attribute(Attributes.DISTINCT, "true")
                    .attribute(Attributes.FOUND_BY, "deadline")
                    .slug(state.source().name() + "-" + d.date().lexical() + "-" + Iris.slug(expression));
            ex.fact(p, m, terms.mig("date"), d.date().literal());
            ex.fact(p, m, terms.mig("dateExpression"), NodeFactory.createLiteralLang(expression, state.source().meta().language()));
            ex.fact(p, m, terms.mig("concerns"), concerned);
            if ("action".equals(concerned.kind())) ex.fact(p, concerned, terms.mig("hasMilestone"), m);
            Candidate bound = d.cue() != null ? obligations.boundActor(state, s, d.cueStart()) : null;
            if (bound != null) ex.fact(p, m, terms.mig("responsibleActor"), bound);
            state.use(d);
        }
    }

    private static boolean notPast(PartialDate d, LocalDate published) {
        if (d.year() != published.getYear()) return d.year() > published.getYear();
        return d.month() == 0 || d.month() >= published.getMonthValue();
    }

    private Placed nearest(DocumentState state, SentenceAnalysis s, DateMention d) {
        Placed best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Placed e : state.entities(s)) {
            if (!roles.isSubjectMatter(e.candidate())) continue;
            int distance = e.start() >= d.end() ? e.start() - d.end() : Math.max(0, d.cueStart() - e.end());
            if (distance < bestDistance) {
                best = e;
                bestDistance = distance;
            }
        }
        return best;
    }
}
