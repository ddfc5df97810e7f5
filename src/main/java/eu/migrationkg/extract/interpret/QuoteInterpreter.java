package eu.migrationkg.extract.interpret;

import eu.migrationkg.extract.Attributes;
import eu.migrationkg.extract.Candidate;
import eu.migrationkg.extract.Extraction;
import eu.migrationkg.extract.PartialDate;
import eu.migrationkg.extract.Passage;
import eu.migrationkg.extract.ReferenceData;
import eu.migrationkg.extract.Terms;
import eu.migrationkg.extract.recognise.SentenceAnalysis;
import eu.migrationkg.extract.rules.QuoteRules;
import eu.migrationkg.extract.text.Block;
import eu.migrationkg.sources.markdown.Markdown;
import eu.migrationkg.sources.SourceException;
import eu.migrationkg.vocab.Iris;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;

/**
 * A quotation and the signature line under it: the quote's words, who said them, in which post, and
 * when. The speaker and the post are the curated ones when the signature names them, new ones otherwise.
 */
public final class QuoteInterpreter {

    public static final String POST_CLASS = "http://www.w3.org/ns/org#Post";

    private final Terms terms;
    private final QuoteRules rules;
    private final ReferenceData reference;
    /** The people of the reference data, each with its labels. */
    private final List<ReferenceData.Label> people = new ArrayList<>();

    public QuoteInterpreter(Terms terms, QuoteRules rules, ReferenceData reference) {
        this.terms = terms;
        this.rules = rules;
        this.reference = reference;
        Node person = terms.mig("Person");
        for (ReferenceData.Label l : reference.resourceLabels()) {
            if (reference.classesOf(l.resource()).contains(person)) people.add(l);
        }
    }

    /** A quotation attributed in the running text of this block, when it is one; groups quote and speaker. */
    public Matcher attribution(Markdown body, Block b) {
        if (rules.attributions().isEmpty() || !hasQuoteMark(body.text(), b)) return null;
        String text = body.plain(b.start(), b.end()).text().strip();
        if (text.indexOf('"') < 0 && text.indexOf('“') < 0) return null;
        for (java.util.regex.Pattern p : rules.attributions()) {
            Matcher m = p.matcher(text);
            if (m.matches()) return m;
        }
        return null;
    }

    /**
     * A quotation attributed in the text: its words, the speaker (the known person the attribution names,
     * by full or last name; else a new person), the post the reference data gives them, and the date of
     * the document that prints it.
     */
    public void interpretInline(DocumentState state, Block block, Matcher m) {
        Extraction ex = state.extraction();
        String lang = state.source().meta().language();
        Passage said = state.passage(block);
        String text = unquote(m.group("quote"));
        if (text.endsWith(",")) text = text.substring(0, text.length() - 1).strip();
        if (!text.isEmpty() && ".!?".indexOf(text.charAt(text.length() - 1)) < 0) text = text + ".";
        String words = m.group("speaker").strip();
        Node known = speaker(words);
        Candidate speaker;
        String name;
        if (known != null) {
            name = label(known);
            speaker = ex.known("person", known, name, said).attribute(Attributes.FOUND_BY, "attribution");
        } else {
            name = withoutTitles(words);
            speaker = ex.candidate("person", "Person", name, said).attribute(Attributes.FOUND_BY, "attribution");
        }
        LocalDate date = state.source().meta().published();
        Candidate q = ex.candidate("quote", "Quote", firstSentence(text), said).attribute(Attributes.DISTINCT, "true")
                .attribute(Attributes.FOUND_BY, "attributed quotation")
                .slug(Iris.slug(name) + "-" + date + "-" + Iris.slug(firstWords(text)));
        ex.fact(said, q, terms.mig("quoteText"), NodeFactory.createLiteralLang(text, lang));
        ex.fact(said, q, terms.mig("speaker"), speaker);
        ex.fact(said, q, Terms.DATE, PartialDate.of(date).literal());
        if (known != null) {
            reference.graph().find(known, Terms.ORG_HOLDS, Node.ANY).toList().stream().map(Triple::getObject)
                    .filter(Node::isURI).min(java.util.Comparator.comparing(Node::getURI))
                    .ifPresent(post -> ex.fact(said, q, terms.mig("speakerRole"),
                            ex.known("post", post, label(post), said).attribute(Attributes.FOUND_BY, "attribution")));
        }
    }

    /** Any quotation mark in the block's raw text: most blocks have none, and then no text is made. */
    private boolean hasQuoteMark(String body, Block b) {
        // one search of the block per mark (a handful): faster than testing each character against the marks
        String marks = rules.quoteMarks();
        if (b.start() >= b.end()) return false;
        for (int k = 0; k < marks.length(); k++) if (body.indexOf(marks.charAt(k), b.start(), b.end()) >= 0) return true;
        return false;
    }

    /** The known person whose name, or else whose last name, the words contain. */
    private Node speaker(String words) {
        List<String> tokens = List.of(words.split("\\s+"));
        for (ReferenceData.Label l : people) if ((" " + words + " ").contains(" " + l.text() + " ")) return l.resource();
        Node found = null;
        for (ReferenceData.Label l : people) {
            String[] parts = l.text().split("\\s+");
            if (parts.length > 1 && tokens.contains(parts[parts.length - 1])) {
                if (found != null && !found.equals(l.resource())) return null; // two people of that name: say nothing
                found = l.resource();
            }
        }
        return found;
    }

    private String label(Node resource) {
        return reference.graph().find(resource, Terms.PREF_LABEL, Node.ANY).toList().stream().map(Triple::getObject)
                .filter(Node::isLiteral).map(Node::getLiteralLexicalForm).findFirst().orElse(resource.getURI());
    }

    private String withoutTitles(String words) {
        String w = words;
        boolean again = true;
        while (again) {
            again = false;
            for (String t : rules.titles()) {
                if (w.startsWith(t + " ")) {
                    w = w.substring(t.length() + 1).strip();
                    again = true;
                }
            }
        }
        return w;
    }

    private static String firstSentence(String text) {
        Matcher end = java.util.regex.Pattern.compile("[.!?](?=\\s+\\p{Lu})").matcher(text);
        return end.find() ? text.substring(0, end.end()) : text;
    }

    private static String firstWords(String text) {
        String[] w = text.split("\\s+");
        return String.join(" ", java.util.Arrays.asList(w).subList(0, Math.min(6, w.length)));
    }

    /** The signature under a quotation, when this block is one; the groups name, role and date. */
    public Matcher signature(Markdown body, Block b) {
        Matcher m = rules.signature().matcher(body.plain(b.start(), b.end()).text());
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
        String text = unquote(state.document().markdown().plain(quote.start(), quote.end()).text());
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
