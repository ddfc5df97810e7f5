package eu.migrationkg.cli;

import eu.migrationkg.graph.AssembledDataset;
import eu.migrationkg.queries.BoundQuery;
import eu.migrationkg.queries.Page;
import eu.migrationkg.queries.ParameterException;
import eu.migrationkg.queries.QueryParameter;
import eu.migrationkg.queries.QueryRegistry;
import eu.migrationkg.queries.QueryResult;
import eu.migrationkg.queries.QueryRunner;
import eu.migrationkg.queries.ResultFormat;
import eu.migrationkg.queries.SavedQuery;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a saved query of queries/ on the local data (no server needed), or on a SPARQL "
                + "endpoint with --endpoint. Without an ID, list the saved queries.",
                "Exits 2 when the query or a parameter value is refused (the reason is printed)."})
final class QueryCommand implements Callable<Integer> {

    @Mixin ProjectOptions project;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ID", description = "The query to run (see 'kg query').")
    String id;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "A parameter value; repeat for several. IRIs may be prefixed names the query declares.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "table, csv, tsv, json, xml or md for tables; ttl, nt, jsonld or rdfxml for graphs "
                    + "(default: table, or ttl for a graph).")
    String format;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Run on this SPARQL endpoint (e.g. http://localhost:3030/sparql) instead of the local data.")
    URI endpoint;

    @Mixin NamespaceOption namespace;

    @Option(names = "--limit", paramLabel = "N", description = "At most N rows.")
    Long limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Skip the first N rows.")
    long offset;

    @Option(names = "--sparql", description = "Print the query with its values bound instead of running it.")
    boolean showSparql;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = project.out();
        PrintWriter err = project.err();
        String graphBase = namespace.base();
        QueryRegistry registry = project.queries(graphBase, err);
        if (id == null) {
            list(registry, out);
            return registry.problems().isEmpty() ? 0 : 1;
        }
        SavedQuery query = registry.get(id).orElse(null);
        if (query == null) {
            err.println("kg query: there is no saved query '" + id + "'; 'kg query' lists them");
            return 2;
        }
        ResultFormat chosen = chooseFormat(query, err);
        if (chosen == null) return 2;
        BoundQuery bound;
        try {
            bound = query.bind(params);
        } catch (ParameterException e) {
            err.println("kg query: " + e.getMessage());
            return 2;
        }
        if (showSparql) {
            out.print(bound.sparql());
            out.flush();
            return 0;
        }
        QueryRunner runner;
        if (endpoint != null) {
            runner = QueryRunner.remote(endpoint.toString());
        } else {
            AssembledDataset assembled = project.assemble(graphBase, err);
            runner = QueryRunner.local(assembled.dataset());
        }
        QueryResult result = runner.run(bound, new Page(offset, limit == null ? Page.NO_LIMIT : limit));
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        chosen.write(result, query.prefixes(), buffer);
        out.print(buffer.toString(StandardCharsets.UTF_8));
        if (result instanceof QueryResult.Rows rows && rows.more()) {
            err.println("kg query: more rows follow; use --offset " + (offset + limit));
        }
        out.flush();
        return 0;
    }

    private ResultFormat chooseFormat(SavedQuery query, PrintWriter err) {
        List<ResultFormat> offered = ResultFormat.offeredFor(query);
        if (format == null) return offered.get(0) == ResultFormat.JSON ? ResultFormat.TABLE : offered.get(0);
        ResultFormat f = ResultFormat.named(format).orElse(null);
        if (f == null || !offered.contains(f)) {
            err.println("kg query: format '" + format + "' does not fit " + query.id() + ", a " + query.form()
                    + " query (formats: " + offered.stream().map(ResultFormat::formatName).collect(Collectors.joining(", "))
                    + ")");
            return null;
        }
        return f;
    }

    private static void list(QueryRegistry registry, PrintWriter out) {
        int width = registry.all().stream().mapToInt(q -> q.id().length()).max().orElse(10);
        for (SavedQuery q : registry.all()) {
            out.printf("%-" + width + "s  %-9s  %s%n", q.id(), q.form(), q.summary());
            for (QueryParameter p : q.parameters()) {
                String extra = p.defaultValue().map(d -> ", default " + d.text()).orElse(p.mandatory() ? ", required" : "");
                if (!p.allowedValues().isEmpty()) {
                    extra += ", one of " + p.allowedValues().stream().map(QueryParameter.Allowed::text)
                            .collect(Collectors.joining(" "));
                }
                out.printf("%-" + width + "s  %-9s    --param %s=...  (%s%s)%n", "", "", p.name(), p.type().label(), extra);
            }
        }
        out.flush();
    }
}
