package eu.migrationkg.support;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import nu.validator.htmlparser.common.XmlViolationPolicy;
import nu.validator.htmlparser.dom.HtmlDocumentBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** A page parsed the way browsers parse it (the HTML5 algorithm), for tests that read its elements. */
public final class HtmlPage {

    private final Document doc;

    private HtmlPage(Document doc) {
        this.doc = doc;
    }

    public static HtmlPage parse(String html) {
        try {
            HtmlDocumentBuilder builder = new HtmlDocumentBuilder(XmlViolationPolicy.ALTER_INFOSET);
            return new HtmlPage(builder.parse(new InputSource(new StringReader(html))));
        } catch (Exception e) {
            throw new IllegalStateException("cannot parse the page: " + e, e);
        }
    }

    public List<Element> elements(String tag) {
        NodeList nodes = doc.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) out.add((Element) nodes.item(i));
        return out;
    }

    /** The element with this id, or null. */
    public Element byId(String id) {
        for (Element e : elements("*")) {
            if (id.equals(e.getAttribute("id"))) return e;
        }
        return null;
    }

    /** Every href and src on the page, in document order. */
    public List<String> references() {
        List<String> out = new ArrayList<>();
        for (Element e : elements("*")) {
            for (String attr : new String[] {"href", "src", "action"}) {
                if (e.hasAttribute(attr)) out.add(e.getAttribute(attr));
            }
        }
        return out;
    }

    /** The text of the whole page, as a reader sees it (whitespace collapsed). */
    public String text() {
        return doc.getDocumentElement().getTextContent().replaceAll("\\s+", " ");
    }

    public String text(Element e) {
        return e.getTextContent().replaceAll("\\s+", " ").strip();
    }
}
