package eu.migrationkg.extract.resolve;

import eu.migrationkg.extract.Attributes;
import eu.migrationkg.extract.Candidate;
import eu.migrationkg.extract.Extraction;
import eu.migrationkg.extract.Merge;
import eu.migrationkg.extract.text.Tokens;
import eu.migrationkg.vocab.Iris;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;

/**
 * Step 3 of extraction: decides which candidates are the same thing and gives each thing one IRI.
 * Rules, each recorded with the candidates it joined:
 * <ul>
 *   <li>{@code known-resource}: both denote the same curated or authoritative resource;</li>
 *   <li>{@code same-name}: same kind and the same wording up to case, plural and punctuation;</li>
 *   <li>{@code acronym}: one is the acronym given with the other's name;</li>
 *   <li>rules decided while reading ({@code short-form}: "the Strategy" for the last strategy named;
 *       {@code pronoun}: "It" for the main thing of the sentence before), passed in as merges;</li>
 *   <li>the rules of later stages such as {@link ListAligner}, for the items of lists (a strategy's
 *       priorities) that the documents word differently.</li>
 * </ul>
 * A group never joins two different known resources. Amounts, dates, figures and quotations are never
 * joined by wording, and the items of a list only by the list rules.
 */
public final class EntityResolver {

    private final Iris iris;
    private final List<Stage> stages;

    /** A later rule that looks at the groups formed so far. */
    public interface Stage {
        void apply(Extraction extraction, Groups groups);
    }

    public EntityResolver(Iris iris, List<Stage> stages) {
        this.iris = iris;
        this.stages = List.copyOf(stages);
    }

    public Resolution resolve(Extraction ex) {
        Groups groups = new Groups(ex);
        for (Merge m : new ArrayList<>(ex.merges())) groups.join(m.from(), m.to(), m.rule(), m.detail());
        byKnownResource(ex, groups);
        byName(ex, groups);
        byAcronym(ex, groups);
        for (Stage s : stages) s.apply(ex, groups);
        return name(ex, groups);
    }

    private static void byKnownResource(Extraction ex, Groups groups) {
        Map<Node, Candidate> first = new HashMap<>();
        for (Candidate c : List.copyOf(ex.candidates())) {
            c.fixed().ifPresent(iri -> {
                Candidate f = first.putIfAbsent(iri, c);
                if (f != null) groups.join(c, f, KNOWN_RESOURCE, null, false);
            });
        }
    }

    private static void byName(Extraction ex, Groups groups) {
        Map<String, Candidate> first = new HashMap<>();
        Map<String, String> keys = new HashMap<>();
        for (Candidate c : List.copyOf(ex.candidates())) {
            if (c.owner().isPresent() || c.attribute(Attributes.DISTINCT).isPresent() || c.label().isEmpty()) continue;
            String key = c.kind() + " " + keys.computeIfAbsent(c.label().get(), Tokens::key);
            Candidate f = first.putIfAbsent(key, c);
            if (f != null) groups.join(c, f, "same-name", "same " + c.kind() + " wording '" + f.label().orElse(key) + "'");
        }
    }

    private static void byAcronym(Extraction ex, Groups groups) {
        Map<String, Candidate> defined = new HashMap<>();
        for (Candidate c : ex.candidates()) {
            c.acronym().ifPresent(a -> defined.putIfAbsent(c.kind() + " " + a, c));
        }
        for (Candidate c : List.copyOf(ex.candidates())) {
            if (c.label().isEmpty()) continue;
            Candidate d = defined.get(c.kind() + " " + c.label().get());
            if (d != null && d != c) {
                groups.join(c, d, "acronym", "'" + c.label().get() + "' is the acronym given with '"
                        + d.label().orElse("?") + "'");
            }
        }
    }

    /** The rule by which mentions of one curated or authoritative resource are one (not recorded as merges). */
    public static final String KNOWN_RESOURCE = "known-resource";

    /** Slugs longer than this are cut at a hyphen and given a hash of the words: a whole sentence makes a poor IRI. */
    static final int MAX_SLUG = 80;

