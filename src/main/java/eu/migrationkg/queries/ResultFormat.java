package eu.migrationkg.queries;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * The formats a saved query's result can be written in: the SPARQL result formats for tables and
 * booleans, RDF syntaxes for graphs, and two text forms (an aligned table, Markdown) for people.
 * Writing goes through Jena's own result and RDF writers wherever a standard format exists.
 */
public enum ResultFormat {
    JSON("json", "application/sparql-results+json", ResultSetLang.RS_JSON, false, "srj"),
    XML("xml", "application/sparql-results+xml", ResultSetLang.RS_XML, false, "srx"),
    CSV("csv", "text/csv", ResultSetLang.RS_CSV, false, "csv"),
    TSV("tsv", "text/tab-separated-values", ResultSetLang.RS_TSV, false, "tsv"),
    TABLE("table", "text/plain", null, false, "txt", "text", "txt"),
    MARKDOWN("md", "text/markdown", null, false, "md", "markdown"),
    TURTLE("ttl", "text/turtle", Lang.TURTLE, true, "ttl", "turtle"),
    NTRIPLES("nt", "application/n-triples", Lang.NTRIPLES, true, "nt", "ntriples", "n-triples"),
    JSONLD("jsonld", "application/ld+json", Lang.JSONLD, true, "jsonld"),
    RDFXML("rdfxml", "application/rdf+xml", Lang.RDFXML, true, "rdf", "rdf", "xml-rdf");

    private final String name;
    private final String mediaType;
    private final Lang lang;
    private final boolean forGraphs;
    private final String fileExtension;
    private final List<String> names;

    ResultFormat(String name, String mediaType, Lang lang, boolean forGraphs, String fileExtension, String... aliases) {
        this.name = name;
        this.mediaType = mediaType;
        this.lang = lang;
        this.forGraphs = forGraphs;
        this.fileExtension = fileExtension;
        List<String> all = new ArrayList<>(List.of(name));
        all.addAll(List.of(aliases));
        this.names = List.copyOf(all);
    }

    /** The name used in {@code format=} and {@code --format}. */
    public String formatName() { return name; }

    /** Every name that asks for this format: {@link #formatName()} first, then the others accepted. */
    public List<String> names() { return names; }

    public String mediaType() { return mediaType; }

    public String fileExtension() { return fileExtension; }

    /** True for RDF syntaxes (CONSTRUCT, DESCRIBE); false for tables and booleans. */
    public boolean forGraphs() { return forGraphs; }

    /** The formats a query's result can take, the preferred one first. */
    public static List<ResultFormat> offeredFor(SavedQuery query) {
        return Arrays.stream(values()).filter(f -> f.forGraphs == query.returnsGraph()).toList();
    }

    /** The format with this name; {@code turtle}, {@code ntriples} and {@code rdf} are accepted too. */
    public static Optional<ResultFormat> named(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.names.contains(n)).findFirst();
    }

    /** Writes the result; the caller has checked that the format suits it. */
    public void write(QueryResult result, PrefixMapping prefixes, OutputStream out) {
        switch (result) {
            case QueryResult.Rows rows -> writeRows(rows, prefixes, out);
            case QueryResult.Answer answer -> writeAnswer(answer.value(), out);
            case QueryResult.Triples triples -> RDFDataMgr.write(out, triples.graph(), lang);
        }
    }

    /** True when this format can carry the result. */
    public boolean suits(QueryResult result) {
        return (result instanceof QueryResult.Triples) == forGraphs;
    }

    private void writeRows(QueryResult.Rows rows, PrefixMapping prefixes, OutputStream out) {
        if (this == MARKDOWN) {
            Markdown.table(rows, out);
            return;
        }
        ResultSet rs = ResultSet.adapt(RowSetStream.create(rows.vars(), rows.rows().iterator()));
        if (this == TABLE) ResultSetFormatter.out(out, rs, prefixes);
        else ResultSetMgr.write(out, rs, lang);
    }

    private void writeAnswer(boolean value, OutputStream out) {
        if (this == TABLE) ResultSetFormatter.out(out, value);
        else if (this == MARKDOWN) Markdown.answer(value, out);
        else ResultSetMgr.write(out, value, lang);
    }

    /** Markdown tables for pasting results into notes and reports: IRIs as links, literals as text. */
    private static final class Markdown {
        static void table(QueryResult.Rows rows, OutputStream out) {
            PrintWriter w = writer(out);
            List<Var> vars = rows.vars();
            w.println("| " + String.join(" | ", vars.stream().map(Var::getVarName).toList()) + " |");
            w.println("|" + "---|".repeat(Math.max(1, vars.size())));
            for (Binding b : rows.rows()) {
                w.println("| " + String.join(" | ", vars.stream().map(v -> cell(b.get(v))).toList()) + " |");
            }
            w.flush();
        }

        static void answer(boolean value, OutputStream out) {
            PrintWriter w = writer(out);
            w.println("| answer |");
            w.println("|---|");
            w.println("| " + value + " |");
            w.flush();
        }

        private static String cell(Node n) {
            if (n == null) return "";
            String text = n.isURI() ? "<" + n.getURI() + ">"
                    : n.isLiteral() ? n.getLiteralLexicalForm() : "_:" + n.getBlankNodeLabel();
            return text.replace("\\", "\\\\").replace("|", "\\|").replaceAll("\\R", " ");
        }

        private static PrintWriter writer(OutputStream out) {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            return new PrintWriter(w, false);
        }
    }

    /** Writes to a string, for tests and small answers. */
    public String asString(QueryResult result, PrefixMapping prefixes) {
        var buffer = new java.io.ByteArrayOutputStream();
        write(result, prefixes, buffer);
        try {
            buffer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
