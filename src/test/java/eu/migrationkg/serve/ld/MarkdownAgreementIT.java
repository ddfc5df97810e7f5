package eu.migrationkg.serve.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.migrationkg.ProjectLayout;
import eu.migrationkg.extract.rules.SegmentationRules;
import eu.migrationkg.extract.text.BlockSegmenter;
import eu.migrationkg.extract.text.DocumentSegmenter;
import eu.migrationkg.extract.text.SegmentedDocument;
import eu.migrationkg.extract.text.Sentence;
import eu.migrationkg.extract.text.SentenceSplitter;
import eu.migrationkg.sources.SourceReader;
import eu.migrationkg.sources.markdown.PlainText;
import eu.migrationkg.support.HtmlPage;
import eu.migrationkg.support.RunningServer;
import eu.migrationkg.support.TestProject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Extraction and the document page read a source's Markdown through the same model, so they cannot
 * disagree on what is emphasis: every delimiter CommonMark knows ({@code _em_}, {@code *em*},
 * {@code __strong__}, {@code **strong**}) is emphasis for the extraction's plain words and is drawn
 * as {@code <em>}/{@code <strong>} on the page served over HTTP, for exactly the same words.
 */
class MarkdownAgreementIT {

    private static final String ADDED = "\n\nThe \uD835\uDC04\uD835\uDC14 _Talent Pool_ and the *Skills Partnership* back the "
            + "__Global Gateway__ and the **Entry and Exit Register**, as [the Pact](https://example.org/pact) says.\n";

    @TempDir
    static Path dir;
    private static RunningServer server;
    private static Path source;

    @BeforeAll
    static void start() throws Exception {
        Path project = TestProject.copyTo(dir);
        source = project.resolve("data/sources/ip-26-233.md");
        Files.writeString(source, Files.readString(source) + ADDED);
        server = RunningServer.start(new ProjectLayout(project));
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void extractionAndTheDocumentPageSeeTheSameEmphasis() throws Exception {
        HttpResponse<String> r = server.get("id/source/ip-26-233", "text/html");
        assertEquals(200, r.statusCode());
        HtmlPage page = HtmlPage.parse(r.body());
        Element text = page.elements("div").stream().filter(d -> d.getAttribute("class").equals("source-text"))
                .findFirst().orElseThrow();
        Set<String> em = phrases(text, "em");
        Set<String> strong = phrases(text, "strong");
        assertTrue(em.containsAll(List.of("Talent Pool", "Skills Partnership")), em.toString());
        assertTrue(strong.containsAll(List.of("Global Gateway", "Entry and Exit Register")), strong.toString());
        String shown = text.getTextContent();
        for (String raw : List.of("_Talent", "*Skills", "__Global", "**Entry", "](")) {
            assertFalse(shown.contains(raw), "the page shows no Markdown syntax: " + raw);
        }
        assertTrue(shown.contains("as the Pact says"), "a link is shown as its words");

        List<String> onPage = emphasisedWords(text);
        assertTrue(onPage.size() > 50, "the seed's **bold** and the added emphasis: " + onPage);
        assertEquals(extractionEmphasis(), onPage, "the extraction's emphasis is exactly the page's, word by word");
    }

    /** The words the extraction's plain text of every sentence marks as emphasis, in document order. */
    private static List<String> extractionEmphasis() throws Exception {
        SegmentationRules rules = SegmentationRules.EMPTY;
        SegmentedDocument doc = new DocumentSegmenter(new BlockSegmenter(rules), new SentenceSplitter(rules, Set.of()))
                .segment(new SourceReader(SourceReader.DEFAULT_MAX_BYTES).read(source));
        StringBuilder text = new StringBuilder();
        List<Boolean> flags = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            PlainText plain = doc.plain(s);
            boolean[] on = new boolean[plain.length()];
            for (int[] e : plain.emphasis()) java.util.Arrays.fill(on, e[0], e[1], true);
            for (int i = 0; i < plain.length(); i++) {
                text.append(plain.text().charAt(i));
                flags.add(on[i]);
            }
            text.append(' ');
            flags.add(false);
        }
        return words(text, flags);
    }

    /** The words of the page's source text with a character in {@code <em>} or {@code <strong>}, in order. */
    private static List<String> emphasisedWords(Element root) {
        StringBuilder text = new StringBuilder();
        List<Boolean> flags = new ArrayList<>();
        walk(root, false, text, flags);
        return words(text, flags);
    }

    private static void walk(org.w3c.dom.Node node, boolean emphasised, StringBuilder text, List<Boolean> flags) {
        if (node instanceof Element e) {
            String tag = e.getLocalName() == null ? e.getTagName() : e.getLocalName();
            String cls = e.getAttribute("class");
            if (cls.equals("passage-link") || cls.equals("bullet")) return; // drawn by the page, not words of the text
            if (tag.equalsIgnoreCase("br")) {
                text.append('\n');
                flags.add(false);
                return;
            }
            boolean inside = emphasised || tag.equalsIgnoreCase("em") || tag.equalsIgnoreCase("strong");
            for (org.w3c.dom.Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) walk(c, inside, text, flags);
        } else if (node.getNodeType() == org.w3c.dom.Node.TEXT_NODE) {
            String t = node.getTextContent();
            for (int i = 0; i < t.length(); i++) {
                text.append(t.charAt(i));
                flags.add(emphasised);
            }
        }
    }

    private static List<String> words(CharSequence text, List<Boolean> flags) {
        List<String> out = new ArrayList<>();
        int i = 0, n = text.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) i++;
            int start = i;
            boolean any = false;
            while (i < n && !Character.isWhitespace(text.charAt(i))) any |= flags.get(i++);
            if (any && i > start) out.add(text.subSequence(start, i).toString());
        }
        return out;
    }

    private static Set<String> phrases(Element root, String tag) {
        NodeList nodes = root.getElementsByTagName(tag);
        Set<String> out = new TreeSet<>();
        for (int i = 0; i < nodes.getLength(); i++) out.add(normal(nodes.item(i).getTextContent()));
        return out;
    }

    private static String normal(String s) {
        return s.replace("¶", "").replaceAll("\\s+", " ").strip();
    }
}
