package eu.migrationkg.serve.web;

import java.util.ArrayList;
import java.util.List;

/**
 * What the site layout ({@code layout.jte}) needs from a page besides its content: the title, which
 * navigation entry is current, the links it offers in other formats, machine-readable data to embed,
 * and the scripts or stylesheets it adds. Built by {@link Site#frame}; each {@code with...} returns a copy.
 *
 * @param links       hrefs relative to this page
 * @param title       the page title, without the site name
 * @param section     the navigation entry this page belongs to ({@link #HOME}, {@link #SPARQL}...), or null
 * @param description one sentence for the head's description, or null
 * @param canonical   the absolute public address of this page, or null
 * @param alternates  the same content in other formats
 * @param jsonLd      JSON-LD to embed, already safe inside a script element ({@link #scriptSafe}), or null
 * @param query       what the search box shows
 * @param stylesheets extra stylesheet hrefs
 * @param scripts     extra script hrefs, loaded deferred
 * @param licence     the licence of the data, for the footer, or null
 * @param onMap       where this page's resource is on the strategy map, or null
 */
public record PageFrame(
        Links links,
        String title,
        String section,
        String description,
        String canonical,
        List<Alternate> alternates,
        String jsonLd,
        String query,
        List<String> stylesheets,
        List<String> scripts,
        Link licence,
        Link onMap) {

    public static final String HOME = "home";
    public static final String SPARQL = "sparql";
    public static final String QUERIES = "queries";
    public static final String EXPLORE = "explore";
    public static final String TIMELINE = "timeline";
    public static final String FIGURES = "figures";
    public static final String ONTOLOGY = "ontology";
    public static final String DUMPS = "dumps";
    public static final String SEARCH = "search";

    /** A link with its text. */
    public record Link(String href, String text) {}

    /** The same content in another format: {@code <link rel="alternate">} and a visible link. */
    public record Alternate(String href, String mediaType, String label) {}

    /** One entry of the site navigation. */
    public record NavItem(String section, String path, String label) {}

    /** The site navigation, in order; the paths are relative to the root. */
    public static final List<NavItem> NAVIGATION = List.of(
            new NavItem(HOME, "", "Home"),
            new NavItem(SPARQL, "sparql", "SPARQL"),
            new NavItem(QUERIES, "queries", "Queries"),
            new NavItem(EXPLORE, "explore", "Explore"),
            new NavItem(TIMELINE, "timeline", "Timeline"),
            new NavItem(FIGURES, "figures", "Figures"),
            new NavItem(ONTOLOGY, "ontology", "Ontology"),
            new NavItem(DUMPS, "dumps/", "Dumps"));

    public PageFrame {
        alternates = List.copyOf(alternates);
        stylesheets = List.copyOf(stylesheets);
        scripts = List.copyOf(scripts);
        query = query == null ? "" : query;
    }

    static PageFrame of(Links links, String title, Link licence) {
        return new PageFrame(links, title, null, null, null, List.of(), null, "", List.of(), List.of(), licence, null);
    }

    public List<NavItem> navigation() { return NAVIGATION; }

    public boolean isCurrent(NavItem item) { return item.section().equals(section); }

    public PageFrame withSection(String s) {
        return new PageFrame(links, title, s, description, canonical, alternates, jsonLd, query, stylesheets, scripts, licence, onMap);
    }

    public PageFrame withDescription(String d) {
        return new PageFrame(links, title, section, d, canonical, alternates, jsonLd, query, stylesheets, scripts, licence, onMap);
    }

    public PageFrame withCanonical(String c) {
        return new PageFrame(links, title, section, description, c, alternates, jsonLd, query, stylesheets, scripts, licence, onMap);
    }

    public PageFrame withAlternates(List<Alternate> a) {
        return new PageFrame(links, title, section, description, canonical, a, jsonLd, query, stylesheets, scripts, licence, onMap);
    }

    /** Embeds this JSON-LD in the page's head. */
    public PageFrame withJsonLd(String json) {
        return new PageFrame(links, title, section, description, canonical, alternates, scriptSafe(json), query,
                stylesheets, scripts, licence, onMap);
    }

    /** Links the page to the strategy map, centred on the resource it describes. */
    public PageFrame withOnMap(Link link) {
        return new PageFrame(links, title, section, description, canonical, alternates, jsonLd, query, stylesheets, scripts,
                licence, link);
    }

    public PageFrame withQuery(String q) {
        return new PageFrame(links, title, section, description, canonical, alternates, jsonLd, q, stylesheets, scripts, licence, onMap);
    }

    public PageFrame withStylesheet(String href) {
        List<String> s = new ArrayList<>(stylesheets);
        s.add(href);
        return new PageFrame(links, title, section, description, canonical, alternates, jsonLd, query, s, scripts, licence, onMap);
    }

    public PageFrame withScript(String href) {
        List<String> s = new ArrayList<>(scripts);
        s.add(href);
        return new PageFrame(links, title, section, description, canonical, alternates, jsonLd, query, stylesheets, s, licence, onMap);
    }

    /**
     * JSON made safe inside {@code <script>}: '<', '>' and '&' only occur inside JSON strings, where
     * their \\u escapes mean the same, so nothing in the data can close the element.
     */
    public static String scriptSafe(String json) {
        if (json == null) return null;
        StringBuilder sb = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> sb.append("\\u003c");
                case '>' -> sb.append("\\u003e");
                case '&' -> sb.append("\\u0026");
                case '\u2028' -> sb.append("\\u2028");
                case '\u2029' -> sb.append("\\u2029");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
