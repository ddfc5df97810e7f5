package eu.migrationkg.serve.queries;

import eu.migrationkg.serve.web.PageFrame;
import java.util.List;

/** {@code /queries}: every saved query, grouped by tag ({@code queries.jte}). */
public record QueryListPage(PageFrame frame, List<Group> groups, String apiPageHref, String openApiHref) {

    public record Group(String tag, String anchor, List<Entry> queries) {}

    public record Entry(String href, String summary, Prose description, String form, String view,
                        List<String> parameters) {}
}
