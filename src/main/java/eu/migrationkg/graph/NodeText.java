package eu.migrationkg.graph;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;

/**
 * Nodes written as the repository's files write them: a prefixed name where a prefix fits, an IRI
 * under the base relative to it ({@code <id/kind/slug>}), anything else in N-Triples.
 */
public final class NodeText {

    private final PrefixMap prefixes;
    private final String base;

    public NodeText(PrefixMap prefixes, String base) {
        this.prefixes = prefixes;
        this.base = base;
    }

    public String of(Node n) {
        if (n == null) return "";
        if (n.isURI()) {
            String iri = n.getURI();
            String prefixed = prefixes.abbreviate(iri);
            if (prefixed != null && !prefixed.endsWith(":")) return prefixed;
            if (iri.startsWith(base)) return "<" + iri.substring(base.length()) + ">";
            return "<" + iri + ">";
        }
        return NodeFmtLib.str(n, prefixes);
    }
}
