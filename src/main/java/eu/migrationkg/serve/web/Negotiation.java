package eu.migrationkg.serve.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one content negotiation of the server: which of the representations a route offers a request
 * gets. {@code ?format=} decides first (a short name; blank is as if absent), then the file
 * extension of the path where a route has them, then the Accept header, by RFC 9110 12.5.1: each
 * offer takes the quality of the most specific media range that matches it, quality 0 excludes, the
 * best quality wins and ties go to the order of the offers. A header that is absent, blank or holds
 * no well-formed media range takes the first offer (the header is then disregarded, as 12.5.1
 * allows); malformed items among good ones are skipped.
 *
 * @param <T> what a route makes of the choice (a format, an enum of its representations)
 */
public final class Negotiation<T> {

    /**
     * A representation a route can produce: its media type, the names that ask for it in
     * {@code ?format=} or as a file extension (the first is the one shown), and aliases: other media
     * types the client may mean by it ({@code application/json} for JSON-LD). An alias counts a
     * little less than the offer's own type, so an offer named exactly wins a tie.
     */
    public record Offer<T>(T value, String mediaType, List<String> names, List<String> aliases) {
        public Offer {
            mediaType = mediaType.toLowerCase(Locale.ROOT);
            names = names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
            aliases = aliases.stream().map(a -> a.toLowerCase(Locale.ROOT)).toList();
            if (names.isEmpty()) throw new IllegalArgumentException("an offer needs a name: " + mediaType);
        }

        public static <T> Offer<T> of(T value, String mediaType, String... names) {
            return new Offer<>(value, mediaType, List.of(names), List.of());
        }

        /** The offer of a media type that stands for itself (routes that only need to know the type). */
        public static Offer<String> ofType(String mediaType, String... names) {
            return of(mediaType, mediaType, names);
        }

        public Offer<T> withAliases(String... mediaTypes) {
            return new Offer<>(value, mediaType, names, List.of(mediaTypes));
        }

        /** The name that asks for this offer: {@code ?format=NAME}, or the extension {@code .NAME}. */
        public String name() {
            return names.getFirst();
        }
    }

    /** What a request gets. */
    public sealed interface Outcome<T> permits Chosen, Refusal {
        /** True when the Accept header took part, so the response must carry {@code Vary: Accept}. */
        default boolean variesWithAccept() {
            return switch (this) {
                case Chosen<T> c -> c.byAccept();
                case NotAcceptable<T> n -> true;
                case UnknownFormat<T> u -> false;
            };
        }

        /** Sets {@code Vary: Accept} on the response when the header took part. */
        default void markVary(HttpServletResponse resp) {
            if (variesWithAccept()) resp.setHeader("Vary", "Accept");
        }
    }

    /** @param byAccept true when the Accept header decided (also when it was absent) */
    public record Chosen<T>(Offer<T> offer, boolean byAccept) implements Outcome<T> {
        public T value() {
            return offer.value();
        }
    }

    /** The request asks for nothing the route offers: the status and a message naming what is offered. */
    public sealed interface Refusal<T> extends Outcome<T> permits NotAcceptable, UnknownFormat {
        int status();

        String message();
    }

    /** The Accept header excludes every offer: 406. */
    public record NotAcceptable<T>(String accept, List<Offer<T>> offered) implements Refusal<T> {
        @Override
        public int status() {
            return HttpServletResponse.SC_NOT_ACCEPTABLE;
        }

        @Override
        public String message() {
            return "None of the media types the Accept header lists can be produced here; available: "
                    + offered.stream().map(o -> o.mediaType() + " (format=" + o.name() + ")")
                    .collect(Collectors.joining(", ")) + ".";
        }
    }

    /** {@code ?format=} or the extension names no offer: 400. */
    public record UnknownFormat<T>(String value, List<Offer<T>> offered) implements Refusal<T> {
        @Override
        public int status() {
            return HttpServletResponse.SC_BAD_REQUEST;
        }

        @Override
        public String message() {
            return "Unknown format '" + value + "'; use one of: "
                    + offered.stream().map(Offer::name).collect(Collectors.joining(", ")) + ".";
        }
    }

    /** JSON or a page, JSON first: a client that states no preference is a program. */
    public static final Negotiation<String> JSON_OR_PAGE = of(
            Offer.ofType(Representation.JSON_TYPE, "json"), Offer.ofType(Pages.HTML, "html"));

    /** How much less an alias counts than the offer's own media type. */
    static final double ALIAS_WEIGHT = 0.99;

    private final List<Offer<T>> offers;

    private Negotiation(List<Offer<T>> offers) {
        if (offers.isEmpty()) throw new IllegalArgumentException("nothing offered");
        this.offers = List.copyOf(offers);
    }

    /** The offers in the server's order of preference. */
    public static <T> Negotiation<T> of(List<Offer<T>> offers) {
        return new Negotiation<>(offers);
    }

    @SafeVarargs
    public static <T> Negotiation<T> of(Offer<T>... offers) {
        return new Negotiation<>(List.of(offers));
    }

    public List<Offer<T>> offers() {
        return offers;
    }

    /** The offer a {@code ?format=} value or an extension names (case and surrounding blanks ignored). */
    public Optional<Offer<T>> named(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        return offers.stream().filter(o -> o.names().contains(n)).findFirst();
    }

