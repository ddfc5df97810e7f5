package eu.migrationkg.extract.interpret;

import eu.migrationkg.extract.Extraction;
import eu.migrationkg.extract.ReferenceData;
import eu.migrationkg.extract.Terms;
import eu.migrationkg.extract.recognise.AnalysedDocument;
import eu.migrationkg.extract.recognise.SentenceAnalysis;
import eu.migrationkg.extract.rules.ExtractionRules;
import eu.migrationkg.extract.text.Block;
import eu.migrationkg.extract.text.BlockKind;
import eu.migrationkg.extract.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.apache.jena.graph.Node;

/**
 * Step 3 of extraction: reads the analysed sentences of a document block by block and states facts,
 * each in the passage that says it. Quotations are only quoted: what a speaker says is not stated as
 * fact, beyond the things it names.
 */
public final class DocumentInterpreter {

    private final Terms terms;
    private final ReferenceData reference;
    private final ExtractionRules rules;
    private final Roles roles;
    private final EntityInterpreter entities;
    private final MoneyInterpreter money;
    private final DateInterpreter dates;
    private final ObligationInterpreter obligations;
    private final TableInterpreter tables;
    private final StatisticInterpreter statistics;
    private final StatusInterpreter statuses;
    private final QuoteInterpreter quotes;

    public DocumentInterpreter(Terms terms, ReferenceData reference, ExtractionRules rules) {
        this.terms = terms;
        this.reference = reference;
        this.rules = rules;
        this.roles = new Roles(reference, terms);
        this.entities = new EntityInterpreter(terms, roles, rules.names());
        this.money = new MoneyInterpreter(terms, roles, rules.money());
        this.obligations = new ObligationInterpreter(terms, roles, rules.obligations());
        this.dates = new DateInterpreter(terms, roles, obligations);
        this.tables = new TableInterpreter(terms, roles, rules.tables());
        this.statistics = new StatisticInterpreter(terms);
        this.statuses = new StatusInterpreter(terms, roles, rules.structure().statusMaxDistance(),
                rules.structure().statusDateCues());
        this.quotes = new QuoteInterpreter(terms, rules.quotes(), reference);
    }

    public void interpret(AnalysedDocument doc, Extraction ex) {
        DocumentState state = new DocumentState(doc, ex);
        Optional<Node> publisher = reference.findByLabel(doc.document().source().meta().publisher());
        StructureInterpreter structure = new StructureInterpreter(terms, roles, publisher, rules.structure().listJoins());
        List<Block> blocks = doc.document().blocks();
        List<String> tableHeader = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            List<SentenceAnalysis> ss = sentencesOf(doc, b);
            if (b.kind() == BlockKind.QUOTE && i + 1 < blocks.size()) {
                Matcher sig = quotes.signature(doc.document().markdown(), blocks.get(i + 1));
                if (sig != null) {
                    Block next = blocks.get(i + 1);
                    List<SentenceAnalysis> sigSentences = sentencesOf(doc, next);
                    state.passage(next.start(), next.end(), "signature");
                    for (SentenceAnalysis s : ss) entities.interpret(state, s);
                    for (SentenceAnalysis s : sigSentences) entities.interpret(state, s);
                    if (!sigSentences.isEmpty()) quotes.interpret(state, b, ss, next, sigSentences.get(0), sig);
                    i++;
                    continue;
                }
            }
            if (tables.isRow(doc.document().markdown(), b)) {
                for (SentenceAnalysis s : ss) entities.interpret(state, s);
                tables.row(state, b, ss, tableHeader);
                // An amount in a cell is money like an amount in prose (whatever the column's header).
                List<SentenceAnalysis> before = new ArrayList<>();
                for (SentenceAnalysis s : ss) {
                    money.interpret(state, s, before);
                    before.add(s);
                }
                continue;
            }
            tableHeader.clear();
            if (b.kind() == BlockKind.QUOTE || b.kind() == BlockKind.PARAGRAPH) {
                Matcher attributed = quotes.attribution(doc.document().markdown(), b);
                if (attributed != null) {
                    for (SentenceAnalysis s : ss) entities.interpret(state, s);
                    quotes.interpretInline(state, b, attributed);
                    continue;
                }
            }
            structure.beginBlock(state, b, ss);
            List<SentenceAnalysis> earlier = new ArrayList<>();
            for (SentenceAnalysis s : ss) {
                entities.interpret(state, s);
                if (b.kind() != BlockKind.QUOTE) {
                    structure.interpret(state, s);
                    money.interpret(state, s, earlier);
                    dates.interpret(state, s);
                    obligations.interpret(state, s);
                    statistics.interpret(state, s);
                    statuses.interpret(state, s);
                }
                earlier.add(s);
            }
            structure.endBlock(state, b, ss);
        }
    }

    private static List<SentenceAnalysis> sentencesOf(AnalysedDocument doc, Block b) {
        List<Sentence> ss = doc.document().sentencesOf(b);
        List<SentenceAnalysis> out = new ArrayList<>(ss.size());
        for (Sentence s : ss) out.add(doc.sentences().get(s.index()));
        return out;
    }
}
