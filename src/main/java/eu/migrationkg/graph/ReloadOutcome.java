package eu.migrationkg.graph;

import java.util.List;

/**
 * What a reload did: whether the new graph replaced the old one, the graph now served (triples,
 * sources) and, when it was refused, the problems that kept the old graph serving.
 */
public record ReloadOutcome(boolean swapped, long triples, int sources, long millis, List<BuildProblem> problems) {

    static ReloadOutcome swapped(KnowledgeStore now, long startNanos) {
        return new ReloadOutcome(true, now.tripleCount(), now.documentCount(), since(startNanos), List.of());
    }

    static ReloadOutcome kept(List<BuildProblem> problems, KnowledgeStore still, long startNanos) {
        return new ReloadOutcome(false, still.tripleCount(), still.documentCount(), since(startNanos),
                List.copyOf(problems));
    }

    private static long since(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
