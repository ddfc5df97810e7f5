package eu.migrationkg.extract.resolve;

import eu.migrationkg.extract.Attributes;
import eu.migrationkg.extract.Candidate;
import eu.migrationkg.extract.Merge;
import eu.migrationkg.extract.Passage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Why a resource is what it is, for a person: every passage that names or stands for it, how that
 * mention was found, and the rule that joined it to the others.
 */
public final class Explanation {

    private static final int QUOTE_MAX = 100;

    private final Resolution resolution;
    private final Function<Path, String> display;

    /** @param display how a source file is shown (relative to the project) */
    public Explanation(Resolution resolution, Function<Path, String> display) {
        this.resolution = resolution;
        this.display = display;
    }

    public List<String> lines(Resolution.Group g) {
        List<String> out = new ArrayList<>();
        Candidate rep = g.representative();
        long documents = g.members().stream().map(c -> c.passage().sourceName()).distinct().count();
        out.add("<" + g.iri().getURI() + ">");
        String what = rep.fixed().isPresent() ? article(rep.kind()) + " of the curated data"
                : rep.label().map(l -> "named \"" + l + "\", ").orElse("") + article(rep.kind()) + " found by extraction";
        out.add("  " + what + "; "
                + g.members().size() + (g.members().size() == 1 ? " mention" : " mentions") + " in " + documents
                + (documents == 1 ? " document" : " documents"));
        List<Merge> merges = resolution.mergesOf(g);
        for (Candidate c : g.members()) {
            Passage p = c.passage();
            out.add(String.format(Locale.ROOT, "  %s line %d, characters %d-%d (%s): \"%s\"", display.apply(
                    p.document().source().file()), p.line(), p.codePointStart(), p.codePointEnd(), p.type(), shorten(p.text())));
            String wording = c.label().map(l -> "as \"" + l + "\"").orElse("standing for it");
            out.add("      " + wording + ", found by " + c.attribute(Attributes.FOUND_BY).orElse("reading"));
            boolean joined = false;
            for (Merge m : merges) {
                if (m.from() == c) {
                    out.add("      joined by " + m.rule() + ": " + m.detail() + " (with the mention at characters "
                            + m.to().passage().codePointStart() + "-" + m.to().passage().codePointEnd() + " of "
                            + m.to().passage().sourceName() + ")");
                    joined = true;
                }
            }
            if (!joined && c == firstOf(g)) {
                out.add("      the first mention: the others were joined to it");
            } else if (!joined && c.fixed().isPresent()) {
                out.add("      joined by " + EntityResolver.KNOWN_RESOURCE + ": it denotes <" + c.fixed().get().getURI() + ">");
            }
        }
        return out;
    }

    private static String article(String kind) {
        return ("aeio".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
    }

    private static Candidate firstOf(Resolution.Group g) {
        return g.members().get(0);
    }

    private static String shorten(String text) {
        String t = text.replace("\n", " ");
        return t.length() <= QUOTE_MAX ? t : t.substring(0, QUOTE_MAX - 1) + "…";
    }
}
