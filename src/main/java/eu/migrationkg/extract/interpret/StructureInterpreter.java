package eu.migrationkg.extract.interpret;

import eu.migrationkg.extract.Attributes;
import eu.migrationkg.extract.Candidate;
import eu.migrationkg.extract.Extraction;
import eu.migrationkg.extract.PartialDate;
import eu.migrationkg.extract.Passage;
import eu.migrationkg.extract.RunOnList;
import eu.migrationkg.extract.Terms;
import eu.migrationkg.extract.recognise.CueMention;
import eu.migrationkg.extract.recognise.DateMention;
import eu.migrationkg.extract.recognise.DurationMention;
import eu.migrationkg.extract.recognise.ListCueMention;
import eu.migrationkg.extract.recognise.SentenceAnalysis;
import eu.migrationkg.extract.rules.StructureRules;
import eu.migrationkg.extract.text.Block;
import eu.migrationkg.extract.text.BlockKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Reads the structure of a strategy: who presented it and when, its period and legal basis, the lists it
 * announces (objectives, numbered priorities), and the bullets under each priority as actions with the
 * actors, instruments and legal acts they name.
 */
public final class StructureInterpreter {

    private final Terms terms;
    private final Roles roles;
    private final Optional<Node> publisher;
    private final List<String> listJoins;

    /**
     * @param publisher the document's publisher as a resource, for "we"; resolved per document by the caller
     * @param listJoins words that may join the last item of a list run into a sentence ("and")
     */
    public StructureInterpreter(Terms terms, Roles roles, Optional<Node> publisher, List<String> listJoins) {
        this.terms = terms;
        this.roles = roles;
        this.publisher = publisher;
        this.listJoins = listJoins;
    }

    /** Called before the sentences of a block: numbered items and bullets are made here. */
    public void beginBlock(DocumentState state, Block b, List<SentenceAnalysis> sentences) {
        state.action = null;
        if (sentences.isEmpty()) return;
        SentenceAnalysis first = sentences.get(0);
        switch (b.kind()) {
            case NUMBERED -> {
                state.actionsOpen = false;
                if (state.pendingList != null) numberedItem(state, b, first);
            }
            case LIST_ITEM -> {
                if (state.actionsOpen && state.priority != null) action(state, b, first);
            }
            case HEADING -> {
                state.actionsOpen = false;
                state.priority = null;
                if (state.pendingList != null && state.pendingList.seen()[0] > 0) state.pendingList = null;
            }
            default -> state.actionsOpen = false;
        }
    }

    /** Called after the sentences of a block: a sentence ending with a colon opens a list of actions. */
    public void endBlock(DocumentState state, Block b, List<SentenceAnalysis> sentences) {
        state.action = null;
        if (sentences.isEmpty() || b.kind() != BlockKind.PARAGRAPH || state.priority == null) return;
        SentenceAnalysis last = sentences.get(sentences.size() - 1);
        if (last.text().stripTrailing().endsWith(":") && last.all(ListCueMention.class).isEmpty()) {
            state.actionsOpen = true;
            state.leadInActors = leadInActors(state, last);
        }
    }

    public void interpret(DocumentState state, SentenceAnalysis s) {
        Passage p = state.passage(s.sentence());
        List<Placed> entities = state.entities(s);
        presentation(state, s, p, entities);
        comingPeriod(state, s, p, entities);
        legalBasis(state, s, p, entities);
        lists(state, s, entities);
        if (state.action != null) actionLinks(state, p, entities);
    }

    // --- who presented what, when, for how long

