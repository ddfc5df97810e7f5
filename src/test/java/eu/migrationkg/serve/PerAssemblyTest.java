package eu.migrationkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import eu.migrationkg.graph.AssembledDataset;
import eu.migrationkg.graph.DatasetAssembler;
import eu.migrationkg.graph.InMemoryStore;
import eu.migrationkg.graph.Publication;
import eu.migrationkg.graph.ReloadableStore;
import eu.migrationkg.sources.SourceReader;
import eu.migrationkg.support.TestProject;
import eu.migrationkg.vocab.Iris;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What is derived from the served assembly follows the store when it starts serving another one. */
class PerAssemblyTest {

    private static AssembledDataset assemble(String base) {
        return new DatasetAssembler(TestProject.layout(), new Iris(base),
                new SourceReader(SourceReader.DEFAULT_MAX_BYTES)).assemble();
    }

    @Test
    void derivedOncePerAssemblyAndAgainAfterASwap() {
        ReloadableStore store = new ReloadableStore(() -> new InMemoryStore(assemble("https://kg.example.org/")),
                new InMemoryStore(assemble("http://localhost:3030/")));
        AtomicInteger derivations = new AtomicInteger();
        PerAssembly<Publication> publication = new PerAssembly<>(store, a -> {
            derivations.incrementAndGet();
            return Publication.of(a);
        });
        Publication first = publication.get();
        assertSame(first, publication.get());
        assertEquals(1, derivations.get());

        store.reload();
        Publication second = publication.get();
        assertEquals(2, derivations.get());
        assertNotEquals(first.dumps().getFirst().sha256(), second.dumps().getFirst().sha256(),
                "the dumps of the new assembly, whose IRIs differ");
    }
}
