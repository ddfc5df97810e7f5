package eu.migrationkg.serve.ld;

import static eu.migrationkg.serve.ld.LinkedDataIT.DOCUMENT;
import static eu.migrationkg.serve.ld.LinkedDataIT.EES;
import static eu.migrationkg.serve.ld.LinkedDataIT.GRAPH;
import static eu.migrationkg.serve.ld.LinkedDataIT.PASSAGE;
import static eu.migrationkg.serve.ld.LinkedDataIT.PERSON;
import static eu.migrationkg.serve.ld.LinkedDataIT.STRATEGY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.serve.web.ShownText;
import eu.migrationkg.sources.SourceDocument;
import eu.migrationkg.support.Html5;
import eu.migrationkg.support.HtmlPage;
import eu.migrationkg.support.RunningServer;
import eu.migrationkg.support.TestProject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

/** The HTML pages of resources, source documents and the ontology, over real HTTP. */
class ResourcePagesIT {

    private static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start(TestProject.layout(), null, LinkedDataIT::fixtures);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String html(String path) throws Exception {
        HttpResponse<String> r = server.get(path, "text/html");
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }

    private static SourceDocument document() {
        return server.store().assembled().documents().stream().filter(d -> d.name().equals("ip-26-233")).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {EES, STRATEGY, DOCUMENT, PASSAGE, PERSON, GRAPH, "ontology",
            "id/source/migration-and-asylum", "id/legal-act/regulation-eu-2024-1351", "ontology/shapes",
            "graph/ontology/migration", "id/instrument/nothing-here"})
    void everyKindOfPageIsValidHtml5(String path) throws Exception {
        HttpResponse<String> r = server.get(path, "text/html");
        assertEquals(path.endsWith("nothing-here") ? 404 : 200, r.statusCode());
        assertEquals(List.of(), Html5.problems(r.body()), path);
    }

    @Test
    void theResourcePageShowsLabelTypeEveryPropertyAsALinkAndTheFormats() throws Exception {
        HtmlPage page = HtmlPage.parse(html(EES));
        assertEquals("Entry/Exit System", page.text(page.elements("h1").get(0)));
        String kind = page.text(page.elements("p").stream().filter(p -> p.getAttribute("class").equals("kind")).findFirst().orElseThrow());
        assertTrue(kind.contains("Instrument"), kind);
        for (Element th : page.elements("th")) {
            if (!"row".equals(th.getAttribute("scope"))) continue;
            assertFalse(th.getElementsByTagName("a").getLength() == 0, "property as a link: " + page.text(th));
        }
        Set<String> alternates = new LinkedHashSet<>();
        for (Element l : page.elements("link")) if (l.getAttribute("rel").equals("alternate")) alternates.add(l.getAttribute("type"));
        assertEquals(Set.of("text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples"), alternates);
        assertTrue(page.references().contains("entry-exit-system.ttl"));
    }

    @Test
    void whereItSaysSoQuotesTheSentenceWithDocumentDateAndALinkThatHighlightsIt() throws Exception {
        HtmlPage page = HtmlPage.parse(html(EES));
        Element section = page.byId("where-it-says-so");
        assertNotNull(section, "the section is there");
        Element quote = page.byId("says-1");
        String text = page.text(quote);
        SourceDocument doc = document();
        String exact = doc.body().substring(3231, 3441);
        assertTrue(text.contains(ShownText.plain(exact)), text);
        assertTrue(text.contains("Commission presents a five-year strategy on migration"), "the document: " + text);
        assertTrue(text.contains("2026-01-29"), "the date: " + text);
        String inContext = null;
        for (int i = 0; i < quote.getElementsByTagName("a").getLength(); i++) {
            Element a = (Element) quote.getElementsByTagName("a").item(i);
            if (a.getTextContent().equals("Read it in the source")) inContext = a.getAttribute("href");
        }
        assertEquals("../../id/source/ip-26-233#passage-3231-3441", inContext);
        // The link opens the document page, where that fragment is the passage (highlighted by :target).
        String target = URI.create(server.url() + EES).resolve(inContext).toString();
        HtmlPage docPage = HtmlPage.parse(server.get(target.substring(server.url().length(), target.indexOf('#')), "text/html").body());
        Element passage = docPage.byId("passage-3231-3441");
        assertNotNull(passage);
        assertEquals("passage", passage.getAttribute("class"));
        // Its text is the source's characters at those offsets, as a reader sees them (the list marker a bullet).
        assertEquals(ShownText.plain(exact), docPage.text(passage).replace("¶", "").replace("•", "").replaceAll("\\s+", " ").strip());
        // Each statement stated by a passage points to its quote.
        assertTrue(page.references().contains("#says-1"));
        assertTrue(page.references().contains("#says-2"));
    }

