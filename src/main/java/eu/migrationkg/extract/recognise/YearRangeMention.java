package eu.migrationkg.extract.recognise;

/** A period of whole years: "2028-2034", "from 2028 to 2034". */
public record YearRangeMention(int start, int end, int from, int to) implements Mention {}