    /** For a route without extensions: {@code ?format=}, then Accept. Only for requests whose body is not a form. */
    public Outcome<T> choose(HttpServletRequest req) {
        return choose(null, req.getParameter("format"), req.getHeader("Accept"));
    }

    /**
     * @param extension the extension of the requested path when the route reads one, else null
     * @param format    the {@code format} query parameter, or null
     * @param accept    the Accept header, or null
     */
    public Outcome<T> choose(String extension, String format, String accept) {
        if (format != null && !format.isBlank()) {
            return named(format).<Outcome<T>>map(o -> new Chosen<>(o, false))
                    .orElseGet(() -> new UnknownFormat<>(format, offers));
        }
        if (extension != null) {
            return named(extension).<Outcome<T>>map(o -> new Chosen<>(o, false))
                    .orElseGet(() -> new UnknownFormat<>(extension, offers));
        }
        List<Range> ranges = accept == null ? List.of() : parse(accept);
        if (ranges.isEmpty()) return new Chosen<>(offers.getFirst(), true);
        Offer<T> best = null;
        double bestQ = 0;
        for (Offer<T> o : offers) {
            double q = quality(ranges, o);
            if (q > bestQ) {
                best = o;
                bestQ = q;
            }
        }
        return best == null ? new NotAcceptable<>(accept, offers) : new Chosen<>(best, true);
    }

    /**
     * Chooses for the request and sets {@code Vary: Accept} when the header took part; when nothing
     * fits, answers the refusal (400 or 406, in the client's error format) and returns empty.
     */
    public Optional<T> negotiate(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Outcome<T> outcome = choose(req);
        outcome.markVary(resp);
        return switch (outcome) {
            case Chosen<T> c -> Optional.of(c.value());
            case Refusal<T> r -> {
                Responses.plain(req, resp, r.status(), r.message());
                yield Optional.empty();
            }
        };
    }

    /** What Accept prefers, or the first offer when it accepts none: for answers that go out anyway (errors). */
    public T preferred(String accept) {
        return choose(null, null, accept) instanceof Chosen<T> c ? c.value() : offers.getFirst().value();
    }

    /** The quality of an offer: of its own media type, or a little less of an alias; an explicit q=0 on its own type excludes it. */
    static double quality(List<Range> ranges, Offer<?> offer) {
        Range own = mostSpecific(ranges, offer.mediaType());
        if (own != null && own.specificity() == 3 && own.q() == 0) return 0;
        double q = own == null ? 0 : own.q();
        for (String alias : offer.aliases()) {
            Range r = mostSpecific(ranges, alias);
            if (r != null) q = Math.max(q, r.q() * ALIAS_WEIGHT);
        }
        return q;
    }

    /** The range that decides for a media type: the most specific that matches; of equals, the higher quality. */
    private static Range mostSpecific(List<Range> ranges, String mediaType) {
        int slash = mediaType.indexOf('/');
        String type = mediaType.substring(0, slash);
        String subtype = mediaType.substring(slash + 1);
        Range best = null;
        for (Range r : ranges) {
            if (!r.matches(type, subtype)) continue;
            if (best == null || r.specificity() > best.specificity()
                    || (r.specificity() == best.specificity() && r.q() > best.q())) {
                best = r;
            }
        }
        return best;
    }

    /** One media range of an Accept header; parameters other than q do not change what it matches. */
    record Range(String type, String subtype, double q) {
        boolean matches(String offerType, String offerSubtype) {
            return (type.equals("*") || type.equals(offerType)) && (subtype.equals("*") || subtype.equals(offerSubtype));
        }

        /** 3 for type/subtype, 2 for type/*, 0 for *{@literal /}*. */
        int specificity() {
            return (type.equals("*") ? 0 : 2) + (subtype.equals("*") ? 0 : 1);
        }
    }

    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9a-z-]+";
    private static final Pattern RANGE = Pattern.compile(
            "(" + TOKEN + ")/(" + TOKEN + ")((?:\\s*;\\s*" + TOKEN + "=(?:" + TOKEN + "|\"[^\"]*\"))*)\\s*;?");
    private static final Pattern PARAMETER = Pattern.compile(";\\s*(" + TOKEN + ")=(" + TOKEN + "|\"[^\"]*\")");
    private static final Pattern QVALUE = Pattern.compile("0(?:\\.[0-9]{0,3})?|1(?:\\.0{0,3})?");

    /**
     * The media ranges of an Accept header, case folded (media types are case-insensitive). Items
     * that are not media ranges ({@code garbage}, {@code *}{@code /html}, a quality that is not a
     * qvalue such as {@code q=2} or {@code q=high}) are skipped, as if absent.
     */
    static List<Range> parse(String accept) {
        List<Range> out = new ArrayList<>();
        for (String item : accept.split(",")) {
            Matcher m = RANGE.matcher(item.strip().toLowerCase(Locale.ROOT));
            if (!m.matches()) continue;
            String type = m.group(1);
            String subtype = m.group(2);
            if (type.equals("*") && !subtype.equals("*")) continue;
            double q = 1;
            boolean valid = true;
            Matcher p = PARAMETER.matcher(m.group(3));
            while (p.find()) {
                if (!p.group(1).equals("q")) continue;
                if (QVALUE.matcher(p.group(2)).matches()) q = Double.parseDouble(p.group(2));
                else valid = false;
            }
            if (valid) out.add(new Range(type, subtype, q));
        }
        return out;
    }
}
