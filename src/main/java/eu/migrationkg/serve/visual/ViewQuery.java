package eu.migrationkg.serve.visual;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * A SPARQL query a page is drawn from, kept as a {@code .rq} file beside this class. The files write
 * {@code PREFIX mig: <ontology#>} like the saved queries, and are parsed against the server's base, so
 * the pages read the graph through the model's terms only and show whatever the data hold.
 */
final class ViewQuery {

    private final String name;
    private final Query query;

    private ViewQuery(String name, Query query) {
        this.name = name;
        this.query = query;
    }

    /** The query {@code name.rq} of this package, its relative IRIs resolved against {@code base}. */
    static ViewQuery load(String name, String base) {
        String file = name + ".rq";
        try (InputStream in = ViewQuery.class.getResourceAsStream(file)) {
            if (in == null) throw new IllegalStateException("no view query " + file + " on the classpath");
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new ViewQuery(name, QueryFactory.create(text, base));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String name() { return name; }

    /** Runs the query over the dataset's default graph (the caller holds a read transaction); one map per row. */
    List<Map<String, Node>> select(DatasetGraph ds) {
        return select(ds, Map.of());
    }

    /** The same with variables bound before the query runs (a search's words, a resource). */
    List<Map<String, Node>> select(DatasetGraph ds, Map<String, Node> bindings) {
        List<Map<String, Node>> rows = new ArrayList<>();
        var builder = QueryExecution.dataset(DatasetFactory.wrap(ds)).query(query);
        var model = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        bindings.forEach((name, value) -> builder.substitution(name, model.asRDFNode(value)));
        try (QueryExecution exec = builder.build()) {
            ResultSet rs = exec.execSelect();
            List<String> vars = rs.getResultVars();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                Map<String, Node> row = new HashMap<>();
                for (String v : vars) {
                    if (s.contains(v)) row.put(v, s.get(v).asNode());
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
