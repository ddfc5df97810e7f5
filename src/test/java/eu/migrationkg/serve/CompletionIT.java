package eu.migrationkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.migrationkg.support.RunningServer;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /api/complete} completes the ontology's classes and properties with their labels, and resources by label, quickly. */
class CompletionIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode complete(String q) throws Exception {
        HttpResponse<String> r = server.get("api/complete?limit=100&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), null);
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body()).path("completions");
    }

    /** The ontology's terms of a kind with their English labels, as the endpoint states them. */
    private static Map<String, String> labelled(String owlType) throws Exception {
        String ns = server.base() + "ontology#";
        String query = "SELECT ?t ?l WHERE { ?t a <http://www.w3.org/2002/07/owl#" + owlType + "> ; "
                + "<http://www.w3.org/2000/01/rdf-schema#label> ?l FILTER(STRSTARTS(STR(?t), \"" + ns + "\")) }";
        JsonNode rows = JSON.readTree(server.get("sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                "application/sparql-results+json").body()).path("results").path("bindings");
        Map<String, String> out = new HashMap<>();
        rows.forEach(r -> out.put(r.path("t").path("value").asText(), r.path("l").path("value").asText()));
        assertFalse(out.isEmpty(), owlType);
        return out;
    }

    @Test
    void aPrefixOffersTheOntologysClassesAndPropertiesWithTheirLabels() throws Exception {
        Map<String, JsonNode> offered = new HashMap<>();
        complete("mig:").forEach(c -> offered.put(c.path("iri").asText(), c));
        Map<String, String> classes = labelled("Class");
        String someClass = classes.keySet().stream().sorted().findFirst().orElseThrow();
        JsonNode c = offered.get(someClass);
        assertTrue(c != null, someClass + " is offered for mig:");
        assertEquals("class", c.path("kind").asText());
        assertEquals(classes.get(someClass), c.path("label").asText());
        assertTrue(c.path("prefixed").asText().startsWith("mig:"));
        assertTrue(offered.values().stream().anyMatch(o -> o.path("kind").asText().equals("property")),
                "properties are offered too");
        assertTrue(offered.values().stream().anyMatch(o -> o.has("definition")), "with their definitions");
    }

    @Test
    void theStartOfANameNarrowsIt() throws Exception {
        Map<String, String> properties = labelled("ObjectProperty");
        String iri = properties.keySet().stream().sorted().findFirst().orElseThrow();
        String local = iri.substring(iri.indexOf('#') + 1);
        JsonNode got = complete("mig:" + local.substring(0, Math.min(4, local.length())));
        List<String> iris = new ArrayList<>();
        got.forEach(g -> iris.add(g.path("iri").asText()));
        assertTrue(iris.contains(iri), iris.toString());
        assertTrue(iris.stream().allMatch(i -> i.startsWith(server.base() + "ontology#" + local.substring(0, Math.min(4, local.length())))), iris.toString());
    }

    @Test
    void wordsFindResourcesByTheirLabel() throws Exception {
        String query = "SELECT ?r ?l WHERE { { ?r <http://www.w3.org/2000/01/rdf-schema#label> ?l } UNION "
                + "{ ?r <http://www.w3.org/2004/02/skos/core#prefLabel> ?l } "
                + "FILTER(STRSTARTS(STR(?r), \"" + server.base() + "id/\")) } ORDER BY ?r LIMIT 1";
        JsonNode row = JSON.readTree(server.get("sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                "application/sparql-results+json").body()).path("results").path("bindings").get(0);
        String iri = row.path("r").path("value").asText();
        String label = row.path("l").path("value").asText();
        String firstWord = label.split("[^\\p{L}\\p{N}]+")[0];
        String typed = firstWord.substring(0, Math.max(3, firstWord.length() - 1));
        List<String> iris = new ArrayList<>();
        complete(typed).forEach(g -> iris.add(g.path("iri").asText()));
        assertTrue(iris.contains(iri), typed + " -> " + iris);
    }

    @Test
    void badInputIsAClearError() throws Exception {
        for (String path : List.of("api/complete", "api/complete?q=nosuchprefix:x", "api/complete?q=mig:&limit=0")) {
            HttpResponse<String> r = server.get(path, null);
            assertEquals(400, r.statusCode(), path);
            assertTrue(JSON.readTree(r.body()).path("error").asText().length() > 10, r.body());
        }
    }
}
