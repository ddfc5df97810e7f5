package eu.migrationkg.serve.ld;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.atlas.web.MediaType;

/**
 * Chooses the representation of a resource: a file extension or {@code ?format=} decides when the
 * client gives one; otherwise the Accept header does, by RFC 9110: each variant takes the quality of
 * the most specific media range that matches it, the best quality wins, ties go to the server's
 * order ({@link Variant}), and quality 0 means "not this". Media ranges are Jena's.
 */
public final class Negotiation {
    private Negotiation() {}

    /** What the request asked for. */
    public sealed interface Outcome {}

    /** @param byAccept true when the Accept header decided, so the response varies with it */
    public record Chosen(Variant variant, boolean byAccept) implements Outcome {}

    /** The Accept header excludes every variant: 406. */
    public record NotAcceptable(String accept) implements Outcome {}

    /** {@code ?format=} names no variant: 400. */
    public record UnknownFormat(String value) implements Outcome {}

    /** Plain JSON clients get JSON-LD, which is JSON. */
    private static final String JSON = "application/json";

    /**
     * @param extension the extension of the requested path when it names a variant, else null
     * @param format    the {@code format} query parameter, or null
     * @param accept    the Accept header, or null
     */
    public static Outcome choose(String extension, String format, String accept) {
        if (format != null) {
            return Variant.byExtension(format.strip().toLowerCase(Locale.ROOT))
                    .<Outcome>map(v -> new Chosen(v, false))
                    .orElse(new UnknownFormat(format));
        }
        if (extension != null) {
            return Variant.byExtension(extension).<Outcome>map(v -> new Chosen(v, false))
                    .orElse(new UnknownFormat(extension));
        }
        if (accept == null || accept.isBlank()) return new Chosen(Variant.values()[0], true);
        List<MediaRange> ranges = parse(accept);
        Variant best = null;
        double bestQ = 0;
        for (Variant v : Variant.values()) {
            double q = quality(ranges, v.mediaType());
            if (v == Variant.JSONLD) q = Math.max(q, quality(ranges, JSON) * 0.99);
            if (q > bestQ) {
                best = v;
                bestQ = q;
            }
        }
        return best == null ? new NotAcceptable(accept) : new Chosen(best, true);
    }

    /** The quality the client gives a media type: that of its most specific matching range, 0 if none. */
    static double quality(List<MediaRange> ranges, String mediaType) {
        MediaType offer = MediaType.create(mediaType);
        int bestSpecificity = -1;
        double q = 0;
        for (MediaRange r : ranges) {
            if (!r.accepts(offer)) continue;
            int specificity = (isStar(r.getType()) ? 0 : 2) + (isStar(r.getSubType()) ? 0 : 1);
            if (specificity > bestSpecificity || (specificity == bestSpecificity && r.get_q() > q)) {
                bestSpecificity = specificity;
                q = r.get_q();
            }
        }
        return q;
    }

    /** The media ranges of an Accept header; malformed items are skipped, as if absent. */
    static List<MediaRange> parse(String accept) {
        List<MediaRange> out = new ArrayList<>();
        for (String item : accept.split(",")) {
            String s = item.strip();
            if (s.isEmpty() || !s.matches("(?s)[!#$%&'*+.^_`|~0-9A-Za-z-]+/[!#$%&'*+.^_`|~0-9A-Za-z-]+(\\s*;.*)?")) continue;
            try {
                MediaRange r = new MediaRange(s);
                if (r.get_q() >= 0 && r.get_q() <= 1) out.add(r);
            } catch (RuntimeException e) {
                // skipped: not a media range
            }
        }
        return out;
    }

    private static boolean isStar(String s) {
        return s == null || s.equals("*");
    }
}
