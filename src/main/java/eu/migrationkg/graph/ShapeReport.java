package eu.migrationkg.graph;

import java.util.List;

/** The outcome of checking the graph against {@code ontology/shapes.ttl}. */
public record ShapeReport(int shapeCount, long tripleCount, List<ShapeResult> results) {

    /** True when no result is a violation; warnings do not refuse the data. */
    public boolean conforms() {
        return violations().isEmpty();
    }

    public List<ShapeResult> violations() {
        return results.stream().filter(ShapeResult::violation).toList();
    }

    public List<ShapeResult> warnings() {
        return results.stream().filter(r -> !r.violation()).toList();
    }

    /** The summary line, e.g. "2 violations and 1 warning of the shapes in ontology/shapes.ttl". */
    public String summary(String shapesFile) {
        if (shapeCount == 0) return "no shapes to check (" + shapesFile + " is absent or empty)";
        int v = violations().size();
        int w = warnings().size();
        if (v == 0 && w == 0) {
            return "valid: " + tripleCount + " triples conform to the " + shapeCount + " shapes of " + shapesFile;
        }
        return plural(v, "violation") + " and " + plural(w, "warning") + " of the shapes in " + shapesFile;
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