    private void presentation(DocumentState state, SentenceAnalysis s, Passage p, List<Placed> entities) {
        Extraction ex = state.extraction();
        for (CueMention cue : cues(s, CueMention.Cue.PRESENTATION)) {
            Placed actor = last(entities, e -> e.end() <= cue.start() && roles.is(e.candidate(), Roles.ACTOR)
                    && !roles.isSubjectMatter(e.candidate()));
            Placed target = first(entities, e -> e.start() >= cue.end() && roles.isSubjectMatter(e.candidate())
                    && !roles.is(e.candidate(), Roles.LEGAL_ACT));
            if (target == null) continue;
            Candidate t = target.candidate();
            if (actor != null) ex.fact(p, t, terms.mig("adoptedBy"), actor.candidate());
            DateMention date = null;
            for (DateMention d : s.all(DateMention.class)) {
                if (d.cue() == null && !state.isUsed(d)) {
                    date = d;
                    break;
                }
            }
            if (date != null) {
                state.use(date);
                // dct:issued is a day; "presented in January 2026" only dates the period below.
                if (date.date().day() > 0) ex.fact(p, t, Terms.ISSUED, date.date().literal());
            }
            int startYear = date != null ? date.date().year() : state.source().meta().published().getYear();
            for (DurationMention d : s.all(DurationMention.class)) {
                if ("year".equals(d.unit()) && d.end() >= target.start() - 3 && d.start() <= target.end()) {
                    period(ex, p, t, startYear, d.amount());
                }
            }
        }
    }

    /** "for the next five years": a period starting in the year of publication, of the strategy named. */
    private void comingPeriod(DocumentState state, SentenceAnalysis s, Passage p, List<Placed> entities) {
        for (DurationMention d : s.all(DurationMention.class)) {
            if (!d.coming() || !"year".equals(d.unit())) continue;
            Placed strategy = first(entities, e -> roles.is(e.candidate(), Roles.STRATEGY));
            if (strategy != null) {
                period(state.extraction(), p, strategy.candidate(), state.source().meta().published().getYear(), d.amount());
            }
        }
    }

    private void period(Extraction ex, Passage p, Candidate c, int startYear, int years) {
        ex.fact(p, c, terms.mig("periodStart"), PartialDate.gYear(startYear));
        ex.fact(p, c, terms.mig("periodEnd"), PartialDate.gYear(startYear + years - 1));
    }

    // --- legal basis

    private void legalBasis(DocumentState state, SentenceAnalysis s, Passage p, List<Placed> entities) {
        Extraction ex = state.extraction();
        for (CueMention cue : cues(s, CueMention.Cue.LEGAL_BASIS_BEFORE)) {
            Placed act = first(entities, e -> e.start() >= cue.end() && e.start() - cue.end() <= 20
                    && roles.is(e.candidate(), Roles.LEGAL_ACT));
            if (act == null) continue;
            Placed subject = last(entities, e -> e.end() <= cue.start() && roles.isSubjectMatter(e.candidate())
                    && !roles.is(e.candidate(), Roles.LEGAL_ACT));
            if (subject != null) ex.fact(p, subject.candidate(), terms.mig("legalBasis"), act.candidate());
        }
        for (CueMention cue : cues(s, CueMention.Cue.LEGAL_BASIS_VERB)) {
            Placed act = last(entities, e -> e.end() <= cue.start() && roles.is(e.candidate(), Roles.LEGAL_ACT));
            if (act == null) continue;
            Placed target = first(entities, e -> e.start() >= cue.end() && roles.isSubjectMatter(e.candidate())
                    && !roles.is(e.candidate(), Roles.LEGAL_ACT));
            if (target != null) ex.fact(p, target.candidate(), terms.mig("legalBasis"), act.candidate());
        }
    }

    // --- announced lists

    private void lists(DocumentState state, SentenceAnalysis s, List<Placed> entities) {
        for (ListCueMention cue : s.all(ListCueMention.class)) {
            Placed named = last(entities, e -> e.end() <= cue.start() && roles.is(e.candidate(), Roles.STRATEGY));
            Candidate owner = named != null ? named.candidate() : state.strategy;
            if (owner == null) continue;
            String text = s.text();
            if (cue.colon()) {
                int colon = text.indexOf(':', cue.end());
                if (text.substring(colon + 1).isBlank()) {
                    state.pendingList = new DocumentState.PendingList(owner, cue.kind(), cue.count(), new int[] {0},
                            state.extraction().newListId());
                } else if (!inline(state, s, owner, cue, colon + 1)) {
                    runOn(state, s, owner, cue, colon + 1);
                }
            } else {
                runOn(state, s, owner, cue, cue.end());
            }
        }
    }

