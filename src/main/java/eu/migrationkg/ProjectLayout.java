package eu.migrationkg;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the repository keeps its content. Every command and the server read the same folders, so a
 * document dropped into {@code data/sources/} is seen by all of them without configuration.
 */
public record ProjectLayout(Path root) {

    public ProjectLayout {
        root = root.toAbsolutePath().normalize();
    }

    /** The project found from a start folder: the first ancestor holding {@code ontology/} and {@code data/}. */
    public static ProjectLayout discover(Path start) {
        for (Path p = start.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("ontology")) && Files.isDirectory(p.resolve("data"))) {
                return new ProjectLayout(p);
            }
        }
        throw new IllegalArgumentException("no project found at or above " + start.toAbsolutePath()
                + " (a project has the folders ontology/ and data/); use --project-dir");
    }

    public Path ontologyDir()  { return root.resolve("ontology"); }
    /** The SHACL shapes the graph must conform to; served, but not part of the vocabulary or of inference. */
    public Path shapesFile()   { return ontologyDir().resolve("shapes.ttl"); }
    public Path curatedDir()   { return root.resolve("data").resolve("curated"); }
    public Path sourcesDir()   { return root.resolve("data").resolve("sources"); }
    public Path extractionDir() { return root.resolve("data").resolve("extraction"); }
    public Path queriesDir()   { return root.resolve("queries"); }
    public Path buildDir()     { return root.resolve("target").resolve("kg"); }
    /** Where {@code kg build} writes releases, one folder each. */
    public Path releasesDir()  { return root.resolve("target").resolve("releases"); }
    /** What the repository says about the dataset as a whole (title, licence, publisher); not part of the graph. */
    /** The register of published IRIs ({@code graph.IriRegister}), written by {@code kg build}. */
    public Path registerFile() { return root.resolve("data").resolve("register.tsv"); }

    public Path datasetDescriptionFile() { return root.resolve("data").resolve("dataset.ttl"); }

    /** A path shown to people: relative to the project root when inside it. */
    public String display(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(root) ? root.relativize(abs).toString() : abs.toString();
    }
}
