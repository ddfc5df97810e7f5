package eu.migrationkg.serve.queries;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.migrationkg.base.Json;
import eu.migrationkg.queries.ParameterType;
import eu.migrationkg.queries.QueryParameter;
import eu.migrationkg.queries.QueryRegistry;
import eu.migrationkg.queries.QueryRunner;
import eu.migrationkg.queries.ResultFormat;
import eu.migrationkg.queries.SavedQuery;
import java.math.BigDecimal;
import java.util.List;
import java.util.TreeSet;

/**
 * The OpenAPI 3.1 description of the saved-query API, generated from the queries' decorators (again
 * after each reload of {@code queries/}): one operation per query, its parameters typed as the query
 * types them.
 */
final class OpenApiDocument {
    private OpenApiDocument() {}

    static final String VERSION = "3.1.0";
    private static final String PROBLEM = "#/components/schemas/Problem";

    /** @param base the public base of the server: the API's server URL, paths being appended to it */
    static ObjectNode build(QueryRegistry registry, String base) {
        ObjectNode doc = Json.object();
        doc.put("openapi", VERSION);
        ObjectNode info = doc.putObject("info");
        info.put("title", "EU migration policy knowledge graph: saved queries");
        info.put("version", "0.1.0");
        info.put("description", "Questions about EU migration policy answered from the knowledge graph. Each "
                + "operation is a saved SPARQL query of the repository's queries/ folder; its parameters are "
                + "bound as RDF terms of their type, so a value can never change the query. Tables come as "
                + "SPARQL JSON, XML, CSV or TSV (also a text table or Markdown), graphs as Turtle, N-Triples, "
                + "JSON-LD or RDF/XML, chosen by the Accept header or the format parameter.");
        doc.putArray("servers").addObject().put("url", base.substring(0, base.length() - 1));

        ArrayNode tags = doc.putArray("tags");
        new TreeSet<>(registry.byTag().keySet()).forEach(t -> tags.addObject().put("name", t));

        ObjectNode paths = doc.putObject("paths");
        paths.set(SavedQueryServlet.PATH, listOperation());
        paths.set(COMPLETE_PATH, completeOperation());
        for (SavedQuery q : registry.all()) {
            paths.set(SavedQueryServlet.PATH + "/" + q.id(), operation(q));
        }
        doc.set("components", components());
        return doc;
    }

    /** The editor's completion route (serve's CompletionServlet), described with the API it serves beside. */
    static final String COMPLETE_PATH = "/api/complete";

    private static ObjectNode completeOperation() {
        ObjectNode item = Json.object();
        ObjectNode get = item.putObject("get");
        get.put("operationId", "completeName");
        get.put("summary", "Complete a name being typed");
        get.put("description", "What the SPARQL editor offers while a name is typed: the ontology's classes and "
                + "properties with their labels and definitions, and resources by label, for a prefixed name "
                + "(mig:Pri), the start of an IRI, or words of a label.");
        ArrayNode params = get.putArray("parameters");
        ObjectNode q = params.addObject();
        q.put("name", "q").put("in", "query").put("required", true)
                .put("description", "A prefixed name, the start of an IRI, or words of a label (at most 500 characters)");
        q.putObject("schema").put("type", "string").put("minLength", 1).put("maxLength", 500);
        ObjectNode limit = params.addObject();
        limit.put("name", "limit").put("in", "query").put("required", false).put("description", "How many completions");
        limit.putObject("schema").put("type", "integer").put("minimum", 1).put("maximum", 100).put("default", 20);
        ObjectNode responses = get.putObject("responses");
        ObjectNode ok = responses.putObject("200");
        ok.put("description", "The completions, best first");
        ok.putObject("headers").putObject("ETag").put("$ref", "#/components/headers/ETag");
        ok.putObject("content").putObject("application/json").putObject("schema")
                .put("$ref", "#/components/schemas/Completions");
        ObjectNode bad = responses.putObject("400");
        bad.put("description", "No q, a q too long, or a limit out of range");
        ObjectNode error = bad.putObject("content").putObject("application/json").putObject("schema");
        error.put("type", "object");
        ObjectNode ep = error.putObject("properties");
        ep.putObject("status").put("type", "integer");
        ep.putObject("error").put("type", "string");
        return item;
    }

