package eu.migrationkg.extract.rules;

import eu.migrationkg.sources.SourceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything extraction knows about the language of the documents, read from {@code data/extraction/}.
 * The Java code holds the mechanisms; these files hold the words. A broken file is reported with its
 * line and its part of extraction is switched off; the rest still runs.
 */
public record ExtractionRules(SegmentationRules segmentation, CalendarRules calendar, NumberRules numbers,
                              NameRules names, LegalReferenceRules legalReferences, MoneyRules money,
                              StatisticRules statistics, StructureRules structure, QuoteRules quotes,
                              ObligationRules obligations, TableRules tables) {

    /** The rules, and the problems met reading them. */
    public record Loaded(ExtractionRules rules, List<SourceException> problems) {}

    private interface Parser<T> {
        T parse(RuleNode root) throws SourceException;
    }

    public static final ExtractionRules EMPTY = new ExtractionRules(SegmentationRules.EMPTY, CalendarRules.EMPTY,
            NumberRules.EMPTY, NameRules.EMPTY, LegalReferenceRules.EMPTY, MoneyRules.EMPTY, StatisticRules.EMPTY,
            StructureRules.EMPTY, QuoteRules.EMPTY,
            ObligationRules.EMPTY, TableRules.EMPTY);

    public static Loaded load(Path folder) {
        List<SourceException> problems = new ArrayList<>();
        RuleFileReader reader = new RuleFileReader();
        ExtractionRules rules = new ExtractionRules(
                part(folder, "segmentation.yaml", SegmentationRules::from, SegmentationRules.EMPTY, reader, problems),
                part(folder, "calendar.yaml", CalendarRules::from, CalendarRules.EMPTY, reader, problems),
                part(folder, "numbers.yaml", NumberRules::from, NumberRules.EMPTY, reader, problems),
                part(folder, "names.yaml", NameRules::from, NameRules.EMPTY, reader, problems),
                part(folder, "legal-references.yaml", LegalReferenceRules::from, LegalReferenceRules.EMPTY, reader, problems),
                part(folder, "money.yaml", MoneyRules::from, MoneyRules.EMPTY, reader, problems),
                part(folder, "statistics.yaml", StatisticRules::from, StatisticRules.EMPTY, reader, problems),
                part(folder, "structure.yaml", StructureRules::from, StructureRules.EMPTY, reader, problems),
                part(folder, "quotes.yaml", QuoteRules::from, QuoteRules.EMPTY, reader, problems),
                part(folder, "obligations.yaml", ObligationRules::from, ObligationRules.EMPTY, reader, problems),
                part(folder, "tables.yaml", TableRules::from, TableRules.EMPTY, reader, problems));
        return new Loaded(rules, List.copyOf(problems));
    }

    private static <T> T part(Path folder, String file, Parser<T> parser, T empty, RuleFileReader reader,
                              List<SourceException> problems) {
        Path path = folder.resolve(file);
        if (!Files.isRegularFile(path)) {
            problems.add(new SourceException(path, 0, "rule file missing; this part of extraction is off"));
            return empty;
        }
        try {
            return parser.parse(reader.read(path));
        } catch (SourceException e) {
            problems.add(e);
            return empty;
        }
    }
}
