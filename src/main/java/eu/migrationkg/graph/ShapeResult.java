package eu.migrationkg.graph;

/**
 * One result of checking the graph against the shapes, located for a person: the file(s) the
 * offending triples come from, the focus node, the path, the message and the shape.
 *
 * @param violation true for sh:Violation (refuses the data), false for a warning
 * @param files     the repository files describing the focus node, comma-separated
 * @param focus     the node that does not conform, as the files write it
 * @param path      the property concerned, empty for a constraint on the node itself
 * @param message   what is wrong, with the offending value if there is one
 * @param shape     the node shape, as the shapes file writes it
 */
public record ShapeResult(boolean violation, String files, String focus, String path, String message, String shape) {

    /** One line: {@code file: focus path: message [shape]}. */
    public String describe() {
        String where = path.isEmpty() ? focus : focus + " " + path;
        return (violation ? "" : "warning: ") + files + ": " + where + ": " + message + " [" + shape + "]";
    }
}
