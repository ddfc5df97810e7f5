package eu.migrationkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import eu.migrationkg.graph.AssembledDataset;
import eu.migrationkg.graph.DatasetAssembler;
import eu.migrationkg.graph.KnowledgeStore;
import eu.migrationkg.graph.Publication;
import eu.migrationkg.sources.SourceReader;
import eu.migrationkg.support.TestProject;
import eu.migrationkg.vocab.Iris;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;

/** What is derived from the served assembly follows the store when it starts serving another one. */
class PerAssemblyTest {

    /** A store whose assembly can be swapped, as a reload does. */
    private static final class SwappableStore implements KnowledgeStore {
        volatile AssembledDataset current;

        @Override public DatasetGraph dataset() { return current.dataset(); }
        @Override public AssembledDataset assembled() { return current; }
        @Override public void close() { }
    }

    private static AssembledDataset assemble(String base) {
        return new DatasetAssembler(TestProject.layout(), new Iris(base),
                new SourceReader(SourceReader.DEFAULT_MAX_BYTES)).assemble();
    }

    @Test
    void derivedOncePerAssemblyAndAgainAfterASwap() {
        SwappableStore store = new SwappableStore();
        store.current = assemble("http://localhost:3030/");
        AtomicInteger derivations = new AtomicInteger();
        PerAssembly<Publication> publication = new PerAssembly<>(store, a -> {
            derivations.incrementAndGet();
            return Publication.of(a);
        });
        Publication first = publication.get();
        assertSame(first, publication.get());
        assertEquals(1, derivations.get());

        store.current = assemble("https://kg.example.org/");
        Publication second = publication.get();
        assertEquals(2, derivations.get());
        assertNotEquals(first.dumps().getFirst().sha256(), second.dumps().getFirst().sha256(),
                "the dumps of the new assembly, whose IRIs differ");
    }
}
