package eu.migrationkg.cli;

import eu.migrationkg.ProjectLayout;
import eu.migrationkg.ingest.DocumentFetcher;
import eu.migrationkg.ingest.IngestException;
import eu.migrationkg.ingest.IngestRules;
import eu.migrationkg.ingest.Ingestion;
import eu.migrationkg.sources.SourceException;
import eu.migrationkg.sources.SourceReader;
import eu.migrationkg.vocab.Iris;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Add a document: a web page (HTML), a PDF (a COM communication, a staff working document) "
                + "or a text file, from a file or an http(s) URL. Writes data/sources/NAME.md (front matter and "
                + "the text in the Markdown the extraction reads) and keeps the bytes as published in "
                + "data/originals/ with their SHA-256, then prints what it wrote and everything it inferred.",
                "Nothing is written when the document cannot be read (an encrypted or image-only PDF, a binary "
                        + "file, an empty page, a page without main text): the reason and what to do are printed "
                        + "and the command exits 1. An existing source is never overwritten without --replace."})
final class AddCommand implements Callable<Integer> {

    @Mixin ProjectOptions project;

    @Parameters(index = "0", paramLabel = "FILE|URL", description = "The document: a file, or an http(s) address to fetch.")
    String input;

    @Option(names = "--kind", paramLabel = "KIND",
            description = "The kind of document, a skos:notation of ontology/migration.ttl (press-release, web-page, "
                    + "communication, ...); default: read from the page's label or the identifier.")
    String kind;

    @Option(names = "--as", paramLabel = "NAME",
            description = "The source's name: data/sources/NAME.md and the document's IRI; default: from the identifier "
                    + "(IP/27/3310 gives ip-27-3310), else from the title.")
    String name;

    @Option(names = "--replace", description = "Overwrite an existing source of the same name (and its original).")
    boolean replace;

    @Option(names = "--url", paramLabel = "URL", description = "The document's public address (needed for a file that does not name it).")
    String url;

    @Option(names = "--title", paramLabel = "TEXT", description = "The title, instead of the one read from the document.")
    String title;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The publication date, instead of the one read from the document.")
    String date;

    @Option(names = "--identifier", paramLabel = "ID", description = "The publisher's identifier (IP/27/3310, COM(2027) 455 final).")
    String identifier;

    @Option(names = "--language", paramLabel = "TAG", description = "The language (BCP 47, e.g. en), when the document declares none.")
    String language;

    @Option(names = "--publisher", paramLabel = "NAME", description = "The publisher (default: data/ingest/documents.yaml).")
    String publisher;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "For a URL: how long to wait for the server (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "52428800",
            description = "For a URL: the largest download accepted (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Override
    public Integer call() {
        PrintWriter out = project.out();
        PrintWriter err = project.err();
        ProjectLayout layout = project.layout();
        try {
            Ingestion ingestion = new Ingestion(layout.root(), IngestRules.load(layout.root()),
                    new DocumentFetcher(new DocumentFetcher.Limits(Duration.ofSeconds(timeoutSeconds), maxBytes, 5)));
            Ingestion.Prepared p = ingestion.prepare(new Ingestion.Request(input, kind, name, url, title, date,
                    identifier, language, publisher));
            checkKind(layout, p);
            checkReadable(layout, p);
            List<Path> written = ingestion.write(p, replace);
            out.printf("wrote %s (%s, %,d characters)%n", layout.display(written.get(0)),
                    p.format().toUpperCase(java.util.Locale.ROOT) + " converted", p.sourceText().length());
            out.printf("kept  %s (%,d bytes, sha256 %s)%n", layout.display(written.get(1)),
                    p.original().bytes().length, p.sha256());
            out.println("inferred:");
            for (Ingestion.Decision d : p.decisions()) {
                out.printf("  %-11s %s  (%s)%n", d.key(), d.value(), d.from());
            }
            if (!p.notes().isEmpty()) {
                out.println("choices:");
                for (String n : p.notes()) out.println("  - " + n);
            }
            out.println("next: ./kg build (or ./kg serve) reads it; ./kg explain shows what was extracted");
            out.flush();
            return 0;
        } catch (IngestException e) {
            err.println("kg add: " + e.getMessage());
            err.flush();
            return 1;
        }
    }

    /** The kind must be a document class of the ontology, or the build would refuse the source. */
    private static void checkKind(ProjectLayout layout, Ingestion.Prepared p) throws IngestException {
        TreeSet<String> kinds = documentKinds(layout);
        String k = p.frontMatter().get("kind");
        if (!kinds.contains(k)) {
            throw new IngestException(p.original().shown() + ": the kind '" + k + "' is not a document kind of "
                    + "ontology/ (known: " + String.join(", ", kinds) + "); give --kind with one of them");
        }
    }

    private static TreeSet<String> documentKinds(ProjectLayout layout) throws IngestException {
        Model ontology = ModelFactory.createDefaultModel();
        try (Stream<Path> files = Files.list(layout.ontologyDir())) {
            for (Path f : files.filter(f -> f.toString().endsWith(".ttl")).filter(f -> !f.equals(layout.shapesFile())).sorted().toList()) {
                RDFParser.source(f).base(Iris.DEFAULT_BASE).parse(ontology);
            }
        } catch (IOException | RuntimeException e) {
            throw new IngestException("ontology/ cannot be read (" + e.getMessage() + "); run ./kg validate");
        }
        TreeSet<String> kinds = new TreeSet<>();
        String q = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                + "SELECT ?n WHERE { ?c rdfs:subClassOf+ ?doc ; skos:notation ?n . "
                + "FILTER(STRENDS(STR(?doc), \"ontology#Document\")) }";
        try (var exec = QueryExecutionFactory.create(q, ontology)) {
            exec.execSelect().forEachRemaining(s -> kinds.add(s.getLiteral("n").getLexicalForm()));
        }
        return kinds;
    }

    /** The source as written must read back as every other source does; checked before anything is written. */
    private static void checkReadable(ProjectLayout layout, Ingestion.Prepared p) throws IngestException {
        Path tmp = null;
        try {
            tmp = Files.createTempFile("kg-add-", ".md");
            Files.writeString(tmp, p.sourceText());
            new SourceReader(SourceReader.DEFAULT_MAX_BYTES).read(tmp);
        } catch (SourceException e) {
            throw new IngestException(p.original().shown() + ": the converted source would not read back (line "
                    + e.line() + ": " + e.getMessage() + "); please report this with the document");
        } catch (IOException e) {
            throw new IngestException("cannot write a temporary file: " + e.getMessage());
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // A leftover file in the temporary folder harms nothing.
                }
            }
        }
    }
}
