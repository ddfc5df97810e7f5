package eu.migrationkg.extract.interpret;

import eu.migrationkg.extract.Attributes;
import eu.migrationkg.extract.Candidate;
import eu.migrationkg.extract.Extraction;
import eu.migrationkg.extract.PartialDate;
import eu.migrationkg.extract.Passage;
import eu.migrationkg.extract.Terms;
import eu.migrationkg.extract.recognise.SentenceAnalysis;
import eu.migrationkg.extract.rules.QuoteRules;
import eu.migrationkg.extract.text.Block;
import eu.migrationkg.extract.text.PlainText;
import eu.migrationkg.sources.SourceException;
import eu.migrationkg.vocab.Iris;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import org.apache.jena.graph.NodeFactory;

/**
 * A quotation and the signature line under it: the quote's words, who said them, in which post, and
 * when. The speaker and the post are the curated ones when the signature names them, new ones otherwise.
 */
public final class QuoteInterpreter {

    public static final String POST_CLASS = "http://www.w3.org/ns/org#Post";

    private final Terms terms;
    private final QuoteRules rules;

    public QuoteInterpreter(Terms terms, QuoteRules rules) {
        this.terms = terms;
        this.rules = rules;
    }

    /** The signature under a quotation, when this block is one; the groups name, role and date. */
    public Matcher signature(String body, Block b) {
        Matcher m = rules.signature().matcher(PlainText.of(body, b.start(), b.end()).text());
        return m.matches() ? m : null;
    }

    public void interpret(DocumentState state, Block quote, List<SentenceAnalysis> quoteSentences, Block sig,
                          SentenceAnalysis sigSentence, Matcher m) {
        Extraction ex = state.extraction();
        String lang = state.source().meta().language();
        Passage said = state.passage(quote);
        Passage signed = state.passage(sig.start(), sig.end(), "signature");
        LocalDate date;
        try {
            String[] dmy = m.group("date").split("/");
            date = LocalDate.of(Integer.parseInt(dmy[2]), Integer.parseInt(dmy[1]), Integer.parseInt(dmy[0]));
        } catch (DateTimeException e) {
            ex.problem(new SourceException(state.source().file(), signed.line(), "the signature's date '"
                    + m.group("date") + "' is not a date that exists; the quotation is left out"));
            return;
        }
        String name = m.group("name").strip();
        String text = unquote(PlainText.of(state.document().body(), quote.start(), quote.end()).text());
        String first = quoteSentences.isEmpty() ? text : unquote(quoteSentences.get(0).text());
        Candidate q = ex.candidate("quote", "Quote", first, said).attribute(Attributes.DISTINCT, "true")
                .attribute(Attributes.FOUND_BY, "quotation")
                .slug(Iris.slug(name) + "-" + date);
        ex.fact(said, q, terms.mig("quoteText"), NodeFactory.createLiteralLang(text, lang));
        Candidate speaker = named(state, sigSentence, m.start("name"), m.end("name"), "person", "Person", name, signed);
        Candidate post = named(state, sigSentence, m.start("role"), m.end("role"), "post", POST_CLASS,
                m.group("role").strip(), signed);
        ex.fact(signed, q, terms.mig("speaker"), speaker);
        ex.fact(signed, q, terms.mig("speakerRole"), post);
        ex.fact(signed, q, Terms.DATE, PartialDate.of(date).literal());
        ex.fact(signed, speaker, Terms.ORG_HOLDS, post);
    }

    /** The thing the signature names at these offsets: a curated one found there, or a new one. */
    private static Candidate named(DocumentState state, SentenceAnalysis s, int start, int end, String kind, String type,
                                   String label, Passage p) {
        for (Placed e : state.entities(s)) {
            if (e.start() == start && e.end() == end) return e.candidate();
        }
        return state.extraction().candidate(kind, type, label, p).attribute(Attributes.FOUND_BY, "signature");
    }

    private String unquote(String text) {
        String t = text.strip();
        int s = 0;
        int e = t.length();
        while (s < e && rules.quoteMarks().indexOf(t.charAt(s)) >= 0) s++;
        while (e > s && rules.quoteMarks().indexOf(t.charAt(e - 1)) >= 0) e--;
        return t.substring(s, e).strip();
    }
}
