package eu.migrationkg.serve.visual;

import eu.migrationkg.serve.ld.Ref;
import eu.migrationkg.serve.web.PageFrame;
import java.util.List;

/**
 * The strategy map page ({@code /explore}): the graph of the strategy's structure for the script, and
 * the same graph as lists for readers without it.
 *
 * @param problem    why the request could not be answered as asked, or null
 * @param groups     the classes on the map, with how many nodes each has
 * @param sections   the nodes shown (all, or the focus's neighbourhood), by class, with their links
 * @param everything every node by class, for the focus chooser
 * @param focus      the resource the map is centred on, or null
 * @param depth      how many links from the focus the neighbourhood reaches
 * @param depths     the depths one may choose
 * @param nodeCount  nodes on the whole map
 * @param edgeCount  links on the whole map
 * @param json       the map for the script, safe inside {@code <script>}
 * @param wholeMap   the map without focus or filter
 */
public record StrategyMap(
        PageFrame frame,
        String problem,
        List<Group> groups,
        List<Section> sections,
        List<Section> everything,
        Ref focus,
        int depth,
        List<Integer> depths,
        int nodeCount,
        int edgeCount,
        String json,
        String wholeMap) {

    /** A class on the map: its key (the {@code show} parameter's value), label, colour, shape and count. */
    public record Group(String key, String label, String colour, String shape, int count, boolean shown) {}

    /** The nodes of one class. */
    public record Section(Group group, List<Entry> entries) {}

    /** A node with its links to other nodes shown, by property. */
    public record Entry(Ref node, boolean isFocus, List<Links> links) {}

    /** The targets of one property of a node. */
    public record Links(String property, List<Ref> targets) {}
}
