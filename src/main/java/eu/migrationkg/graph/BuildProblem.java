package eu.migrationkg.graph;

/** Something in the repository's files that kept part of it out of the graph, located for a person. */
public record BuildProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
