package eu.migrationkg.extract.interpret;

import eu.migrationkg.extract.Attributes;
import eu.migrationkg.extract.Candidate;
import eu.migrationkg.extract.Extraction;
import eu.migrationkg.extract.PartialDate;
import eu.migrationkg.extract.Passage;
import eu.migrationkg.extract.Terms;
import eu.migrationkg.extract.recognise.MoneyMention;
import eu.migrationkg.extract.recognise.PhraseSet;
import eu.migrationkg.extract.recognise.SentenceAnalysis;
import eu.migrationkg.extract.recognise.YearRangeMention;
import eu.migrationkg.extract.rules.MoneyRules;
import eu.migrationkg.vocab.Iris;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;

/**
 * Makes a funding of each amount: the amount and currency, "at least", the period (a range of years in
 * the sentence or, failing that, in the sentence before it in the same paragraph, which then belongs
 * to the passage too), what it goes to ("to coastal regions", or the action of the bullet), who
 * receives it when the words after "to" name an actor ("to Member States"), and the budget it comes from.
 */
public final class MoneyInterpreter {

    private final Terms terms;
    private final Roles roles;
    private final MoneyRules rules;
    private final PhraseSet recipientWords;
    private final PhraseSet sourceWords;

    public MoneyInterpreter(Terms terms, Roles roles, MoneyRules rules) {
        this.terms = terms;
        this.roles = roles;
        this.rules = rules;
        this.recipientWords = new PhraseSet(rules.recipientWords());
        this.sourceWords = new PhraseSet(rules.sourceWords());
    }

    public void interpret(DocumentState state, SentenceAnalysis s, List<SentenceAnalysis> earlierInBlock) {
        for (MoneyMention m : s.all(MoneyMention.class)) {
            Extraction ex = state.extraction();
            String label = s.text().substring(m.start(), m.end());
            SentenceAnalysis periodFrom = s;
            YearRangeMention range = firstRange(s);
            for (int i = earlierInBlock.size() - 1; range == null && i >= 0; i--) {
                range = firstRange(earlierInBlock.get(i));
                if (range != null) periodFrom = earlierInBlock.get(i);
            }
            Passage p = periodFrom == s ? state.passage(s.sentence())
                    : state.passage(periodFrom.sentence().start(), s.sentence().end(), "sentences");
            Candidate recipient = recipient(state, s, m);
            Candidate funded = recipient != null ? recipient : state.action;
            // Named by what it is: the document stating it, the amount and what it goes to; never its place.
            String what = funded == null ? "" : funded.label().map(l -> "-" + Iris.key(l, 40)).orElse("");
            Candidate funding = ex.candidate("funding", "Funding", label, p)
                    .slug(state.source().name() + "-" + Iris.slug(label) + what).attribute(Attributes.DISTINCT, "true")
                    .attribute(Attributes.FOUND_BY, "amount");
            ex.fact(p, funding, terms.mig("amount"), NodeFactory.createLiteralDT(m.amount().toPlainString(), XSDDatatype.XSDdecimal));
            ex.fact(p, funding, terms.mig("currency"), NodeFactory.createURI(rules.authority() + m.currency()));
            if (m.lowerBound()) {
                ex.fact(p, funding, terms.mig("isLowerBound"), NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
            }
            if (range != null) {
                ex.fact(p, funding, terms.mig("periodStart"), PartialDate.gYear(range.from()));
                ex.fact(p, funding, terms.mig("periodEnd"), PartialDate.gYear(range.to()));
            }
            Candidate target = recipient;
            if (target != null && roles.is(target, Roles.ACTOR) && !roles.isSubjectMatter(target)) {
                ex.fact(p, funding, terms.mig("recipient"), target);
                target = null;
            }
            Placed source = source(state, s, m);
            if (target == null && state.action == null) target = later(state, s, m, source);
            if (target == null && state.action == null) target = owner(state, s, m);
            if (target == null) target = state.action;
            if (target != null) ex.fact(p, funding, terms.mig("funds"), target);
            Placed budget = source != null ? source : StructureInterpreter.first(state.entities(periodFrom),
                    e -> roles.is(e.candidate(), Roles.BUDGET));
            if (budget != null && budget.candidate() != target) ex.fact(p, funding, terms.mig("fundedFrom"), budget.candidate());
        }
    }

    /** The instrument named right after "from" or "funded from" later in the sentence. */
    private Placed source(DocumentState state, SentenceAnalysis s, MoneyMention m) {
        if (sourceWords.isEmpty()) return null;
        for (PhraseSet.Found w : sourceWords.findAll(s.text(), m.end(), s.text().length())) {
            Placed e = StructureInterpreter.first(state.entities(s), x -> x.start() >= w.end() && x.start() - w.end() <= 5);
            if (e != null && roles.is(e.candidate(), Roles.INSTRUMENT)) return e;
        }
        return null;
    }

    /** What "to" or "for" later in the sentence introduces ("available from X for return hubs"), not the source. */
    private Candidate later(DocumentState state, SentenceAnalysis s, MoneyMention m, Placed source) {
        if (recipientWords.isEmpty()) return null;
        for (PhraseSet.Found w : recipientWords.findAll(s.text(), m.end(), s.text().length())) {
            Placed e = StructureInterpreter.first(state.entities(s), x -> x.start() >= w.end() && x.start() - w.end() <= 5);
            if (e != null && e != source && roles.isSubjectMatter(e.candidate())) return e.candidate();
        }
        return null;
    }

    /** The thing named right before "of" and the amount ("a Migration Partnership Facility of €2 billion"). */
    private Candidate owner(DocumentState state, SentenceAnalysis s, MoneyMention m) {
        String before = s.text().substring(0, m.start()).stripTrailing();
        for (String w : rules.ownerWords()) {
            if (!before.endsWith(" " + w)) continue;
            int end = before.length() - w.length() - 1;
            Placed e = StructureInterpreter.first(state.entities(s), x -> x.end() == end);
            if (e != null && roles.isSubjectMatter(e.candidate())) return e.candidate();
        }
        return null;
    }

    /** The thing named right after "to" or "for" following the amount. */
    private Candidate recipient(DocumentState state, SentenceAnalysis s, MoneyMention m) {
        PhraseSet.Found word = recipientWords.startingAt(s.text(), m.end());
        if (word == null || word.start() - m.end() > 1) return null;
        Placed e = StructureInterpreter.first(state.entities(s), x -> x.start() >= word.end() && x.start() - word.end() <= 5);
        return e == null ? null : e.candidate();
    }

    private static YearRangeMention firstRange(SentenceAnalysis s) {
        List<YearRangeMention> r = s.all(YearRangeMention.class);
        return r.isEmpty() ? null : r.get(0);
    }
}
