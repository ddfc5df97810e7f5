package eu.migrationkg.extract.recognise;

/** A period of whole years: "2027-2030", "from 2027 to 2030". */
public record YearRangeMention(int start, int end, int from, int to) implements Mention {}
