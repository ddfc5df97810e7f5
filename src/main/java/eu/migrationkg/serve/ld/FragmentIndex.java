package eu.migrationkg.serve.ld;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.WeakHashMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The hash IRIs of the graph by the document they belong to: {@code {base}ontology/shapes#Sourced}
 * belongs to {@code {base}ontology/shapes}, which is dereferenced to describe them. Built once per
 * dataset (the served dataset changes only by being replaced) and kept while that dataset lives.
 */
final class FragmentIndex {
    private FragmentIndex() {}

    private static final Map<DatasetGraph, Map<String, List<Node>>> INDEXES = Collections.synchronizedMap(new WeakHashMap<>());

    /** The subjects {@code iri#...} of the union graph; the caller holds a read transaction. */
    static List<Node> fragmentsOf(DatasetGraph ds, String base, Node iri) {
        if (!iri.isURI()) return List.of();
        Map<String, List<Node>> index = INDEXES.computeIfAbsent(ds, d -> build(d.getDefaultGraph(), base));
        return index.getOrDefault(iri.getURI(), List.of());
    }

    private static Map<String, List<Node>> build(Graph union, String base) {
        Map<String, Set<String>> byDocument = new TreeMap<>();
        union.find().forEachRemaining(t -> {
            Node s = t.getSubject();
            if (!s.isURI() || !s.getURI().startsWith(base)) return;
            int hash = s.getURI().indexOf('#');
            if (hash > 0) byDocument.computeIfAbsent(s.getURI().substring(0, hash), k -> new TreeSet<>()).add(s.getURI());
        });
        Map<String, List<Node>> out = new TreeMap<>();
        byDocument.forEach((doc, iris) -> out.put(doc, iris.stream().map(NodeFactory::createURI).toList()));
        return out;
    }
}
