package eu.migrationkg.extract.interpret;

import eu.migrationkg.extract.Attributes;
import eu.migrationkg.extract.Candidate;
import eu.migrationkg.extract.Extraction;
import eu.migrationkg.extract.PartialDate;
import eu.migrationkg.extract.Passage;
import eu.migrationkg.extract.Terms;
import eu.migrationkg.extract.recognise.SentenceAnalysis;
import eu.migrationkg.extract.recognise.StatisticMention;
import eu.migrationkg.vocab.Iris;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;

/** Makes a statistic of each figure: value, unit, measure, reference year, and the document as source. */
public final class StatisticInterpreter {

    private final Terms terms;

    public StatisticInterpreter(Terms terms) {
        this.terms = terms;
    }

    public void interpret(DocumentState state, SentenceAnalysis s) {
        int previousYear = 0;
        for (StatisticMention st : s.all(StatisticMention.class)) {
            Extraction ex = state.extraction();
            Passage p = state.passage(s.sentence());
            String label = s.text().substring(st.start(), st.end());
            String lang = state.source().meta().language();
            Candidate c = ex.candidate("statistic", "Statistic", label, p).attribute(Attributes.DISTINCT, "true")
                    .attribute(Attributes.FOUND_BY, "figure")
                    .slug(state.source().name() + "-" + Iris.slug(label));
            ex.fact(p, c, terms.mig("value"), NodeFactory.createLiteralDT(st.value().toPlainString(), XSDDatatype.XSDdecimal));
            ex.fact(p, c, terms.mig("unit"), NodeFactory.createLiteralString(st.unit()));
            ex.fact(p, c, terms.mig("measure"), NodeFactory.createLiteralLang(st.measure(), lang));
            int year = st.year() > 0 ? st.year() : st.comparedToPrevious() ? previousYear : 0;
            if (year > 0) ex.fact(p, c, terms.mig("referenceYear"), PartialDate.gYear(year));
            ex.fact(p, c, Terms.SOURCE, terms.iris().resource("source", state.source().name()));
            previousYear = year;
        }
    }
}
