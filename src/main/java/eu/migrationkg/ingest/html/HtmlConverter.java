package eu.migrationkg.ingest.html;

import eu.migrationkg.ingest.Clue;
import eu.migrationkg.ingest.ConvertedDocument;
import eu.migrationkg.ingest.IngestException;
import eu.migrationkg.ingest.IngestRules;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Selector;

/**
 * A web page (press corner, policy page, EUR-Lex) to a source: its main text only, in the Markdown of
 * {@code data/sources/}, and what the page says about itself (title, date, identifier, canonical URL,
 * language, kind). Which elements are chrome and which hold metadata is data
 * ({@code data/ingest/documents.yaml}).
 */
public final class HtmlConverter {

    private final IngestRules rules;

    public HtmlConverter(IngestRules rules) {
        this.rules = rules;
    }

    /**
     * @param bytes   the page as published
     * @param baseUri where it was fetched from (links are made absolute against it), or empty for a file
     * @param shown   how to name the page in messages
     */
    public ConvertedDocument convert(byte[] bytes, String baseUri, String shown) throws IngestException {
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, baseUri);
        } catch (IOException e) {
            throw new IngestException(shown + ": cannot read the page: " + e.getMessage());
        }
        List<String> notes = new ArrayList<>();

        // The head first: chrome removal below does not touch it, but the page's own words come first.
        Optional<Clue<String>> ogTitle = meta(doc, "og:title").map(t -> Clue.of(t, "og:title"));
        Optional<Clue<String>> headTitle = Optional.of(doc.title()).filter(t -> !t.isBlank()).map(t -> Clue.of(t, "<title>"));
        Optional<Clue<URI>> url = link(doc, "link[rel=canonical]", "href", "<link rel=canonical>")
                .or(() -> meta(doc, "og:url").flatMap(HtmlConverter::uri).map(u -> Clue.of(u, "og:url")));
        Optional<Clue<String>> language = Optional.of(doc.selectFirst("html"))
                .map(h -> h.attr("lang").strip()).filter(l -> !l.isEmpty())
                .map(l -> Clue.of(l.replace('_', '-'), "<html lang>"));
        Optional<Clue<LocalDate>> metaDate = Optional.empty();
        for (String name : rules.html("dateMeta")) {
            metaDate = meta(doc, name).flatMap(HtmlConverter::isoDate).map(d -> Clue.of(d, "<meta " + name + ">"));
            if (metaDate.isPresent()) break;
        }

        int removed = 0;
        for (String sel : rules.html("remove")) {
            Elements chrome = select(doc, sel);
            removed += chrome.size();
            chrome.remove();
        }
        if (removed > 0) notes.add("left out " + removed + " elements of site chrome (navigation, breadcrumbs, "
                + "cookie banner, header, footer, scripts, styles)");

        // The page's own metadata block: read, then left out of the text.
        Optional<Clue<String>> labelKind = Optional.empty();
        Optional<Clue<LocalDate>> blockDate = Optional.empty();
        for (String sel : rules.html("metadata")) {
            for (Element m : select(doc, sel)) {
                for (Element leaf : m.getAllElements()) {
                    if (!leaf.children().isEmpty() && !leaf.ownText().isBlank()) continue;
                    String text = leaf.text();
                    if (labelKind.isEmpty()) {
                        labelKind = rules.kindOfLabel(text).map(k -> Clue.of(k, "the page's label \"" + text.strip() + "\""));
                    }
                    if (blockDate.isEmpty()) {
                        blockDate = time(leaf).or(() -> rules.dateLine(text))
                                .map(d -> Clue.of(d, "the page's metadata \"" + text.strip() + "\""));
                    }
                }
                if (!m.text().isBlank()) notes.add("left out the page's metadata line \"" + m.text().strip() + "\" (read for its kind and date)");
                m.remove();
            }
        }

        Element main = null;
        for (String sel : rules.html("main")) {
            Element candidate = select(doc, sel).stream().filter(e -> !e.text().isBlank()).findFirst().orElse(null);
            if (candidate != null) {
                main = candidate;
                notes.add("main text: the page's <" + candidate.normalName() + "> (" + sel + ")");
                break;
            }
        }
        if (main == null) {
            main = doc.body();
            notes.add("main text: the whole <body> (the page has no <article> or <main>), without its chrome");
        }
        if (main == null || main.text().isBlank()) {
            throw new IngestException(shown + ": the page has no main text (nothing is left once navigation, "
                    + "banners and scripts are set aside); add the article's own page, or save its text as a .txt file and add that");
        }

        if (labelKind.isEmpty()) {
            for (Element leaf : main.getAllElements()) {
                if (!leaf.children().isEmpty()) continue;
                Optional<String> k = rules.kindOfLabel(leaf.text());
                if (k.isPresent()) {
                    String label = leaf.text().strip();
                    labelKind = Optional.of(Clue.of(k.get(), "the page's label \"" + label + "\""));
                    break;
                }
            }
        }

        Element h1 = main.selectFirst("h1");
        Optional<Clue<String>> title = Optional.ofNullable(h1).map(Element::text).filter(t -> !t.isBlank())
                .map(t -> Clue.of(t, "the <h1>")).or(() -> ogTitle).or(() -> headTitle)
                .map(c -> cleaned(c));

        Optional<Clue<LocalDate>> fromBlock = blockDate;
        Optional<Clue<LocalDate>> fromMeta = metaDate;
        Optional<Clue<LocalDate>> published = main.select("time[datetime]").stream()
                .map(HtmlConverter::time).flatMap(Optional::stream).findFirst()
                .map(d -> Clue.of(d, "<time datetime> in the text"))
                .or(() -> fromBlock).or(() -> fromMeta);
        if (published.isEmpty()) {
            for (Element block : main.getAllElements()) {
                if (!block.children().isEmpty()) continue;
                Optional<LocalDate> d = rules.dateLine(block.text());
                if (d.isPresent()) {
                    published = Optional.of(Clue.of(d.get(), "the date line \"" + block.text().strip() + "\""));
                    break;
                }
            }
        }

        Optional<Map.Entry<String, IngestRules.IdentifierRule>> id = rules.identifierIn(main.text());
        Optional<Clue<String>> identifier = id.map(e -> Clue.of(e.getKey(), "the text"));
        Optional<Clue<String>> kind = labelKind
                .or(() -> id.map(e -> Clue.of(e.getValue().kind(), "the identifier " + e.getKey())))
                .or(() -> rules.defaultKind("html").map(k -> Clue.of(k, "the default for a web page with no label or identifier")));

        if (baseUri.isEmpty() && url.isPresent()) {
            // A saved page's relative links point where the page is published.
            doc.setBaseUri(url.get().value().toString());
        }
        MarkdownRenderer renderer = new MarkdownRenderer(rules.html("attribution"));
        String body = renderer.render(main);
        if (body.isBlank()) {
            throw new IngestException(shown + ": the page's main text is empty once converted; "
                    + "add the article's own page, or save its text as a .txt file and add that");
        }
        if (renderer.quotesWrapped() > 0) {
            notes.add("put " + renderer.quotesWrapped() + " block quote(s) in quotation marks, the way the "
                    + "extraction recognises a quotation (the page set them apart without marks)");
        }
        if (renderer.emphasisPlain() > 0) {
            notes.add("wrote " + renderer.emphasisPlain() + " italic phrase(s) as plain words: the extraction reads "
                    + "**bold** only, and a date or amount in italics would not be recognised");
        }
        if (renderer.imagesLeftOut() > 0) {
            notes.add("left out " + renderer.imagesLeftOut() + " image(s): only text is kept");
        }
        if (url.isEmpty() && !baseUri.isEmpty()) {
            url = uri(baseUri).map(u -> Clue.of(u, "the address it was fetched from"));
        }
        return new ConvertedDocument("html", title, published, identifier, kind, language, url, body, List.copyOf(notes));
    }

    private Clue<String> cleaned(Clue<String> title) {
        String clean = rules.cleanTitle(title.value());
        return clean.equals(title.value().strip()) ? Clue.of(clean, title.from())
                : Clue.of(clean, title.from() + ", without the site's suffix");
    }

    private static Elements select(Document doc, String css) {
        try {
            return doc.select(css);
        } catch (Selector.SelectorParseException e) {
            return new Elements();
        }
    }

    private static Optional<String> meta(Document doc, String name) {
        for (Element m : doc.select("meta[name], meta[property]")) {
            String key = m.hasAttr("property") ? m.attr("property") : m.attr("name");
            if (key.equalsIgnoreCase(name) && !m.attr("content").isBlank()) return Optional.of(m.attr("content").strip());
        }
        return Optional.empty();
    }

    private static Optional<Clue<URI>> link(Document doc, String css, String attr, String from) {
        Element e = doc.selectFirst(css);
        if (e == null) return Optional.empty();
        String abs = e.absUrl(attr);
        return uri(abs.isEmpty() ? e.attr(attr) : abs).map(u -> Clue.of(u, from));
    }

    private static Optional<URI> uri(String s) {
        try {
            URI u = new URI(s.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) ? Optional.of(u) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> time(Element e) {
        return e.hasAttr("datetime") ? isoDate(e.attr("datetime")) : Optional.empty();
    }

    /** The date of an ISO 8601 date or date-time ("2027-11-03", "2027-11-03T10:00:00+01:00"). */
    private static Optional<LocalDate> isoDate(String s) {
        String t = s.strip();
        if (t.length() < 10) return Optional.empty();
        try {
            return Optional.of(LocalDate.parse(t.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
