package eu.migrationkg.serve.visual;

import eu.migrationkg.serve.ServeContext;
import eu.migrationkg.serve.web.PageFrame;
import eu.migrationkg.serve.web.Site;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

/**
 * The pictures of the graph: the strategy map ({@code /explore}), the timeline ({@code /timeline}) and
 * the figures ({@code /figures}). Each is drawn from the graph by the queries beside this class, with
 * a table or list that reads without JavaScript.
 */
public final class PicturesModule implements FusekiModule {

    public static final String EXPLORE = "/explore";
    /** The strategy map's JSON routes: a node's neighbours (or the next resources of a counting node), and a search by name. */
    public static final String EXPAND = "/explore/expand";
    public static final String FIND = "/explore/find";
    public static final String TIMELINE = "/timeline";
    public static final String FIGURES = "/figures";

    private final Site site;
    private PicturesWarmUp warmUp;

    public PicturesModule(ServeContext ctx) {
        this.site = Site.of(ctx);
    }

    @Override
    public String name() { return "pictures"; }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        String base = site.base();
        StrategyMapBuilder map = new StrategyMapBuilder(ViewQuery.load("map-links", base), ViewQuery.load("map-find", base));
        TimelineBuilder timeline = new TimelineBuilder(ViewQuery.load("timeline", base), ViewQuery.load("priorities-of", base));
        FiguresBuilder figures = new FiguresBuilder(ViewQuery.load("funding", base), ViewQuery.load("statistics", base),
                ViewQuery.load("priorities-of", base));
        warmUp = new PicturesWarmUp(site.store(), base, map, timeline, figures);

        builder.addServlet(EXPLORE, new PictureServlet(site, "Strategy map", PageFrame.EXPLORE,
                "The EU migration strategy as a map: objectives, priorities, actions, instruments, legal acts, money and dates, as the graph links them.",
                "explore.jte",
                links -> List.of(links.webjar("cytoscape", "dist/cytoscape.min.js"), links.asset("explore.js")),
                (req, view, frame) -> map.build(view, frame, new StrategyMapBuilder.Request(req.getParameter("focus"),
                        req.getParameter("depth"), values(req.getParameterValues("show")), req.getParameter("find"),
                        req.getParameter("page"))),
                (view, frame, problem) -> map.withProblem(view, frame, problem)));
        builder.addServlet(EXPAND, new PictureJsonServlet(site, (req, view) ->
                map.expand(view, req.getParameter("node"), req.getParameter("kind"), req.getParameter("offset"))));
        builder.addServlet(FIND, new PictureJsonServlet(site, (req, view) -> map.findJson(view, req.getParameter("q"))));
        builder.addServlet(TIMELINE, new PictureServlet(site, "Timeline", PageFrame.TIMELINE,
                "Milestones, deadlines, adoption and application dates of EU migration policy, by priority, each with the sentence that states it.",
                "timeline.jte", Chart::scripts,
                (req, view, frame) -> timeline.build(view, frame, PictureFilter.of(req)), null));
        builder.addServlet(FIGURES, new PictureServlet(site, "Figures", PageFrame.FIGURES,
                "The money committed to EU migration policy, by period and instrument, and the statistics, each with its source.",
                "figures.jte", Chart::scripts,
                (req, view, frame) -> figures.build(view, frame, PictureFilter.of(req), req.getParameter("statpage")), null));
    }

    @Override
    public void serverAfterStarting(FusekiServer server) {
        if (warmUp != null) warmUp.start();
    }

    @Override
    public void serverStopped(FusekiServer server) {
        if (warmUp != null) warmUp.close();
    }

    private static List<String> values(String[] params) {
        return params == null ? List.of() : Arrays.asList(params);
    }
}
