package eu.migrationkg.queries;

import eu.migrationkg.ProjectLayout;
import eu.migrationkg.graph.BuildProblem;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The saved queries of {@code queries/*.rq} as read at one moment, checked and immutable. A file that
 * cannot be used is a {@link BuildProblem} naming its line and is left out; the other queries are still
 * served. A running server holds its current registry in {@link SavedQueries}, which reads a new one on
 * reload.
 */
public final class QueryRegistry {

    public static final String EXTENSION = ".rq";

    private final SortedMap<String, SavedQuery> queries;
    private final List<BuildProblem> problems;
    /** The problem of each file that is there but could not be used, by query id. */
    private final Map<String, BuildProblem> broken;
    private final Instant modified;

    private QueryRegistry(SortedMap<String, SavedQuery> queries, List<BuildProblem> problems,
                          Map<String, BuildProblem> broken, Instant modified) {
        this.queries = Collections.unmodifiableSortedMap(queries);
        this.problems = List.copyOf(problems);
        this.broken = Map.copyOf(broken);
        this.modified = modified;
    }

    /** Reads every {@code .rq} file of the project's {@code queries/}, resolving relative IRIs against the base. */
    public static QueryRegistry load(ProjectLayout layout, String base) {
        return load(layout.queriesDir(), base, layout::display);
    }

    public static QueryRegistry load(Path folder, String base, java.util.function.Function<Path, String> display) {
        SortedMap<String, SavedQuery> queries = new TreeMap<>();
        List<BuildProblem> problems = new ArrayList<>();
        Map<String, BuildProblem> broken = new HashMap<>();
        QueryFileParser parser = new QueryFileParser(base);
        // The folder's own time moves when a file is removed, which no remaining file's time shows.
        Instant modified = modifiedTime(folder);
        for (Path file : files(folder, problems, display)) {
            Instant fileTime = modifiedTime(file);
            if (fileTime.isAfter(modified)) modified = fileTime;
            String name = file.getFileName().toString();
            String id = name.substring(0, name.length() - EXTENSION.length());
            BuildProblem problem;
            try {
                queries.put(id, parser.parse(id, file, read(file)));
                continue;
            } catch (QueryFileException e) {
                problem = new BuildProblem(display.apply(file), e.line(), e.getMessage());
            } catch (IOException e) {
                problem = new BuildProblem(display.apply(file), 0, "cannot read the file: " + e.getMessage());
            }
            problems.add(problem);
            broken.put(id, problem);
        }
        return new QueryRegistry(queries, problems, broken, modified);
    }

    private static Instant modifiedTime(Path path) {
        try {
            return Files.getLastModifiedTime(path).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    /**
     * This registry, except that a query whose file is now broken keeps the version {@code before}
     * served, so a typo saved on a running server does not take a working query away. Its problem is
     * still reported, saying so. A query whose file was removed is gone: removing is deliberate.
     */
    public QueryRegistry keepingLastGoodOf(QueryRegistry before) {
        SortedMap<String, SavedQuery> kept = new TreeMap<>(queries);
        List<BuildProblem> reported = new ArrayList<>(problems);
        broken.forEach((id, problem) -> before.get(id).ifPresent(last -> {
            kept.put(id, last);
            BuildProblem said = new BuildProblem(problem.file(), problem.line(),
                    problem.message() + " (the version read before is still served)");
            reported.replaceAll(p -> p == problem ? said : p);
        }));
        return kept.size() == queries.size() ? this : new QueryRegistry(kept, reported, broken, modified);
    }

    private static List<Path> files(Path folder, List<BuildProblem> problems,
                                    java.util.function.Function<Path, String> display) {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(EXTENSION) && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            problems.add(new BuildProblem(display.apply(folder), 0, "cannot list the folder: " + e.getMessage()));
            return List.of();
        }
    }

    private static String read(Path file) throws IOException, QueryFileException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            text = text.startsWith("\uFEFF") ? text.substring(1) : text;
            return text.replace("\r\n", "\n");
        } catch (CharacterCodingException e) {
            throw new QueryFileException(0, "the file is not valid UTF-8; save it as UTF-8");
        }
    }

    /** Every query, ordered by id. */
    public Collection<SavedQuery> all() {
        return queries.values();
    }

    public Optional<SavedQuery> get(String id) {
        return Optional.ofNullable(queries.get(id));
    }

    /** When {@code queries/} last changed as this read saw it: the newest of the folder and its files. */
    public Instant modified() {
        return modified;
    }

    public List<BuildProblem> problems() {
        return problems;
    }

    /** The queries under each tag, tags in alphabetical order; untagged queries under "other". */
    public SortedMap<String, List<SavedQuery>> byTag() {
        SortedMap<String, List<SavedQuery>> out = new TreeMap<>();
        for (SavedQuery q : queries.values()) {
            List<String> tags = q.tags().isEmpty() ? List.of("other") : q.tags();
            for (String t : tags) out.computeIfAbsent(t, k -> new ArrayList<>()).add(q);
        }
        return out;
    }
}