    /** Past a joining word ("and ") at {@code at}, or {@code at} itself. */
    private int afterJoin(String text, int at) {
        for (String join : listJoins) {
            if (text.startsWith(join + " ", at)) return at + join.length() + 1;
        }
        return at;
    }

    /** "to A, to B, and to C": items that share their first word, separated by commas. */
    private boolean inline(DocumentState state, SentenceAnalysis s, Candidate owner, ListCueMention cue, int from) {
        String text = s.text();
        int start = from;
        while (start < text.length() && text.charAt(start) == ' ') start++;
        int end = text.length();
        while (end > start && ".;".indexOf(text.charAt(end - 1)) >= 0) end--;
        int sp = text.indexOf(' ', start);
        if (sp < 0 || sp > end) return false;
        String marker = text.substring(start, sp);
        if (!marker.chars().allMatch(Character::isLowerCase)) return false;
        List<int[]> items = new ArrayList<>();
        int itemStart = start;
        int i = start + marker.length();
        while (i < end) {
            int comma = text.indexOf(", ", i);
            if (comma < 0 || comma >= end) break;
            int next = comma + 2;
            next = afterJoin(text, next);
            if (text.startsWith(marker + " ", next)) {
                items.add(new int[] {itemStart, comma});
                itemStart = next;
            }
            i = comma + 2;
        }
        items.add(new int[] {itemStart, end});
        if (items.size() != cue.count()) return false;
        String listId = state.extraction().newListId();
        for (int k = 0; k < items.size(); k++) {
            int[] it = items.get(k);
            String label = text.substring(it[0] + marker.length(), it[1]).strip();
            Passage p = state.passage(s, it[0], it[1]);
            item(state, owner, cue.kind(), label, p, k + 1, listId, false);
        }
        return true;
    }

    private void runOn(DocumentState state, SentenceAnalysis s, Candidate owner, ListCueMention cue, int from) {
        int end = s.text().length();
        while (end > from && ".;: ".indexOf(s.text().charAt(end - 1)) >= 0) end--;
        if (end <= from) return;
        state.extraction().runOn(new RunOnList(owner, cue.kind(), cue.count(), state.document(), s.plain(), from, end,
                state.extraction().newListId()));
    }

    private void numberedItem(DocumentState state, Block b, SentenceAnalysis first) {
        DocumentState.PendingList list = state.pendingList;
        String label = stripEnd(contentText(first, b));
        Candidate item = item(state, list.owner(), list.kind(), label, state.passage(first.sentence()), b.number(),
                list.listId(), true);
        state.priority = item;
        state.actions = 0;
        if (++list.seen()[0] >= list.count()) state.pendingList = null;
    }

    /** An item of an announced list, linked to its owner, with its position (and number, if numbered). */
    private Candidate item(DocumentState state, Candidate owner, StructureRules.ListKind kind, String label, Passage p,
                           int position, String listId, boolean numbered) {
        Extraction ex = state.extraction();
        Candidate item = ex.candidate(kind.kind(), kind.type(), label, p).owner(owner)
                .attribute(Attributes.LIST, listId).attribute(Attributes.POSITION, String.valueOf(position))
                .attribute(Attributes.LABEL_RANK, numbered ? "0" : "1")
                .attribute(Attributes.FOUND_BY, numbered ? "numbered-list-item" : "inline-list-item");
        ex.fact(p, owner, terms.mig(kind.property()), item);
        ex.fact(p, item, terms.mig("order"), integer(position));
        if (numbered && kind.numberProperty() != null) {
            item.attribute(Attributes.NUMBER, String.valueOf(position));
            ex.fact(p, item, terms.mig(kind.numberProperty()), integer(position));
        } else if (kind.numberProperty() != null) {
            item.attribute(Attributes.NUMBER_PROPERTY, kind.numberProperty());
        }
        return item;
    }