    private static ObjectNode listOperation() {
        ObjectNode item = Json.object();
        ObjectNode get = item.putObject("get");
        get.put("operationId", "listQueries");
        get.put("summary", "List the saved queries");
        get.put("description", "Every saved query with its description, tags, parameters, columns and formats.");
        ObjectNode ok = get.putObject("responses").putObject("200");
        ok.put("description", "The saved queries");
        ok.putObject("content").putObject("application/json").putObject("schema")
                .put("$ref", "#/components/schemas/QueryList");
        return item;
    }

    private static ObjectNode operation(SavedQuery q) {
        ObjectNode item = Json.object();
        ObjectNode get = item.putObject("get");
        get.put("operationId", q.id());
        get.put("summary", q.summary());
        if (!q.description().isEmpty()) get.put("description", q.description());
        ArrayNode tags = get.putArray("tags");
        q.tags().forEach(tags::add);
        ArrayNode params = get.putArray("parameters");
        q.parameters().forEach(p -> params.add(parameter(p)));
        List<ResultFormat> formats = ResultFormat.offeredFor(q);
        params.add(formatParameter(formats));
        if (q.template().isSelectType()) {
            params.addObject().put("$ref", "#/components/parameters/limit");
            params.addObject().put("$ref", "#/components/parameters/offset");
        }
        get.put("x-sparql", q.sparqlText());
        ObjectNode responses = get.putObject("responses");
        ObjectNode ok = responses.putObject("200");
        ok.put("description", q.returnsGraph() ? "The graph the query builds"
                : q.template().isAskType() ? "The answer, true or false" : "The rows, in the query's order");
        ObjectNode headers = ok.putObject("headers");
        headers.putObject("ETag").put("$ref", "#/components/headers/ETag");
        if (q.template().isSelectType()) headers.putObject("Link").put("$ref", "#/components/headers/Link");
        ObjectNode content = ok.putObject("content");
        for (ResultFormat f : formats) {
            ObjectNode schema = content.putObject(f.mediaType()).putObject("schema");
            if (f == ResultFormat.JSON) schema.put("$ref", "#/components/schemas/SparqlResults");
            else if (f == ResultFormat.JSONLD) schema.put("type", "object");
            else schema.put("type", "string");
        }
        responses.putObject("304").put("description", "Not modified: the ETag given in If-None-Match still holds");
        problem(responses, "400", "A parameter is missing or invalid; the problem names it and says why");
        problem(responses, "406", "The Accept header excludes every format the query offers (and no format parameter is given)");
        problem(responses, "503", "The query ran longer than " + QueryRunner.TIMEOUT.toSeconds() + " s and was stopped");
        return item;
    }

    private static void problem(ObjectNode responses, String status, String description) {
        ObjectNode r = responses.putObject(status);
        r.put("description", description);
        r.putObject("content").putObject(ApiResponses.PROBLEM_JSON).putObject("schema").put("$ref", PROBLEM);
    }

    private static ObjectNode parameter(QueryParameter p) {
        ObjectNode n = Json.object();
        n.put("name", p.name());
        n.put("in", "query");
        n.put("required", p.mandatory());
        String description = p.description().isEmpty() ? "" : p.description() + " ";
        n.put("description", description + "(" + p.type().label() + ": " + p.type().hint() + ")");
        ObjectNode schema = n.putObject("schema");
        schemaOf(p.type(), schema);
        p.defaultValue().ifPresent(d -> putTyped(schema, "default", d.text()));
        if (!p.allowedValues().isEmpty()) {
            ArrayNode values = schema.putArray("enum");
            p.allowedValues().forEach(a -> addTyped(values, schema, a.text()));
        }
        return n;
    }

    /** The JSON Schema a value of this type matches, as a string in a URL. */
    private static void schemaOf(ParameterType type, ObjectNode schema) {
        switch (type.shape()) {
            case IRI -> schema.put("type", "string").put("format", "iri");
            case TEXT -> schema.put("type", "string").put("maxLength", ParameterType.MAX_LENGTH);
            case INTEGER -> schema.put("type", "integer");
            case DECIMAL -> schema.put("type", "number");
            case BOOLEAN -> schema.put("type", "boolean");
            case DATE -> schema.put("type", "string").put("format", "date");
            case DATE_TIME -> schema.put("type", "string").put("format", "date-time");
            case YEAR -> schema.put("type", "string").put("pattern", "^-?[0-9]{4,}$");
            case YEAR_MONTH -> schema.put("type", "string").put("pattern", "^-?[0-9]{4,}-[0-9]{2}$");
            case OTHER -> schema.put("type", "string");
        }
    }

