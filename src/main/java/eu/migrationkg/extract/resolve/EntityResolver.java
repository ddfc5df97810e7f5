package eu.migrationkg.extract.resolve;

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
 *   <li>rules decided while reading (a short form such as "the Strategy" for the last strategy named),
 *       passed in as merges;</li>
 *   <li>the rules of {@link DescriptionMatcher} and {@link ListAligner}, for things described rather than
 *       named, and for the items of lists such as a strategy's priorities.</li>
 * </ul>
 * A group never joins two different known resources.
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
                if (f != null) groups.join(c, f, "known-resource", "both denote " + iri.getURI());
            });
        }
    }

    private static void byName(Extraction ex, Groups groups) {
        Map<String, Candidate> first = new HashMap<>();
        for (Candidate c : List.copyOf(ex.candidates())) {
            if (c.owner().isPresent()) continue;
            String key = c.slug().map(s -> c.kind() + " #" + s)
                    .orElseGet(() -> c.label().map(l -> c.kind() + " " + Tokens.key(l)).orElse(null));
            if (key == null) continue;
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

    /** Gives each group its IRI: the known resource, or one minted from the best wording. */
    private Resolution name(Extraction ex, Groups groups) {
        Map<Integer, List<Candidate>> members = new TreeMap<>();
        for (Candidate c : ex.candidates()) members.computeIfAbsent(groups.root(c), k -> new ArrayList<>()).add(c);
        List<Resolution.Group> out = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (List<Candidate> group : members.values()) {
            Candidate rep = group.stream().min(REPRESENTATIVE).orElseThrow();
            Node iri = group.stream().flatMap(c -> c.fixed().stream()).findFirst().orElse(null);
            if (iri == null) {
                String base = rep.slug().orElseGet(() -> Iris.slug(rep.label().orElse(rep.kind())));
                String slug = base;
                for (int n = 2; !taken.add(rep.kind() + "/" + slug); n++) slug = base + "-" + n;
                iri = iris.resource(rep.kind(), slug);
            }
            for (Candidate c : group) c.resolve(iri);
            out.add(new Resolution.Group(iri, rep, List.copyOf(group)));
        }
        return new Resolution(out, groups.merges());
    }

    /** The wording that names a group: the most defining one, then a full name over an acronym, then the first. */
    static final Comparator<Candidate> REPRESENTATIVE = Comparator
            .comparingInt((Candidate c) -> c.label().isPresent() ? 0 : 1)
            .thenComparingInt(c -> Integer.parseInt(c.attribute("labelRank").orElse("1")))
            .thenComparingInt(c -> c.label().map(l -> l.equals(l.toUpperCase(java.util.Locale.ROOT)) ? 1 : 0).orElse(1))
            .thenComparingInt(Candidate::id);
}