    // --- actions

    private void action(DocumentState state, Block b, SentenceAnalysis first) {
        Extraction ex = state.extraction();
        Passage p = state.passage(first.sentence());
        int order = ++state.actions;
        Candidate action = ex.candidate("action", "Action", stripEnd(contentText(first, b)), p).owner(state.priority)
                .attribute(Attributes.POSITION, String.valueOf(order)).attribute(Attributes.LABEL_RANK, "0")
                .attribute(Attributes.FOUND_BY, "bullet-under-priority");
        ex.fact(p, state.priority, terms.mig("hasAction"), action);
        ex.fact(p, action, terms.mig("order"), integer(order));
        for (Candidate actor : state.leadInActors) ex.fact(p, action, terms.mig("responsibleActor"), actor);
        state.action = action;
    }

    private List<Candidate> leadInActors(DocumentState state, SentenceAnalysis s) {
        List<Candidate> actors = new ArrayList<>();
        for (Placed e : state.entities(s)) {
            if (roles.is(e.candidate(), Roles.ACTOR) && !roles.isSubjectMatter(e.candidate())) actors.add(e.candidate());
        }
        if (!cues(s, CueMention.Cue.PUBLISHER).isEmpty() && publisher.isPresent()) {
            Candidate we = state.extraction().known("actor", publisher.get(), null, state.passage(s.sentence()))
                    .attribute(Attributes.FOUND_BY, "publisher-pronoun");
            actors.add(0, we);
        }
        return List.copyOf(actors);
    }

    /** The instruments and legal acts a bullet names are what its action uses and rests on. */
    private void actionLinks(DocumentState state, Passage p, List<Placed> entities) {
        Extraction ex = state.extraction();
        for (Placed e : entities) {
            Candidate c = e.candidate();
            if (roles.is(c, Roles.INSTRUMENT)) {
                ex.fact(p, state.action, terms.mig("usesInstrument"), c);
            } else if (roles.is(c, Roles.LEGAL_ACT)) {
                ex.fact(p, state.action, terms.mig("legalBasis"), c);
            }
        }
    }

    // --- helpers

    /** The sentence's plain text after a list or number marker. */
    private static String contentText(SentenceAnalysis s, Block b) {
        String text = s.text();
        int i = 0;
        while (i < text.length() && s.plain().bodyStart(i) < b.contentStart()) i++;
        return text.substring(i);
    }

    private static String stripEnd(String label) {
        String l = label.strip();
        while (!l.isEmpty() && ".:;,".indexOf(l.charAt(l.length() - 1)) >= 0) l = l.substring(0, l.length() - 1).strip();
        return l;
    }

    static List<CueMention> cues(SentenceAnalysis s, CueMention.Cue kind) {
        List<CueMention> out = null;
        for (CueMention c : s.all(CueMention.class)) {
            if (c.cue() != kind) continue;
            if (out == null) out = new ArrayList<>(2);
            out.add(c);
        }
        return out == null ? List.of() : out;
    }

    static Placed first(List<Placed> entities, Predicate<Placed> p) {
        for (Placed e : entities) if (p.test(e)) return e;
        return null;
    }

    static Placed last(List<Placed> entities, Predicate<Placed> p) {
        Placed found = null;
        for (Placed e : entities) if (p.test(e)) found = e;
        return found;
    }

    /** The small xsd:integer literals (orders, numbers), made once. */
    private static final Node[] SMALL = new Node[64];

    static {
        for (int i = 0; i < SMALL.length; i++) SMALL[i] = NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger);
    }

    static Node integer(int n) {
        return n >= 0 && n < SMALL.length ? SMALL[n] : NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger);
    }
}
