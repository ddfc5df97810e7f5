package eu.migrationkg.serve.ld;

import eu.migrationkg.serve.web.Links;
import eu.migrationkg.serve.web.PageFrame;
import eu.migrationkg.vocab.Vocab;
import java.util.List;

/**
 * The SPARQL a resource page offers to open in the editor: the resource's statements with the passages
 * that state them (a SELECT a reader can change), and its DESCRIBE (what the page itself shows).
 */
public final class ResourceQueries {
    private ResourceQueries() {}

    /**
     * Every statement about {@code iri}, each with the passage whose graph states it and the passage's
     * words where there is one (a fact stated by two passages is two rows).
     */
    public static String statements(String iri) {
        return "PREFIX oa: <" + Vocab.OA + ">\n"
                + "# What the graph states about <" + iri + ">, with the passages that state it.\n"
                + "SELECT ?property ?value ?passage ?quote WHERE {\n"
                + "  <" + iri + "> ?property ?value .\n"
                + "  OPTIONAL {\n"
                + "    GRAPH ?passage { <" + iri + "> ?property ?value }\n"
                + "    ?passage oa:hasSelector/oa:exact ?quote .\n"
                + "  }\n"
                + "}\nORDER BY ?property ?value ?passage\n";
    }

    public static String describe(String iri) {
        return "DESCRIBE <" + iri + ">\n";
    }

    static List<PageFrame.Link> editorLinks(Links links, String iri, String label) {
        return List.of(
                new PageFrame.Link(links.editor(statements(iri), label), "Open in SPARQL"),
                new PageFrame.Link(links.editor(describe(iri), "DESCRIBE " + label), "DESCRIBE it"));
    }
}