    /**
     * Gives each group its IRI: the known resource, or one minted from what it is: its best wording (an
     * action's words, never its position), or the key its interpreter made from its content (an amount
     * and what it funds). Groups are named in the order of their first candidate; the order matters
     * only for two different things with the same words, and a different wording gets a hash of its
     * own words rather than a number, so an inserted item renames nothing else.
     */
    private Resolution name(Extraction ex, Groups groups) {
        Map<Integer, List<Candidate>> members = new TreeMap<>();
        for (Candidate c : ex.candidates()) members.computeIfAbsent(groups.root(c), k -> new ArrayList<>()).add(c);
        List<Resolution.Group> out = new ArrayList<>();
        Map<String, Integer> taken = new HashMap<>();
        List<List<Candidate>> groupList = new ArrayList<>(members.values());
        // each group's representative, found once for the two passes below
        Candidate[] reps = new Candidate[groupList.size()];
        for (int i = 0; i < reps.length; i++) reps[i] = representative(groupList.get(i));
        for (boolean ownerSlugs : new boolean[] {false, true}) {
            for (int i = 0; i < reps.length; i++) {
                List<Candidate> group = groupList.get(i);
                Candidate rep = reps[i];
                if (rep.attribute(Attributes.SLUG_FROM_OWNER).isPresent() != ownerSlugs) continue;
                Node iri = group.stream().flatMap(c -> c.fixed().stream()).findFirst().orElse(null);
                if (iri == null) iri = mint(rep, taken);
                for (Candidate c : group) c.resolve(iri);
                out.add(new Resolution.Group(iri, rep, List.copyOf(group)));
            }
        }
        return new Resolution(out, groups.merges());
    }

    /** The best wording of a group, as {@link #REPRESENTATIVE} orders them, in one pass without re-reading attributes. */
    private static Candidate representative(List<Candidate> group) {
        Candidate best = null;
        long bestKey = Long.MAX_VALUE;
        for (Candidate c : group) {
            String label = c.label().orElse(null);
            long key = label == null ? 1L << 62
                    : (long) Integer.parseInt(c.attribute(Attributes.LABEL_RANK).orElse("1")) << 40
                    | (long) acronymLike(label) << 32 | c.id();
            if (key < bestKey) {
                best = c;
                bestKey = key;
            }
        }
        return best;
    }

    /**
     * A new IRI. A slug already given to another wording gets a hash of its own wording; the same
     * wording again (two amounts of one document alike in every way) the next free number ("-2", "-3"...).
     */
    private final Map<String, String> slugs = new HashMap<>();
    private final Map<String, String> wordingOf = new HashMap<>();

    private Node mint(Candidate rep, Map<String, Integer> taken) {
        String base;
        if (rep.attribute(Attributes.SLUG_FROM_OWNER).isPresent() && rep.owner().isPresent()) {
            String owner = rep.owner().get().resolved().getURI();
            base = owner.substring(owner.lastIndexOf('/') + 1) + "-" + rep.attribute(Attributes.SLUG_FROM_OWNER).get();
        } else {
            base = rep.slug().orElseGet(() -> slugs.computeIfAbsent(rep.label().orElse(rep.kind()), l -> Iris.key(l, MAX_SLUG)));
        }
        String wording = rep.label().map(Iris::normalise).orElse("");
        String firstWording = wordingOf.putIfAbsent(rep.kind() + "/" + base, wording);
        if (firstWording != null && !firstWording.equals(wording)) {
            base = base + "-" + Iris.hash(wording, 8);
            wordingOf.putIfAbsent(rep.kind() + "/" + base, wording);
        }
        String slug = base;
        Integer seen = taken.get(rep.kind() + "/" + base);
        if (seen != null) {
            int n = seen;
            do {
                slug = base + "-" + ++n;
            } while (taken.containsKey(rep.kind() + "/" + slug));
            taken.put(rep.kind() + "/" + base, n);
        } else {
            taken.put(rep.kind() + "/" + base, 1);
        }
        taken.putIfAbsent(rep.kind() + "/" + slug, 1);
        return iris.resource(rep.kind(), slug);
    }

    /** 1 for an all-capitals wording such as "HSS", which names less well than the full name. */
    private static int acronymLike(String label) {
        for (int i = 0; i < label.length(); i++) if (Character.isLowerCase(label.charAt(i))) return 0;
        return 1;
    }



    /** The wording that names a group: the most defining one, then a full name over an acronym, then the first. */
    static final Comparator<Candidate> REPRESENTATIVE = Comparator
            .comparingInt((Candidate c) -> c.label().isPresent() ? 0 : 1)
            .thenComparingInt(c -> Integer.parseInt(c.attribute(Attributes.LABEL_RANK).orElse("1")))
            .thenComparingInt(c -> c.label().map(EntityResolver::acronymLike).orElse(1))
            .thenComparingInt(Candidate::id);
}
