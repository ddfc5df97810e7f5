package eu.migrationkg.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.migrationkg.base.Json;
import eu.migrationkg.graph.AssembledDataset;
import eu.migrationkg.graph.TextIndexing;
import eu.migrationkg.queries.SavedQuery;
import eu.migrationkg.serve.web.PageFrame;
import eu.migrationkg.serve.web.Representation;
import eu.migrationkg.vocab.Vocab;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SPARQL editor page ({@code sparql.jte}): YASGUI on this server's endpoint, with the graph's
 * prefixes declared in every new query (and offered as completions, without asking prefix.cc), and
 * the saved queries as examples that open in a tab of their own.
 *
 * @param endpoint   the endpoint's public address, for programs
 * @param prefixes   prefix to namespace, sorted by prefix
 * @param config     the editor's settings as JSON, safe inside a script element
 */
public record SparqlEditorPage(PageFrame frame, String endpoint, Map<String, String> prefixes,
                               List<Example> examples, String defaultQuery, String config) {

    /** A saved query offered as an example; {@code href} opens it in the editor. */
    public record Example(int index, String id, String name, String query, String href) {}

    /** The page, with the saved queries as examples (their SPARQL after the BASE they were read with). */
    static SparqlEditorPage of(PageFrame frame, AssembledDataset assembled, Collection<SavedQuery> saved) {
        Map<String, String> prefixes = prefixes(assembled);
        String defaultQuery = prefixBlock(prefixes) + "\n"
                + "# What the graph holds: the classes of the ontology and how many things each has.\n"
                + "SELECT ?class (COUNT(DISTINCT ?thing) AS ?things) WHERE {\n"
                + "  ?thing a ?class .\n"
                + "  FILTER(STRSTARTS(STR(?class), \"" + assembled.iris().ontologyNamespace() + "\"))\n"
                + "}\nGROUP BY ?class\nORDER BY DESC(?things)\n";
        String editorHref = frame.links().to("sparql");
        List<Example> examples = new java.util.ArrayList<>();
        for (SavedQuery q : saved) {
            String query = q.sparqlText();
            examples.add(new Example(examples.size(), q.id(), q.summary(), query,
                    editorHref + "#query=" + hashEncode(query) + "&tabTitle=" + hashEncode(q.summary())));
        }
        ObjectNode config = Json.object();
        config.put("endpoint", editorHref);
        config.put("complete", frame.links().to(CompletionServlet.PATH));
        ObjectNode p = config.putObject("prefixes");
        prefixes.forEach(p::put);
        config.put("defaultQuery", defaultQuery);
        var list = config.putArray("examples");
        examples.forEach(e -> list.addObject().put("name", e.name()).put("query", e.query()));
        String json;
        try {
            json = Representation.JSON.writeValueAsString(config);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always serialises", e);
        }
        return new SparqlEditorPage(frame, frame.links().publicUrl("sparql"), prefixes, List.copyOf(examples),
                defaultQuery, PageFrame.scriptSafe(json));
    }

    /** The graph's prefixes, and those a query of it needs that the files may not declare. */
    static Map<String, String> prefixes(AssembledDataset assembled) {
        Map<String, String> out = new TreeMap<>();
        out.put("rdf", Vocab.RDF);
        out.put("rdfs", Vocab.RDFS);
        out.put("xsd", Vocab.XSD);
        out.put("owl", Vocab.OWL);
        out.put("oa", Vocab.OA);
        out.put("text", TextIndexing.TEXT_NS);
        out.putAll(assembled.prefixes().getMapping());
        out.put("mig", assembled.iris().ontologyNamespace());
        return out;
    }

    public String prefixBlock() {
        return prefixBlock(prefixes);
    }

    static String prefixBlock(Map<String, String> prefixes) {
        StringBuilder sb = new StringBuilder();
        prefixes.forEach((p, ns) -> sb.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
        return sb.toString();
    }

    /** A value for YASGUI's share links ({@code #query=...}), which are read as a query string. */
    static String hashEncode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
