package eu.migrationkg.serve.queries;

import eu.migrationkg.queries.SavedQuery;
import eu.migrationkg.serve.answers.ResultCitation;
import eu.migrationkg.serve.visual.Chart;
import eu.migrationkg.serve.web.PageFrame;
import java.util.List;

/**
 * The page of one saved query ({@code query.jte}): what it answers, its parameters as a form, the
 * result (table, boolean or graph as a table), a chart when the query asks for one, the downloads and
 * the SPARQL.
 *
 * @param error     why the values were refused (the page is then answered with 400), or null
 * @param table     the rows, or the triples of a graph; null for an ASK or a refused request
 * @param answer    the answer of an ASK, or null
 * @param chart     the chart the query's view asks for (drawn by the site's chart component), or null
 * @param citation  how to cite the result shown, or null when none was computed
 * @param shareHref this result's own address, relative to the page
 * @param editorHref the bound query in the SPARQL editor
 */
public record QueryPage(
        PageFrame frame,
        SavedQuery query,
        Prose description,
        String formAction,
        List<Field> fields,
        String error,
        ResultTable table,
        Boolean answer,
        Paging paging,
        Chart chart,
        ResultCitation citation,
        List<Download> downloads,
        String shareHref,
        String sparql,
        String editorHref,
        String apiHref) {

    /** A form control for one parameter. */
    public record Field(String name, String id, String inputType, String step, String value, String placeholder,
                        String help, boolean required, boolean invalid, List<Option> options) {
        public boolean isSelect() { return !options.isEmpty(); }

        public String helpId() { return id + "-help"; }
    }

    public record Option(String value, String label, boolean selected) {}

    /** Which rows the table shows, and links to the neighbouring pages (null where there is none). */
    public record Paging(long first, long last, String previousHref, String nextHref) {
        public boolean isPaged() { return previousHref != null || nextHref != null; }
    }

    /** The result in another format. */
    public record Download(String label, String href, String mediaType) {}

    public boolean hasRows() {
        return table != null && !table.rows().isEmpty();
    }
}
