package eu.migrationkg.extract;

import eu.migrationkg.extract.rules.StructureRules;
import eu.migrationkg.sources.markdown.PlainText;
import eu.migrationkg.extract.text.SegmentedDocument;

/**
 * Items of a list announced in a sentence but written without separators, as a web page flattened to
 * text leaves them ("three priorities safer ports green shipping lanes ..."). They are
 * cut later, when the wordings of the same list in other documents are known.
 *
 * @param plain      the sentence's plain text; the items are in {@code [from, to)}
 */
public record RunOnList(Candidate owner, StructureRules.ListKind kind, int count, SegmentedDocument document,
                        PlainText plain, int from, int to, String listId) {}
