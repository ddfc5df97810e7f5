package eu.migrationkg.serve.visual;

import eu.migrationkg.serve.ld.Ref;
import eu.migrationkg.serve.web.PageFrame;
import java.util.List;

/**
 * The strategy map page ({@code /explore}): an overview (or the neighbourhood of a focus) for the
 * script, its text summary, and beneath it the complete list of the map's resources, a page at a time.
 *
 * @param problem    why the request could not be answered as asked, or null
 * @param groups     the classes on the map, with how many resources each has in the whole graph
 * @param focus      the resource the map is centred on, or null for the overview
 * @param find       the words searched for, or ""
 * @param summary    what the picture shows, in words
 * @param drawn      the resources the picture draws at first
 * @param aggregated how many classes the picture draws as one counting node
 * @param around     the focus's neighbourhood with its links (empty for the overview)
 * @param list       this page of the complete list, by class, with each resource's links
 * @param pager      where this page of the list is, and the others
 * @param json       the picture for the script, safe inside {@code <script>}
 * @param wholeMap   the map without focus or filter
 */
public record StrategyMap(
        PageFrame frame,
        String problem,
        List<Group> groups,
        Ref focus,
        String find,
        int depth,
        List<Integer> depths,
        String summary,
        int drawn,
        int aggregated,
        List<Section> around,
        List<Section> list,
        Pager pager,
        String json,
        String wholeMap) {

    /** The most resources the first picture draws; more of a class around a node are drawn as one node. */
    public static final int DRAWN_LIMIT = StrategyMapBuilder.DRAWN_LIMIT;
    /** The most nodes the overview draws, so that every name stays readable at 1280 px wide. */
    public static final int OVERVIEW_LIMIT = StrategyMapBuilder.OVERVIEW_LIMIT;
    /** Above this many resources of one class around a node, the map draws one node that counts them. */
    public static final int GROUP_LIMIT = StrategyMapBuilder.GROUP_LIMIT;
    /** Resources per page of the list. */
    public static final int PAGE_SIZE = StrategyMapBuilder.PAGE_SIZE;
    /** Targets of one property shown per resource of the list. */
    public static final int TARGETS_SHOWN = StrategyMapBuilder.TARGETS_SHOWN;

    /** A class on the map: its key (the {@code show} parameter's value), label, colour, shape and count. */
    public record Group(String key, String label, String colour, String shape, int count, boolean shown) {}

    /** The resources of one class. */
    public record Section(Group group, List<Entry> entries) {}

    /** A resource with its links to others, by property. */
    public record Entry(Ref node, boolean isFocus, List<Links> links) {}

    /** The targets of one property of a resource, the first {@link #TARGETS_SHOWN}, and how many more. */
    public record Links(String property, List<Ref> targets, int more) {}
}