    @Test
    void quotationsAndTheDocumentShowTheSourcesMarkdownAsAReaderSeesIt() throws Exception {
        // A list item with emphasis, quoted on the pages of what it states.
        HtmlPage ees = HtmlPage.parse(html(EES));
        Element mark = ees.elements("mark").stream().filter(m -> ees.text(m).contains("digital border management system"))
                .findFirst().orElseThrow();
        assertTrue(ees.text(mark).startsWith("Deliver the world's most advanced"), "no list marker: " + ees.text(mark));
        assertEquals(List.of("Entry/Exit System (EES)", "European Travel Information Authorisation System (ETIAS)"),
                texts(ees, mark, "strong"), "emphasis as emphasis");
        // Context cut in the middle of a link: no half of its markup shows.
        HtmlPage person = HtmlPage.parse(html(PERSON));
        String quotes = person.text(person.byId("where-it-says-so"));
        for (String marker : List.of("**", "](", "[Markus")) assertFalse(quotes.contains(marker), marker + " in " + quotes);
        // The document: emphasis, links as their words, bullets drawn, item numbers kept.
        HtmlPage doc = HtmlPage.parse(html(DOCUMENT));
        Element text = doc.elements("div").stream().filter(d -> d.getAttribute("class").equals("source-text")).findFirst().orElseThrow();
        String shown = doc.text(text);
        for (String marker : List.of("**", "](#)", "[Pact on Migration and Asylum]")) assertFalse(shown.contains(marker), marker);
        assertTrue(shown.contains("implementing the reforms brought by the Pact on Migration and Asylum."), shown);
        assertTrue(shown.contains("• Deliver the world's most advanced digital border management system"), shown);
        assertTrue(shown.contains("1. Stepping up Migration Diplomacy"), shown);
        assertTrue(texts(doc, text, "strong").contains("European Asylum and Migration Management Strategy"));
        assertTrue(doc.elements("a").stream().noneMatch(a -> a.getAttribute("href").equals("#")), "a link to nowhere is not a link");
    }

    @Test
    void aBroaderPropertyRepeatingASpecificOneIsFoldedIntoItOnThePageButServedInRdf() throws Exception {
        String priority = "id/priority/stepping-up-migration-diplomacy";
        HtmlPage page = HtmlPage.parse(html(priority));
        List<String> properties = new ArrayList<>();
        for (Element th : page.elements("th")) if ("row".equals(th.getAttribute("scope"))) properties.add(page.text(th));
        assertTrue(properties.contains("has action also dct:hasPart"), properties.toString());
        assertTrue(properties.stream().noneMatch(p -> p.startsWith("dct:hasPart")), "no row of its own: " + properties);
        List<String> incoming = new ArrayList<>();
        for (Element tr : page.elements("tr")) {
            if (page.text(tr).startsWith("European Asylum")) incoming.add(String.join(" | ", texts(page, tr, "td")));
        }
        assertEquals(List.of("European Asylum and Migration Management Strategy | has priority also dct:hasPart"), incoming);
        Graph turtle = LinkedDataIT.parse(server.get(priority, "text/turtle").body(), "text/turtle");
        Node hasPart = NodeFactory.createURI("http://purl.org/dc/terms/hasPart");
        Node hasAction = NodeFactory.createURI(server.base() + "ontology#hasAction");
        Node self = NodeFactory.createURI(server.base() + priority);
        assertEquals(5, turtle.find(self, hasAction, Node.ANY).toList().size());
        assertEquals(turtle.find(self, hasAction, Node.ANY).mapWith(Triple::getObject).toSet(),
                turtle.find(self, hasPart, Node.ANY).mapWith(Triple::getObject).toSet(), "the entailment is served");
    }

