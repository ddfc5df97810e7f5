package eu.migrationkg.extract.interpret;

import eu.migrationkg.extract.Attributes;
import eu.migrationkg.extract.Candidate;
import eu.migrationkg.extract.Extraction;
import eu.migrationkg.extract.Passage;
import eu.migrationkg.extract.Terms;
import eu.migrationkg.extract.recognise.DateMention;
import eu.migrationkg.extract.recognise.SentenceAnalysis;
import eu.migrationkg.extract.rules.TableRules;
import eu.migrationkg.extract.text.Block;
import eu.migrationkg.sources.markdown.Markdown;
import eu.migrationkg.vocab.Iris;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.NodeFactory;

/**
 * Rows of a Markdown table: the first row is the header, a row of dashes is skipped, and each further row
 * states one fact per cell: the thing of its first cell, the relation its column's header stands for
 * ({@code tables.yaml}), and the legal act, actor or date the cell names. The row is the passage.
 */
public final class TableInterpreter {

    private final Terms terms;
    private final Roles roles;
    private final TableRules rules;

    public TableInterpreter(Terms terms, Roles roles, TableRules rules) {
        this.terms = terms;
        this.roles = roles;
        this.rules = rules;
    }

    /** True when the block is a row of a table. */
    public boolean isRow(Markdown markdown, Block b) {
        if (rules.columns().isEmpty()) return false;
        String body = markdown.text();
        int first = b.start();
        while (first < b.end() && Character.isWhitespace(body.charAt(first))) first++;
        if (first == b.end() || body.charAt(first) != rules.separator()) return false; // most blocks: no text made
        String t = markdown.plain(b.start(), b.end()).text().strip();
        return t.length() > 1 && t.charAt(0) == rules.separator() && t.charAt(t.length() - 1) == rules.separator();
    }

    /** Reads one row; {@code header} holds the current table's header, empty before its first row. */
    public void row(DocumentState state, Block b, List<SentenceAnalysis> sentences, List<String> header) {
        String text = state.document().markdown().plain(b.start(), b.end()).text().strip();
        List<String> cells = cells(text);
        if (header.isEmpty()) {
            for (String c : cells) header.add(c.toLowerCase(Locale.ROOT));
            return;
        }
        if (cells.stream().allMatch(c -> c.matches("[-: ]*"))) return;
        // what each sentence of the row names, by cell
        List<List<Placed>> entitiesByCell = new ArrayList<>();
        List<List<DateMention>> datesByCell = new ArrayList<>();
        List<SentenceAnalysis> dateSentence = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            entitiesByCell.add(new ArrayList<>());
            datesByCell.add(new ArrayList<>());
        }
        SentenceAnalysis[] sentenceOfCell = new SentenceAnalysis[cells.size()];
        int pipesBefore = 0;
        for (SentenceAnalysis s : sentences) {
            String st = s.text();
            for (Placed e : state.entities(s)) {
                int cell = cellAt(st, e.start(), pipesBefore);
                if (cell >= 0 && cell < cells.size()) entitiesByCell.get(cell).add(e);
            }
            for (DateMention d : s.all(DateMention.class)) {
                int cell = cellAt(st, d.start(), pipesBefore);
                if (cell >= 0 && cell < cells.size()) {
                    datesByCell.get(cell).add(d);
                    sentenceOfCell[cell] = s;
                }
            }
            pipesBefore += count(st);
        }
        if (entitiesByCell.isEmpty() || entitiesByCell.get(0).isEmpty()) return;
        Candidate subject = entitiesByCell.get(0).get(0).candidate();
        Passage p = state.passage(b);
        Extraction ex = state.extraction();
        for (int i = 1; i < cells.size() && i < header.size(); i++) {
            String what = rules.columns().get(header.get(i));
            if (what == null) continue;
            switch (what) {
                case "legalBasis" -> entitiesByCell.get(i).stream().filter(e -> roles.is(e.candidate(), Roles.LEGAL_ACT))
                        .forEach(e -> ex.fact(p, subject, terms.mig("legalBasis"), e.candidate()));
                case "responsibleActor" -> entitiesByCell.get(i).stream().filter(e -> roles.is(e.candidate(), Roles.ACTOR))
                        .forEach(e -> ex.fact(p, subject, terms.mig("responsibleActor"), e.candidate()));
                case "milestone" -> {
                    for (DateMention d : datesByCell.get(i)) {
                        if (state.isUsed(d)) continue;
                        String expression = sentenceOfCell[i].text().substring(d.cueStart(), d.end());
                        Candidate m = ex.candidate("milestone", "Milestone", expression, p)
                                .attribute(Attributes.DISTINCT, "true").attribute(Attributes.FOUND_BY, "table")
                                .slug(state.source().name() + "-" + d.date().lexical() + "-" + Iris.slug(expression));
                        ex.fact(p, m, terms.mig("date"), d.date().literal());
                        ex.fact(p, m, terms.mig("dateExpression"),
                                NodeFactory.createLiteralLang(expression, state.source().meta().language()));
                        ex.fact(p, m, terms.mig("concerns"), subject);
                        state.use(d);
                    }
                }
                default -> { }
            }
        }
    }

    /** The cells of a row, without the separators at both ends. */
    private List<String> cells(String row) {
        List<String> out = new ArrayList<>();
        int from = 1;
        for (int i = 1; i < row.length(); i++) {
            if (row.charAt(i) == rules.separator()) {
                out.add(row.substring(from, i).strip());
                from = i + 1;
            }
        }
        return out;
    }

    /** The cell an offset of a sentence falls in: separators before it in the row, less the opening one. */
    private int cellAt(String sentence, int offset, int pipesBefore) {
        int n = pipesBefore;
        for (int i = 0; i < offset && i < sentence.length(); i++) if (sentence.charAt(i) == rules.separator()) n++;
        return n - 1;
    }

    private int count(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == rules.separator()) n++;
        return n;
    }
}
