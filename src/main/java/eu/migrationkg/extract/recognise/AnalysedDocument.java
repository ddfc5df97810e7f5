package eu.migrationkg.extract.recognise;

import eu.migrationkg.extract.text.SegmentedDocument;
import java.util.List;

/** A segmented document with the analysis of each of its sentences, in the same order. */
public record AnalysedDocument(SegmentedDocument document, List<SentenceAnalysis> sentences) {}
