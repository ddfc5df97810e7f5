package eu.migrationkg.serve.answers;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.migrationkg.graph.AssembledDataset;
import eu.migrationkg.graph.ReleaseId;
import eu.migrationkg.serve.web.Links;
import eu.migrationkg.serve.web.Representation;
import eu.migrationkg.vocab.Vocab;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * "Cite this result": the permanent address of one answer in one format ({@code cite/{release}/...}, the
 * address the answer's {@code Link: rel="cite-as"} names), the release and the date its data speak as
 * of, the SHA-256 of the bytes that address gives, and the same as BibTeX and CSL-JSON for a reference
 * manager. A reader who fetches the address and hashes it can check they hold what was cited.
 *
 * @param url         the citation's address
 * @param path        the same, relative to the server's base (for a link that holds behind a proxy)
 * @param release     the release id
 * @param releaseDate the date the release's data speak as of (ISO), or null when it has no dated document
 * @param sha256      the SHA-256 of the cited bytes, in hex
 * @param mediaType   the format cited
 * @param bibtex      a BibTeX {@code @misc} entry
 * @param cslJson     a CSL-JSON item list (one {@code dataset} item)
 */
public record ResultCitation(String url, String path, String release, String releaseDate, String sha256, String mediaType,
                             String bibtex, String cslJson) {

    /**
     * The citation of {@code body}, the answer {@code path} with {@code params} gives as {@code mediaType}
     * from the release served, titled {@code title} ({@code key} names the BibTeX entry).
     */
    public static ResultCitation of(Links links, AssembledDataset assembled, ReleaseId release, String path,
                                    Map<String, String[]> params, String mediaType, byte[] body, String title,
                                    String key) {
        AnswerRequest ask = new AnswerRequest(path, AnswerRequest.canonical(params, AnswerRequest.isSparql(path)), mediaType);
        String citePath = ask.citePath(release, mediaType);
        String url = links.publicUrl(citePath);
        String sha = sha256(body);
        Optional<LocalDate> asOf = assembled.asOf();
        String dataset = about(assembled, Vocab.DCT + "title").orElse("");
        String publisher = publisher(assembled).orElse(dataset);
        String bibKey = (key + "-" + release.value()).replaceAll("[^A-Za-z0-9_-]+", "-");
        return new ResultCitation(url, citePath, release.value(), asOf.map(LocalDate::toString).orElse(null), sha, mediaType,
                bibtex(bibKey, title, dataset, publisher, release, asOf, url, sha, mediaType),
                csl(bibKey, title, dataset, publisher, release, asOf, url, sha, mediaType));
    }

    /** A citation's title: what was asked, with the values given ({@code name = value}, in order). */
    public static String title(String what, Map<String, String> values) {
        if (values.isEmpty()) return what;
        return what + " (" + String.join(", ", values.entrySet().stream()
                .map(e -> e.getKey() + " = " + e.getValue()).toList()) + ")";
    }

    static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String bibtex(String key, String title, String dataset, String publisher, ReleaseId release,
                                 Optional<LocalDate> asOf, String url, String sha, String mediaType) {
        StringBuilder b = new StringBuilder("@misc{").append(key).append(",\n");
        field(b, "title", "{" + escape(title) + "}");
        if (!dataset.isEmpty()) field(b, "howpublished", escape(dataset));
        field(b, "publisher", escape(publisher));
        asOf.ifPresent(d -> {
            field(b, "year", Integer.toString(d.getYear()));
            field(b, "month", Integer.toString(d.getMonthValue()));
            field(b, "date", d.toString());
        });
        field(b, "version", escape(release.value()));
        field(b, "url", url);
        field(b, "note", "Release " + escape(release.value()) + ", " + escape(mediaType) + ", SHA-256 " + sha);
        b.setLength(b.length() - 2);
        return b.append("\n}").toString();
    }

    private static void field(StringBuilder b, String name, String value) {
        b.append("  ").append(name).append(" = {").append(value).append("},\n");
    }

    /** BibTeX's special characters, written so that LaTeX prints them as they are. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '%', '&', '$', '#', '_' -> out.append('\\').append(c);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String csl(String key, String title, String dataset, String publisher, ReleaseId release,
                              Optional<LocalDate> asOf, String url, String sha, String mediaType) {
        ArrayNode items = JsonNodeFactory.instance.arrayNode();
        ObjectNode item = items.addObject();
        item.put("id", key);
        item.put("type", "dataset");
        item.put("title", title);
        if (!dataset.isEmpty()) item.put("container-title", dataset);
        item.put("publisher", publisher);
        item.put("version", release.value());
        item.put("medium", mediaType);
        item.put("URL", url);
        asOf.ifPresent(d -> item.putObject("issued").putArray("date-parts").addArray()
                .add(d.getYear()).add(d.getMonthValue()).add(d.getDayOfMonth()));
        item.put("note", "SHA-256 " + sha);
        try {
            return Representation.JSON.writeValueAsString(items);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a CSL item is plain JSON", e);
        }
    }

    /** A literal the repository says about the dataset ({@code data/dataset.ttl}). */
    private static Optional<String> about(AssembledDataset assembled, String property) {
        Graph g = assembled.about();
        return g.find(Node.ANY, NodeFactory.createURI(property), Node.ANY).toList().stream()
                .map(t -> t.getObject()).filter(Node::isLiteral).map(Node::getLiteralLexicalForm).sorted().findFirst();
    }

    private static Optional<String> publisher(AssembledDataset assembled) {
        Graph g = assembled.about();
        return g.find(Node.ANY, NodeFactory.createURI(Vocab.DCT + "publisher"), Node.ANY).toList().stream()
                .flatMap(t -> g.find(t.getObject(), NodeFactory.createURI(Vocab.FOAF + "name"), Node.ANY).toList().stream())
                .map(t -> t.getObject()).filter(Node::isLiteral).map(Node::getLiteralLexicalForm).sorted().findFirst();
    }
}
