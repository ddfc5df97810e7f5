package eu.migrationkg.extract.interpret;

import eu.migrationkg.extract.Attributes;
import eu.migrationkg.extract.Candidate;
import eu.migrationkg.extract.Extraction;
import eu.migrationkg.extract.Passage;
import eu.migrationkg.extract.Terms;
import eu.migrationkg.extract.recognise.CueMention;
import eu.migrationkg.extract.recognise.EntityMention;
import eu.migrationkg.extract.recognise.LegalReferenceMention;
import eu.migrationkg.extract.recognise.MoneyMention;
import eu.migrationkg.extract.recognise.PlainNameMention;
import eu.migrationkg.extract.recognise.Mention;
import eu.migrationkg.extract.recognise.SentenceAnalysis;
import eu.migrationkg.extract.recognise.ShortFormMention;
import eu.migrationkg.extract.rules.NameRules;
import eu.migrationkg.extract.text.Tokens;
import eu.migrationkg.vocab.Iris;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;

/**
 * Turns the names of a sentence into candidates: curated resources, new names, legal acts cited by
 * number; and links a short form ("the Strategy") or an opening pronoun ("It") to what it stands for.
 */
public final class EntityInterpreter {

    private final Terms terms;
    private final Roles roles;
    private final Map<String, String> heads = new HashMap<>();
    private final Map<String, List<String>> headsOfLabel = new HashMap<>();

    public EntityInterpreter(Terms terms, Roles roles, NameRules names) {
        this.terms = terms;
        this.roles = roles;
        names.heads().keySet().forEach(h -> heads.put(Tokens.normal(h), h));
    }

    public void interpret(DocumentState state, SentenceAnalysis s) {
        Passage p = state.passage(s.sentence());
        Extraction ex = state.extraction();
        List<Placed> placed = new ArrayList<>();
        for (Mention m : s.mentions()) {
            switch (m) {
                case EntityMention e -> {
                    Candidate c = e.isKnown() ? ex.known(e.kind(), e.known(), e.label(), p)
                            : ex.candidate(e.kind(), e.type(), e.label(), p);
                    if (e.acronym() != null) c.acronym(e.acronym());
                    c.attribute(Attributes.FOUND_BY, e.rule());
                    state.bind(m, c);
                    placed.add(new Placed(m.start(), m.end(), c));
                }
                case PlainNameMention n when state.action != null || !s.all(MoneyMention.class).isEmpty() -> {
                    Candidate c = ex.candidate(n.kind(), n.type(), n.label(), p).attribute(Attributes.FOUND_BY,
                            "plain-noun-phrase");
                    state.bind(m, c);
                    placed.add(new Placed(m.start(), m.end(), c));
                }
                case LegalReferenceMention l -> {
                    Candidate c = legalAct(ex, l, p);
                    state.bind(m, c);
                    placed.add(new Placed(m.start(), m.end(), c));
                }
                case ShortFormMention f -> {
                    Candidate antecedent = state.lastWithHead(f.head());
                    if (antecedent != null) {
                        stand(ex, antecedent, p, "short-form", "'the " + s.text().substring(f.start(), f.end())
                                + "' stands for the last " + f.head() + " named before it");
                        placed.add(new Placed(m.start(), m.end(), antecedent));
                    }
                }
                case CueMention c when c.cue() == CueMention.Cue.PRONOUN && state.previousMain != null -> {
                    stand(ex, state.previousMain, p, "pronoun", "'" + c.words()
                            + "' opening a sentence stands for the main thing of the sentence before");
                    placed.add(new Placed(m.start(), m.end(), state.previousMain));
                }
                default -> { }
            }
        }
        state.entities(s, placed);
        Candidate main = null;
        for (Placed pl : placed) {
            Candidate c = pl.candidate();
            c.label().ifPresent(label -> {
                for (String head : headsOfLabel.computeIfAbsent(label, this::headsIn)) state.rememberHead(head, c);
            });
            if (roles.is(c, Roles.STRATEGY)) state.strategy = c;
            if (main == null && roles.isSubjectMatter(c)) main = c;
        }
        state.previousMain = main;
    }

    /** The head words ("Strategy", "Pact") a name contains. */
    private List<String> headsIn(String label) {
        List<String> out = new ArrayList<>(1);
        for (Tokens.Token t : Tokens.words(label)) {
            String head = heads.get(Tokens.normal(t.text()));
            if (head != null) out.add(head);
        }
        return List.copyOf(out);
    }

    /** A mention that names nothing itself but stands for another candidate. */
    private static void stand(Extraction ex, Candidate antecedent, Passage p, String rule, String detail) {
        Candidate c = antecedent.fixed().isPresent()
                ? ex.known(antecedent.kind(), antecedent.fixed().get(), null, p)
                : ex.candidate(antecedent.kind(), null, null, p);
        c.attribute(Attributes.FOUND_BY, rule);
        ex.same(c, antecedent, rule, detail);
    }

    private Candidate legalAct(Extraction ex, LegalReferenceMention l, Passage p) {
        if (l.curated() != null) {
            return ex.known("legal-act", l.curated(), l.label(), p).attribute(Attributes.FOUND_BY, "legal-citation (CELEX "
                    + l.celex() + ")");
        }
        Candidate c = ex.candidate("legal-act", l.type(), l.label(), p).slug(Iris.slug(l.label()))
                .attribute(Attributes.FOUND_BY, "legal-citation (CELEX " + l.celex() + ")");
        ex.fact(p, c, Terms.SAME_AS, l.authoritative());
        ex.fact(p, c, Terms.ELI_ID_LOCAL, NodeFactory.createLiteralString(l.celex()));
        return c;
    }
}
