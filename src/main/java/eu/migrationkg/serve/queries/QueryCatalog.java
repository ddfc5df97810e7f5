package eu.migrationkg.serve.queries;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.migrationkg.base.Json;
import eu.migrationkg.queries.QueryParameter;
import eu.migrationkg.queries.QueryRegistry;
import eu.migrationkg.queries.ResultFormat;
import eu.migrationkg.queries.SavedQuery;

/** The saved queries described as JSON, for {@code GET /api/queries} and whoever lists them. */
final class QueryCatalog {

    private final QueryRegistry registry;
    private final String base;

    /** @param base the public base of the server, for the absolute address of each query */
    QueryCatalog(QueryRegistry registry, String base) {
        this.registry = registry;
        this.base = base;
    }

    ObjectNode list() {
        ObjectNode root = Json.object();
        ArrayNode queries = root.putArray("queries");
        registry.all().forEach(q -> queries.add(describe(q)));
        return root;
    }

    ObjectNode describe(SavedQuery q) {
        ObjectNode n = Json.object();
        n.put("id", q.id());
        n.put("summary", q.summary());
        n.put("description", q.description());
        ArrayNode tags = n.putArray("tags");
        q.tags().forEach(tags::add);
        n.put("form", q.form());
        ArrayNode columns = n.putArray("columns");
        q.columns().forEach(columns::add);
        ObjectNode view = n.putObject("view");
        view.put("type", q.view().type());
        if (q.view().isChart()) {
            view.put("x", q.view().x());
            ArrayNode y = view.putArray("y");
            q.view().y().forEach(y::add);
        }
        ArrayNode params = n.putArray("parameters");
        for (QueryParameter p : q.parameters()) params.add(describe(p));
        ArrayNode formats = n.putArray("formats");
        ResultFormat.offeredFor(q).forEach(f -> formats.add(f.formatName()));
        q.pagination().ifPresent(size -> n.put("pagination", size));
        n.put("api", base + SavedQueryServlet.PATH.substring(1) + "/" + q.id());
        n.put("sparql", q.sparqlText());
        return n;
    }

    static ObjectNode describe(QueryParameter p) {
        ObjectNode n = Json.object();
        n.put("name", p.name());
        n.put("type", p.type().label());
        n.put("required", p.mandatory());
        n.put("description", p.description());
        n.put("hint", p.type().hint());
        p.defaultValue().ifPresent(d -> n.put("default", d.text()));
        if (!p.allowedValues().isEmpty()) {
            ArrayNode allowed = n.putArray("allowed");
            p.allowedValues().forEach(a -> allowed.add(a.text()));
        }
        return n;
    }
}
