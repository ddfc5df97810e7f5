package eu.migrationkg.extract.recognise;

import eu.migrationkg.extract.PartialDate;

/**
 * A date: absolute ("1 October 2027", "12/03/2026"), or relative to the publication date ("March next
 * year", "this year"), resolved to the precision the text gives.
 *
 * @param cueStart where the expression starts, with its cue word ("as of September this year"); = start without cue
 * @param cue      a milestone cue before the date ("as of", "by"), or null
 * @param relative true when the text gives the date relative to publication
 */
public record DateMention(int start, int end, int cueStart, String cue, PartialDate date, boolean relative)
        implements Mention {}