    private static List<String> texts(HtmlPage page, Element in, String tag) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < in.getElementsByTagName(tag).getLength(); i++) out.add(page.text((Element) in.getElementsByTagName(tag).item(i)));
        return out;
    }

    @Test
    void theSourceDocumentPageHasItsTextPassagesAndLinkedMentions() throws Exception {
        HtmlPage page = HtmlPage.parse(html(DOCUMENT));
        String text = page.text();
        String firstLine = "Commission presents a five-year strategy on migration";
        assertTrue(text.contains(firstLine));
        assertTrue(text.contains("Press contacts"), "the full text, to its end");
        List<String> passages = new ArrayList<>();
        for (Element e : page.elements("span")) if (e.getAttribute("class").equals("passage") && e.hasAttribute("id")) passages.add(e.getAttribute("id"));
        assertEquals(passagesOf(DOCUMENT), passages.size(), "every passage of the document, extracted or fixture: " + passages);
        Element systems = page.byId("passage-3231-3441");
        List<String> mentions = new ArrayList<>();
        var links = systems.getElementsByTagName("a");
        for (int i = 0; i < links.getLength(); i++) {
            Element a = (Element) links.item(i);
            if (a.getAttribute("class").equals("mention")) mentions.add(a.getAttribute("href") + " " + a.getTextContent());
        }
        assertTrue(mentions.contains("../../id/instrument/entry-exit-system Entry/Exit System"), mentions.toString());
        assertTrue(mentions.stream().anyMatch(m -> m.startsWith("../../id/instrument/european-travel-information-and-authorisation-system ")),
                mentions.toString());
        Element mentioned = page.byId("mentioned");
        assertNotNull(mentioned, "the index of what the document mentions");
        assertTrue(page.references().contains("../../id/passage/ip-26-233/86a14fdf959f"), "each passage links to what it states");
    }

    /** How many passages the served graph gives the document (extraction's and the fixture's). */
    private static long passagesOf(String document) {
        Node hasSource = NodeFactory.createURI("http://www.w3.org/ns/oa#hasSource");
        Node doc = NodeFactory.createURI(server.base() + document);
        return server.store().assembled().dataset().getDefaultGraph().find(Node.ANY, hasSource, doc).toList().size();
    }

    @Test
    void thePassagePageShowsWhatItStates() throws Exception {
        HtmlPage page = HtmlPage.parse(html(PASSAGE));
        Element graph = page.byId("graph");
        assertNotNull(graph, "a passage names the graph of the facts it states");
        String text = page.text();
        assertTrue(text.contains("European Travel Information and Authorisation System"), text);
    }

    @Test
    void aDocumentOfHashIrisShowsEachAnchoredByItsFragment() throws Exception {
        HtmlPage page = HtmlPage.parse(html("ontology/shapes"));
        Element sourced = page.byId("Sourced");
        assertNotNull(sourced, "/ontology/shapes#Sourced lands on the shape");
        assertTrue(page.text(sourced).contains("sh:targetClass"), page.text(sourced));
        HtmlPage passage = HtmlPage.parse(html(PASSAGE));
        assertNotNull(passage.byId("quote"), "a passage's selectors are parts of its page");
        assertTrue(passage.text(passage.byId("quote")).contains("Entry/Exit System"));
    }

    @Test
    void incomingLinksAreBoundedWithALinkToAll() throws Exception {
        HtmlPage page = HtmlPage.parse(html(EES));
        Element incoming = page.byId("incoming");
        assertNotNull(incoming);
        String note = page.text();
        assertTrue(note.contains(Describer.MAX_INCOMING + " of " + (LinkedDataIT.BULK + countOtherIncoming()) + " shown"), note);
        String all = page.references().stream().filter(h -> h.startsWith("../../sparql?query=") && h.contains("%3Fproperty"))
                .findFirst().orElseThrow();
        HttpResponse<String> r = server.get(all.substring("../../".length()), "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        int rows = ResultSetFormatter.consume(ResultSetMgr.read(new java.io.ByteArrayInputStream(r.body().getBytes()), ResultSetLang.RS_JSON));
        assertEquals(LinkedDataIT.BULK + countOtherIncoming(), rows);
    }

    private static int countOtherIncoming() {
        Node ees = NodeFactory.createURI(server.base() + EES);
        return org.apache.jena.system.Txn.calculateRead(server.store().dataset(), () ->
                server.store().dataset().getDefaultGraph().find(Node.ANY, Node.ANY, ees).toList().size()) - LinkedDataIT.BULK;
    }

    @Test
    void theEmbeddedJsonLdIsTheDescription() throws Exception {
        HtmlPage page = HtmlPage.parse(html(STRATEGY));
        List<Element> scripts = page.elements("script");
        assertEquals(1, scripts.size());
        assertEquals("application/ld+json", scripts.get(0).getAttribute("type"));
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(scripts.get(0).getTextContent(), Lang.JSONLD).parse(g);
        Node strategy = NodeFactory.createURI(server.base() + STRATEGY);
        assertTrue(g.contains(strategy, NodeFactory.createURI(server.base() + "ontology#hasPriority"), Node.ANY));
    }

    @Test
    void textFromTheDataIsEscapedEverywhere() throws Exception {
        String hostile = "<script>alert('x')</script> & \"quoted\" </script><!--";
        String body = html("id/instrument/european-travel-information-and-authorisation-system");
        assertFalse(body.contains("<script>alert"), "markup from the data is never emitted");
        HtmlPage page = HtmlPage.parse(body);
        assertTrue(page.text().contains(hostile), "shown as text");
        assertEquals(1, page.elements("script").size(), "no script but the JSON-LD");
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(page.elements("script").get(0).getTextContent(), Lang.JSONLD).parse(g);
        assertTrue(g.find(Node.ANY, Node.ANY, NodeFactory.createLiteralString(hostile)).hasNext(),
                "the JSON-LD keeps the text intact");
    }

    @Test
    void theNotFoundPageEchoesTheRequestedIriAsText() throws Exception {
        HttpResponse<String> r = server.get("id/x/%3Cscript%3Ealert(1)%3Cb%3E%22%3E%27", "text/html");
        assertEquals(404, r.statusCode());
        assertFalse(r.body().contains("<script>alert"), r.body());
        HtmlPage page = HtmlPage.parse(r.body());
        assertTrue(page.elements("b").isEmpty(), "no element from the request");
        assertTrue(page.elements("script").isEmpty(), "no script from the request");
        assertEquals(List.of(), Html5.problems(r.body()));
    }

    @Test
    void theOntologyPageAnchorsEveryTermByItsLocalName() throws Exception {
        HtmlPage page = HtmlPage.parse(html("ontology"));
        Graph file = GraphFactory.createDefaultGraph();
        RDFParser.source(TestProject.layout().ontologyDir().resolve("migration.ttl")).base(server.base()).lang(Lang.TURTLE).parse(file);
        String ns = server.base() + "ontology#";
        Set<String> terms = new LinkedHashSet<>();
        file.find().forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(ns)) terms.add(t.getSubject().getURI().substring(ns.length()));
        });
        assertTrue(terms.size() > 50, "the ontology has its terms: " + terms.size());
        for (String term : terms) {
            Element e = page.byId(term);
            assertNotNull(e, "#" + term + " lands on the term");
        }
        Node definition = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#definition");
        Element priority = page.byId("Priority");
        String def = file.find(NodeFactory.createURI(ns + "Priority"), definition, Node.ANY).next().getObject().getLiteralLexicalForm();
        assertTrue(page.text(priority).contains(def.replaceAll("\\s+", " ")), "with its definition");
        assertTrue(page.references().contains("#Priority"), "listed in the contents");
    }

    @Test
    void linksIntoTheGraphFromThesePagesAllResolve() throws Exception {
        Set<String> checked = new LinkedHashSet<>();
        for (String path : List.of(EES, DOCUMENT, PASSAGE, STRATEGY, "ontology", "")) {
            URI page = URI.create(server.url() + path);
            for (String ref : HtmlPage.parse(html(path)).references()) {
                URI target = page.resolve(ref);
                String p = target.getRawPath().substring(1);
                boolean ours = target.toString().startsWith(server.url())
                        && (p.startsWith("id/") || p.startsWith("graph/") || p.startsWith("ontology") || p.startsWith("assets/"));
                if (!ours || !checked.add(p)) continue;
                assertEquals(200, server.get(p, "text/html").statusCode(), "broken link " + ref + " on " + path);
            }
        }
        assertTrue(checked.size() > 20, "links checked: " + checked.size());
    }
}
