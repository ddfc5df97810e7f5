package eu.migrationkg.serve.visual;

import java.util.List;

/**
 * The classes the strategy map colours its nodes by, from the top of the strategy down, each with a
 * colour and a shape (so the map also reads without colour). A node belongs to the first class it is
 * an instance of (inference types an agency as an instrument and an actor: it shows as an instrument);
 * nodes of none of them are {@link #OTHER}.
 *
 * @param key    the class's local name in the ontology, also the value of the page's {@code show} parameter
 * @param colour a fill that keeps a dark outline and dark text legible
 * @param shape  a Cytoscape.js node shape
 */
record MapGroup(String key, String colour, String shape) {

    static final MapGroup OTHER = new MapGroup("Other", "#777777", "ellipse");

    static final List<MapGroup> ALL = List.of(
            new MapGroup("Strategy", "#332288", "star"),
            new MapGroup("Objective", "#AA4499", "diamond"),
            new MapGroup("Priority", "#CC6677", "hexagon"),
            new MapGroup("Action", "#117733", "round-rectangle"),
            new MapGroup("Instrument", "#44AA99", "ellipse"),
            new MapGroup("LegalAct", "#DDCC77", "rectangle"),
            new MapGroup("Funding", "#999933", "triangle"),
            new MapGroup("Milestone", "#882255", "vee"),
            new MapGroup("Actor", "#88CCEE", "octagon"),
            new MapGroup("PolicyArea", "#DDDDDD", "pentagon"),
            OTHER);

    static java.util.Optional<MapGroup> byKey(String key) {
        return ALL.stream().filter(g -> g.key().equals(key)).findFirst();
    }
}
