package eu.migrationkg.graph;

import eu.migrationkg.ProjectLayout;
import eu.migrationkg.vocab.Iris;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Which version of the data an assembly is: what {@code owl:versionIRI} and the register of published
 * IRIs name. Until the project cuts releases, a version is a digest of every file the graph is built
 * from (the same inputs are the same version on every machine); this is the one place to switch to a
 * release's id.
 */
public final class DatasetVersion {
    private DatasetVersion() {}

    /** Files that are not inputs of the graph: the register is written from the graph, never read into it. */
    private static final String REGISTER = "register.tsv";

    /** Twelve hex digits of the SHA-256 of the inputs' paths and bytes, in the order of their paths. */
    public static String of(ProjectLayout layout) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<Path> inputs = new ArrayList<>();
            for (Path dir : List.of(layout.ontologyDir(), layout.root().resolve("data"))) {
                if (!Files.isDirectory(dir)) continue;
                try (Stream<Path> files = Files.walk(dir)) {
                    files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals(REGISTER))
                            .forEach(inputs::add);
                }
            }
            inputs.sort(null);
            for (Path f : inputs) {
                digest.update(layout.root().relativize(f).toString().replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(f));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The IRI of this version of the ontology: {@code {ns}ontology/{version}}. */
    public static String ontologyVersionIri(Iris iris, String version) {
        return iris.ontologyIri() + "/" + version;
    }
}
