package eu.migrationkg.extract.recognise;

/** A word that tells how the things around it relate: a presentation verb, "we", "It", "based on"... */
public record CueMention(int start, int end, Cue cue, String words) implements Mention {

    public enum Cue {
        /** "is presenting", "adopted": the actor before adopted the thing after. */
        PRESENTATION,
        /** "we": the publisher of the document. */
        PUBLISHER,
        /** "It" opening a sentence: the main thing of the sentence before. */
        PRONOUN,
        /** "based on", "under": the legal act after is a legal basis. */
        LEGAL_BASIS_BEFORE,
        /** "requires": the legal act before is the legal basis of the thing after. */
        LEGAL_BASIS_VERB
    }
}
