package eu.migrationkg.serve.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import eu.migrationkg.queries.QueryParameter;
import eu.migrationkg.queries.QueryRegistry;
import eu.migrationkg.queries.SavedQuery;
import eu.migrationkg.support.RunningServer;
import eu.migrationkg.support.TestProject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** /api/openapi.json is a valid OpenAPI 3.1 document (checked by a JSON Schema validator, offline) and lists every query. */
class OpenApiIT {

    private static final Path SCHEMAS = TestProject.layout().root().resolve("src/test/resources/openapi-3.1");
    private static final String SCHEMA_BASE = "https://spec.openapis.org/oas/3.1/schema-base/WORK-IN-PROGRESS";
    private static final ObjectMapper JSON = new ObjectMapper();

    @AutoClose
    private static RunningServer server;
    private static JsonNode document;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start();
        HttpResponse<String> r = server.get("api/openapi.json", null);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        document = JSON.readTree(r.body());
    }

    /** The OpenAPI 3.1 schemas, registered under their $id so nothing is fetched from the network. */
    private static Schema openApiSchema() throws IOException {
        Map<String, String> byId = new HashMap<>();
        YAMLMapper yaml = new YAMLMapper();
        for (String name : List.of("schema", "schema-base", "dialect", "meta")) {
            JsonNode tree = yaml.readTree(Files.readString(SCHEMAS.resolve(name + ".yaml")));
            byId.put(tree.get("$id").asText(), JSON.writeValueAsString(tree));
        }
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemas(byId));
        return registry.getSchema(SchemaLocation.of(SCHEMA_BASE));
    }

    private static List<String> errors(JsonNode doc) {
        try {
            return openApiSchema().validate(doc).stream().map(Error::toString).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theDocumentValidatesAgainstTheOpenApi31Schema() {
        assertEquals("3.1.0", document.get("openapi").asText());
        assertEquals(server.url().replaceFirst("/$", ""), document.get("servers").get(0).get("url").asText(),
                "paths are appended to the server URL, the public base");
        assertEquals(List.of(), errors(document));
    }

    @Test
    void theValidatorRejectsABrokenDocument() {
        // The check above must be able to fail: a parameter without 'in' and an unknown field.
        ObjectNode broken = document.deepCopy();
        ObjectNode op = (ObjectNode) broken.get("paths").get("/api/queries/documents").get("get");
        ((ObjectNode) op.get("parameters").get(0)).remove("in");
        op.put("notAField", true);
        List<String> found = errors(broken);
        assertTrue(found.stream().anyMatch(e -> e.contains("'in'")), found.toString());
        assertTrue(found.stream().anyMatch(e -> e.contains("notAField")), found.toString());
    }

    @Test
    void everyQueryIsAnOperationWithItsParameters() {
        QueryRegistry registry = QueryRegistry.load(TestProject.layout(), server.base());
        JsonNode paths = document.get("paths");
        assertTrue(paths.has("/api/queries"));
        Set<String> operationIds = new HashSet<>();
        for (SavedQuery q : registry.all()) {
            JsonNode get = paths.path("/api/queries/" + q.id()).path("get");
            assertFalse(get.isMissingNode(), q.id() + " is not in the OpenAPI document");
            assertTrue(operationIds.add(get.get("operationId").asText()), "operationId used twice");
            assertEquals(q.summary(), get.get("summary").asText());
            for (QueryParameter p : q.parameters()) {
                JsonNode param = null;
                for (JsonNode candidate : get.get("parameters")) {
                    if (p.name().equals(candidate.path("name").asText())) param = candidate;
                }
                assertTrue(param != null, q.id() + " lacks parameter " + p.name());
                assertEquals(p.mandatory(), param.get("required").asBoolean());
                assertEquals(p.allowedValues().size(), param.path("schema").path("enum").size());
            }
        }
        assertEquals(registry.all().size() + 2, paths.size(), "the queries, their list and the completion route");
    }

    @Test
    void theCompletionRouteIsDescribedAsItAnswers() throws Exception {
        JsonNode get = document.path("paths").path("/api/complete").path("get");
        assertEquals("completeName", get.path("operationId").asText());
        assertTrue(get.path("parameters").get(0).path("required").asBoolean(), "q is required");
        JsonNode schema = document.at("/components/schemas/Completions/properties/completions/items");
        Set<String> kinds = new HashSet<>();
        schema.at("/properties/kind/enum").forEach(k -> kinds.add(k.asText()));
        JsonNode answer = JSON.readTree(server.get("api/complete?q=mig:&limit=5", "application/json").body());
        assertTrue(answer.path("completions").size() > 0, answer.toString());
        for (JsonNode c : answer.path("completions")) {
            assertTrue(kinds.contains(c.path("kind").asText()), c.toString());
            c.fieldNames().forEachRemaining(f -> assertTrue(schema.path("properties").has(f), f + " is not described"));
        }
        assertEquals(400, server.get("api/complete", "application/json").statusCode());
        assertTrue(get.path("responses").has("400"));
    }

    @Test
    void parameterSchemasFollowTheirTypes() {
        JsonNode year = parameter("milestones-by-year", "year");
        assertEquals("integer", year.get("schema").get("type").asText());
        JsonNode since = parameter("documents", "since");
        assertEquals("date", since.get("schema").get("format").asText());
        JsonNode resource = parameter("what-sources-say", "resource");
        assertEquals("iri", resource.get("schema").get("format").asText());
        assertEquals("instrument:entry-exit-system", resource.get("schema").get("default").asText());
    }

    private static JsonNode parameter(String query, String name) {
        for (JsonNode p : document.get("paths").get("/api/queries/" + query).get("get").get("parameters")) {
            if (name.equals(p.path("name").asText())) return p;
        }
        throw new AssertionError(query + " has no parameter " + name);
    }
}