    private static void putTyped(ObjectNode schema, String field, String text) {
        switch (schema.path("type").asText()) {
            case "integer" -> schema.put(field, Long.parseLong(text));
            case "number" -> schema.put(field, new BigDecimal(text));
            case "boolean" -> schema.put(field, Boolean.parseBoolean(text));
            default -> schema.put(field, text);
        }
    }

    private static void addTyped(ArrayNode values, ObjectNode schema, String text) {
        switch (schema.path("type").asText()) {
            case "integer" -> values.add(Long.parseLong(text));
            case "number" -> values.add(new BigDecimal(text));
            case "boolean" -> values.add(Boolean.parseBoolean(text));
            default -> values.add(text);
        }
    }

    private static ObjectNode formatParameter(List<ResultFormat> formats) {
        ObjectNode n = Json.object();
        n.put("name", "format");
        n.put("in", "query");
        n.put("required", false);
        n.put("description", "The result format; overrides the Accept header.");
        ObjectNode schema = n.putObject("schema");
        schema.put("type", "string");
        ArrayNode values = schema.putArray("enum");
        formats.forEach(f -> values.add(f.formatName()));
        return n;
    }

    private static ObjectNode components() {
        ObjectNode c = Json.object();
        ObjectNode parameters = c.putObject("parameters");
        ObjectNode limit = parameters.putObject("limit");
        limit.put("name", "limit").put("in", "query").put("required", false)
                .put("description", "Rows per page (default: the query's pagination, else "
                        + SavedQueryServlet.MAX_PAGE + ")");
        limit.putObject("schema").put("type", "integer").put("minimum", 0).put("maximum", SavedQueryServlet.MAX_PAGE);
        ObjectNode offset = parameters.putObject("offset");
        offset.put("name", "offset").put("in", "query").put("required", false)
                .put("description", "Rows to skip before the page");
        offset.putObject("schema").put("type", "integer").put("minimum", 0).put("default", 0);

        ObjectNode headers = c.putObject("headers");
        headers.putObject("ETag").put("description", "Identifies these exact bytes; send it back in If-None-Match")
                .putObject("schema").put("type", "string");
        headers.putObject("Link").put("description", "RFC 8288 links to the next, previous and first pages")
                .putObject("schema").put("type", "string");

        ObjectNode schemas = c.putObject("schemas");
        ObjectNode problem = schemas.putObject("Problem");
        problem.put("type", "object");
        problem.put("description", "An RFC 9457 problem document");
        ObjectNode pp = problem.putObject("properties");
        for (String f : List.of("type", "title", "detail", "parameter", "reason")) pp.putObject(f).put("type", "string");
        pp.putObject("status").put("type", "integer");
        problem.putArray("required").add("title").add("status").add("detail");

        ObjectNode results = schemas.putObject("SparqlResults");
        results.put("type", "object");
        results.put("description", "SPARQL 1.1 Query Results JSON Format");
        ObjectNode rp = results.putObject("properties");
        rp.putObject("head").put("type", "object");
        rp.putObject("results").put("type", "object");
        rp.putObject("boolean").put("type", "boolean");
        results.putArray("required").add("head");

        ObjectNode completions = schemas.putObject("Completions");
        completions.put("type", "object");
        ObjectNode cp = completions.putObject("properties");
        cp.putObject("q").put("type", "string");
        ObjectNode term = cp.putObject("completions").put("type", "array").putObject("items");
        term.put("type", "object");
        ObjectNode tp = term.putObject("properties");
        for (String f : List.of("iri", "prefixed", "label", "definition")) tp.putObject(f).put("type", "string");
        tp.putObject("kind").put("type", "string").putArray("enum").add("class").add("property").add("resource");
        term.putArray("required").add("iri").add("kind");
        completions.putArray("required").add("q").add("completions");

        ObjectNode list = schemas.putObject("QueryList");
        list.put("type", "object");
        ObjectNode items = list.putObject("properties").putObject("queries").put("type", "array").putObject("items");
        items.put("type", "object");
        ObjectNode ip = items.putObject("properties");
        for (String f : List.of("id", "summary", "description", "form", "api", "sparql")) ip.putObject(f).put("type", "string");
        for (String f : List.of("tags", "columns", "formats")) {
            ip.putObject(f).put("type", "array").putObject("items").put("type", "string");
        }
        ip.putObject("parameters").put("type", "array").putObject("items").put("type", "object");
        ip.putObject("view").put("type", "object");
        ip.putObject("pagination").put("type", "integer");
        return c;
    }
}
