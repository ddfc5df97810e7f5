package eu.migrationkg.extract.emit;

import eu.migrationkg.extract.Passage;
import eu.migrationkg.vocab.Iris;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;

/**
 * The IRIs of the passages of one extraction, made from what they say: the document's key and a hash of
 * the passage's normalised text ({@link Iris#passage}). A text that a document holds more than once is
 * numbered by occurrence, counted in the order of the text, so an edit elsewhere in the document, or in
 * another document, renames no passage whose words did not change.
 */
final class PassageNames {

    private final Map<Passage, Node> names = new HashMap<>();
    private Passage last;
    private Node lastName;

    PassageNames(Iris iris, Collection<Passage> passages) {
        Map<Object, List<Passage>> byDocument = new LinkedHashMap<>();
        Object lastDocument = null;
        List<Passage> ofLast = null;
        for (Passage p : passages) {
            // a document (a record over its whole source) is costly to hash, and passages come document by document
            if (p.document() != lastDocument) {
                lastDocument = p.document();
                ofLast = byDocument.computeIfAbsent(lastDocument, d -> new ArrayList<>());
            }
            ofLast.add(p);
        }
        for (List<Passage> inDocument : byDocument.values()) {
            inDocument.sort(Comparator.comparingInt(Passage::start).thenComparingInt(Passage::end));
            Map<String, Integer> seen = new HashMap<>();
            for (Passage p : inDocument) {
                if (names.containsKey(p)) continue;
                String text = Iris.normalise(p.text());
                int occurrence = seen.merge(text, 1, Integer::sum);
                names.put(p, iris.passage(p.sourceName(), text, occurrence));
            }
        }
    }

    Node of(Passage p) {
        // Facts and mentions come in passage order, several from one passage: skip the look-up then.
        if (p == last) return lastName;
        Node n = names.get(p);
        if (n == null) throw new IllegalArgumentException("passage not named: " + p.sourceName() + " " + p.start() + "-" + p.end());
        last = p;
        lastName = n;
        return n;
    }
}
