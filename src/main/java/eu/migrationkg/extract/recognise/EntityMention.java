package eu.migrationkg.extract.recognise;

import org.apache.jena.graph.Node;

/**
 * A name of a thing: a curated resource found by one of its labels, or a new name recognised by its
 * shape, or a person named under a quotation.
 *
 * @param label   the wording, without markup
 * @param kind    the IRI kind of the thing (instrument, legal-act, actor, strategy, person...)
 * @param type    local name of its class, for new things; null for known ones
 * @param known   the curated resource, or null for a new thing
 * @param acronym an acronym given with the name ("... System (HSS)"), or null
 * @param rule    which recogniser found it, for explanations
 */
public record EntityMention(int start, int end, String label, String kind, String type, Node known,
                            String acronym, String rule) implements Mention {

    public boolean isKnown() {
        return known != null;
    }
}
