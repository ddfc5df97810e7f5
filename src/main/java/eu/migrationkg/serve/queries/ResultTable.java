package eu.migrationkg.serve.queries;

import eu.migrationkg.queries.QueryResult;
import eu.migrationkg.serve.web.Links;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.NodeValue;

/**
 * A result as an HTML table shows it: IRIs in their short form and linked (to this site's page for
 * our own IRIs), literals as text, numbers marked so they align.
 */
public record ResultTable(List<String> columns, List<List<Cell>> rows) {

    /** One cell: its text, where it links (or null), the full term as a tooltip, and whether it is a number. */
    public record Cell(String text, String href, String title, boolean numeric) {
        static final Cell EMPTY = new Cell("", null, null, false);
    }

    static ResultTable of(QueryResult.Rows result, PrefixMapping prefixes, Links links) {
        List<String> columns = result.vars().stream().map(Var::getVarName).toList();
        List<List<Cell>> rows = new ArrayList<>();
        for (Binding b : result.rows()) {
            List<Cell> row = new ArrayList<>();
            for (Var v : result.vars()) row.add(cell(b.get(v), prefixes, links));
            rows.add(row);
        }
        return new ResultTable(columns, rows);
    }

    /** A graph as subject, predicate, object rows, sorted so the page is the same on every run. */
    static ResultTable of(Graph graph, PrefixMapping prefixes, Links links) {
        List<Triple> triples = new ArrayList<>(graph.find().toList());
        triples.sort(Comparator.comparing((Triple t) -> NodeFmtLib.strNT(t.getSubject()))
                .thenComparing(t -> NodeFmtLib.strNT(t.getPredicate()))
                .thenComparing(t -> NodeFmtLib.strNT(t.getObject())));
        List<List<Cell>> rows = new ArrayList<>();
        for (Triple t : triples) {
            rows.add(List.of(cell(t.getSubject(), prefixes, links), cell(t.getPredicate(), prefixes, links),
                    cell(t.getObject(), prefixes, links)));
        }
        return new ResultTable(List.of("subject", "predicate", "object"), rows);
    }

    static Cell cell(Node n, PrefixMapping prefixes, Links links) {
        if (n == null) return Cell.EMPTY;
        if (n.isURI()) {
            return new Cell(shortForm(n.getURI(), prefixes, links), links.iri(n.getURI()), n.getURI(), false);
        }
        if (n.isLiteral()) {
            boolean numeric = NodeValue.makeNode(n).isNumber();
            String lang = n.getLiteralLanguage();
            String title = !lang.isEmpty() ? "@" + lang : n.getLiteralDatatypeURI();
            return new Cell(n.getLiteralLexicalForm(), null, title, numeric);
        }
        return new Cell("_:" + n.getBlankNodeLabel(), null, null, false);
    }

    /** {@code mig:adopted} when a prefix of the query fits, {@code id/instrument/x} for our own IRIs, else the IRI. */
    static String shortForm(String iri, PrefixMapping prefixes, Links links) {
        String qname = prefixes.qnameFor(iri);
        if (qname != null) return qname;
        return links.isLocal(iri) ? iri.substring(links.base().length()) : iri;
    }
}
