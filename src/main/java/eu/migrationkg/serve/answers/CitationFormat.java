package eu.migrationkg.serve.answers;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The formats a citation's address gives its own description in, when asked by {@code Accept}, as
 * DOI resolvers do: BibTeX and CSL-JSON (the address's {@code as=} fixes the answer's format, so
 * {@code Accept} is free to ask for the citation).
 */
enum CitationFormat {
    BIBTEX("application/x-bibtex", ResultCitation::bibtex),
    CSL_JSON("application/vnd.citationstyles.csl+json", ResultCitation::cslJson);

    private final String mediaType;
    private final Function<ResultCitation, String> text;

    CitationFormat(String mediaType, Function<ResultCitation, String> text) {
        this.mediaType = mediaType;
        this.text = text;
    }

    String mediaType() {
        return mediaType;
    }

    String of(ResultCitation citation) {
        return text.apply(citation);
    }

    /** The citation format {@code Accept} names, if it names one (the first named wins). */
    static Optional<CitationFormat> askedBy(String accept) {
        if (accept == null) return Optional.empty();
        for (String range : accept.split(",")) {
            int semi = range.indexOf(';');
            String type = (semi < 0 ? range : range.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
            for (CitationFormat f : values()) if (f.mediaType.equals(type)) return Optional.of(f);
        }
        return Optional.empty();
    }
}
