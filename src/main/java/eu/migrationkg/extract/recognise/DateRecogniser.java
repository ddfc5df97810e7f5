package eu.migrationkg.extract.recognise;

import eu.migrationkg.extract.PartialDate;
import eu.migrationkg.extract.rules.CalendarRules;
import eu.migrationkg.sources.SourceDocument;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates, periods and durations. Absolute dates keep the precision written; relative ones ("March
 * next year", "this year", "today") are resolved against the document's publication date. A date that
 * does not exist is kept as an {@link InvalidDateMention}, to be reported with its line.
 */
public final class DateRecogniser implements Recogniser {

    private final CalendarRules rules;
    private final NumberReader numbers;
    private final Pattern dayMonthYear;
    private final Pattern compact;
    private final Pattern numeric;
    private final Pattern iso;
    private final Pattern monthAnchor;
    private final Pattern monthYear;
    private final Pattern range;
    private final Pattern fromTo;
    private final Pattern relative;
    private final Pattern duration;
    private final Pattern yearAfterPreposition;
    private final PhraseSet milestoneCues;
    private final String[] monthWords;
    private final String[] relativeWords;
    private final String[] unitWords;
    private final String[] anchorWords;
    private final PhraseSet coming;
    /** The span openings in lower case with their space ("from "): a cheap test before {@link #fromTo}. */
    private final String[] spanOpenings;

    public DateRecogniser(CalendarRules rules, NumberReader numbers) {
        this.rules = rules;
        this.numbers = numbers;
        String months = alternation(rules.months().keySet().stream().toList(), false);
        String anchors = alternation(rules.monthAnchors().keySet().stream().toList(), true);
        String relatives = alternation(rules.relative().keySet().stream().toList(), true);
        String units = alternation(rules.durationUnits().keySet().stream().toList(), true);
        String preps = alternation(rules.yearPrepositions(), true);
        String year = "(?:1[89]|2[01])\\d\\d";
        String monthStarts = FirstChars.of(rules.months().keySet(), false);
        dayMonthYear = Pattern.compile(FirstChars.DIGIT + "(?<![\\p{L}\\p{N}])(?<d>\\d{1,2})" + alternation(rules.ordinalSuffixes(), false) + "?\\s+(?<m>" + months
                + ")\\s+(?<y>\\d{4})(?!\\p{N})");
        compact = Pattern.compile(FirstChars.DIGIT + "(?<![\\p{L}\\p{N}])(?<d>\\d{1,2})(?<m>" + months + ")(?<y>\\d{4})(?!\\p{N})");
        numeric = Pattern.compile(FirstChars.DIGIT + "(?<![\\p{N}/])(?<d>\\d{1,2})/(?<m>\\d{1,2})/(?<y>\\d{4})(?![\\p{N}/])");
        iso = Pattern.compile(FirstChars.DIGIT + "(?<![\\p{N}-])(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})(?!\\p{N})");
        monthAnchor = Pattern.compile(monthStarts + "(?<!\\p{L})(?<m>" + months + ")\\s+(?<a>" + anchors + ")(?!\\p{L})");
        monthYear = Pattern.compile(monthStarts + "(?<!\\p{L})(?<m>" + months + ")\\s+(?<y>\\d{4})(?!\\p{N})");
        range = Pattern.compile(FirstChars.DIGIT + "(?<![\\p{N}/])(?<a>" + year + ")\\s?[-–]\\s?(?<b>" + year + ")(?![\\p{N}/])");
        fromTo = Pattern.compile("(?i)(?<!\\p{L})" + alternation(rules.spanOpenings(), false) + "\\s+(?<a>" + year + ")\\s+"
                + alternation(rules.spanJoins(), false) + "\\s+(?<b>"
                + year + ")(?!\\p{N})");
        relative = Pattern.compile(FirstChars.of(rules.relative().keySet(), true) + "(?<!\\p{L})(?<r>" + relatives + ")(?!\\p{L})");
        duration = Pattern.compile("(?<![\\p{L}\\p{N}])(?<n>" + numbers.countPattern() + ")[-\\s](?<u>" + units
                + ")(?!\\p{L})", Pattern.CASE_INSENSITIVE);
        yearAfterPreposition = Pattern.compile(FirstChars.of(rules.yearPrepositions(), true) + "(?<!\\p{L})(?<p>" + preps + ")\\s+(?<y>" + year + ")(?![\\p{N}/–-])");
        milestoneCues = new PhraseSet(rules.milestoneCues());
        spanOpenings = rules.spanOpenings().stream().map(w -> w.toLowerCase(Locale.ROOT) + " ").toArray(String[]::new);
        monthWords = rules.months().keySet().stream().sorted().toArray(String[]::new);
        relativeWords = rules.relative().keySet().stream().sorted().toArray(String[]::new);
        unitWords = rules.durationUnits().keySet().stream().sorted().toArray(String[]::new);
        anchorWords = rules.monthAnchors().keySet().stream().map(a -> a.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT))
                .sorted().toArray(String[]::new);
        coming = new PhraseSet(rules.comingPeriod());
    }

    /** Alternatives longest first, quoted; optionally with a case-insensitive first letter. */
    private static String alternation(List<String> words, boolean anyCaseFirst) {
        if (words.isEmpty()) return "(?!)";
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder sb = new StringBuilder("(?:");
        for (int i = 0; i < sorted.size(); i++) {
            if (i > 0) sb.append('|');
            String w = sorted.get(i).replace(" ", "\\s+");
            if (anyCaseFirst && !w.isEmpty() && Character.isLetter(w.charAt(0))) {
                char c = w.charAt(0);
                sb.append('[').append(Character.toUpperCase(c)).append(Character.toLowerCase(c)).append(']').append(w.substring(1));
            } else {
                sb.append(w);
            }
        }
        return sb.append(')').toString();
    }

    private boolean mayOpenSpan(String lower) {
        for (String w : spanOpenings) {
            if (lower.contains(w)) return true;
        }
        return false;
    }

    @Override
    public void recognise(SourceDocument doc, SentenceAnalysis s) {
        String text = s.text();
        if (!s.hasDigit() && !mayHoldDate(s.lower()) && !mayHoldDuration(s.lower())) return;
        LocalDate published = doc.meta().published();
        List<Mention> found = new ArrayList<>();
        boolean digits = s.hasDigit();
        boolean month = hasMonth(text);
        boolean dash = text.indexOf('-') >= 0 || text.indexOf('–') >= 0;
        if (digits && month) {
            each(dayMonthYear, text, m -> day(m, text, month(m.group("m")), found));
            each(compact, text, m -> day(m, text, month(m.group("m")), found));
        }
        if (digits && text.indexOf('/') >= 0) each(numeric, text, m -> day(m, text, Integer.parseInt(m.group("m")), found));
        if (digits && dash) each(iso, text, m -> day(m, text, Integer.parseInt(m.group("m")), found));
        if (month && mayHoldAnchor(s.lower())) each(monthAnchor, text, m -> {
            int offset = rules.monthAnchors().get(m.group("a").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
            YearMonth ym = YearMonth.of(published.getYear() + offset, month(m.group("m")));
            point(found, text, m.start(), m.end(), PartialDate.of(ym), true);
        });
        if (digits && month) {
            each(monthYear, text, m -> point(found, text, m.start(), m.end(),
                    PartialDate.of(YearMonth.of(Integer.parseInt(m.group("y")), month(m.group("m")))), false));
        }
        boolean year = digits && hasYear(text);
        if (year && mayOpenSpan(s.lower())) each(fromTo, text, m -> yearRange(found, m));
        if (year && dash && digitsAroundDash(text)) each(range, text, m -> yearRange(found, m));
        if (mayHoldDate(s.lower())) each(relative, text, m -> {
            CalendarRules.Relative r = rules.relative().get(m.group("r").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
            PartialDate d = switch (r.unit()) {
                case "day" -> PartialDate.of(published.plusDays(r.offset()));
                case "month" -> PartialDate.of(YearMonth.from(published).plusMonths(r.offset()));
                default -> PartialDate.year(published.getYear() + r.offset());
            };
            point(found, text, m.start(), m.end(), d, true);
        });
        if (mayHoldDuration(s.lower())) durations(text, found);
        if (year) each(yearAfterPreposition, text, m -> point(found, text, m.start("y"), m.end(),
                PartialDate.year(Integer.parseInt(m.group("y"))), false));
        for (Mention m : found) s.add(m);
    }

    /** Cheap test that skips the regular expressions for sentences with no digit and no calendar word. */
    private boolean mayHoldDate(String lower) {
        for (String r : relativeWords) if (lower.contains(r)) return true;
        return false;
    }

    /**
     * "four years", "3-year": found where a unit word is, by trying the pattern on the few characters
     * before it, rather than on the whole sentence.
     */
    private void durations(String text, List<Mention> found) {
        for (String unit : unitWords) {
            for (int i = indexOfIgnoreCase(text, unit, 0); i >= 0; i = indexOfIgnoreCase(text, unit, i + 1)) {
                int end = i + unit.length();
                if (end < text.length() && Character.isLetter(text.charAt(end))) continue;
                Matcher m = duration.matcher(text).region(Math.max(0, i - 24), end);
                m.useTransparentBounds(true);
                while (m.find()) {
                    if (m.end() != end) continue;
                    int n = numbers.count(m.group("n"));
                    if (n <= 0 || overlaps(found, m.start(), m.end())) break;
                    String u = rules.durationUnits().get(m.group("u").toLowerCase(Locale.ROOT));
                    found.add(new DurationMention(m.start(), m.end(), n, u, coming.endingBefore(text, m.start()) != null));
                    break;
                }
            }
        }
    }

    private static int indexOfIgnoreCase(String text, String word, int from) {
        char first = word.charAt(0);
        for (int i = from; i + word.length() <= text.length(); i++) {
            if (Character.toLowerCase(text.charAt(i)) == first && text.regionMatches(true, i, word, 0, word.length())) return i;
        }
        return -1;
    }

    /** Four digits that could be a year, not inside a longer number. */
    private static boolean hasYear(String text) {
        int run = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && Character.isDigit(text.charAt(i))) {
                run++;
            } else {
                if (run == 4) return true;
                run = 0;
            }
        }
        return false;
    }

    /**
     * Cheap test before the month-anchor pattern ("March next year"), which a month name alone would
     * run on every dated sentence: the anchor must be there, in any case, spaces as one.
     */
    private boolean mayHoldAnchor(String lower) {
        for (String a : anchorWords) if (lower.contains(a)) return true;
        return false;
    }

    /** A dash with a digit right before it and right after it, one space allowed: what a range of years needs. */
    private static boolean digitsAroundDash(String text) {
        int n = text.length();
        for (int i = 1; i + 1 < n; i++) {
            char c = text.charAt(i);
            if (c != '-' && c != '–') continue;
            boolean before = Character.isDigit(text.charAt(i - 1)) || i >= 2 && Character.isDigit(text.charAt(i - 2));
            boolean after = Character.isDigit(text.charAt(i + 1)) || i + 2 < n && Character.isDigit(text.charAt(i + 2));
            if (before && after) return true;
        }
        return false;
    }

    private boolean mayHoldDuration(String lower) {
        for (String u : unitWords) if (lower.contains(u)) return true;
        return false;
    }

    private boolean hasMonth(String text) {
        for (String m : monthWords) if (text.contains(m)) return true;
        return false;
    }

    private interface OnMatch { void accept(Matcher m); }

    private static void each(Pattern p, String text, OnMatch f) {
        Matcher m = p.matcher(text);
        while (m.find()) f.accept(m);
    }

    private int month(String name) {
        return rules.months().get(name);
    }

    private void day(Matcher m, String text, int month, List<Mention> found) {
        if (overlaps(found, m.start(), m.end())) return;
        int y = Integer.parseInt(m.group("y"));
        int d = Integer.parseInt(m.group("d"));
        try {
            point(found, text, m.start(), m.end(), PartialDate.of(LocalDate.of(y, month, d)), false);
        } catch (DateTimeException e) {
            found.add(new InvalidDateMention(m.start(), m.end(), m.group(), "'" + m.group()
                    + "' is not a date that exists (" + e.getMessage() + ")"));
        }
    }

    private void point(List<Mention> found, String text, int start, int end, PartialDate date, boolean relative) {
        if (overlaps(found, start, end)) return;
        PhraseSet.Found cue = milestoneCues.endingBefore(text, start);
        found.add(new DateMention(start, end, cue == null ? start : cue.start(),
                cue == null ? null : milestoneCues.canonical(cue), date, relative));
    }

    private static void yearRange(List<Mention> found, Matcher m) {
        int a = Integer.parseInt(m.group("a"));
        int b = Integer.parseInt(m.group("b"));
        if (a <= b && !overlaps(found, m.start(), m.end())) found.add(new YearRangeMention(m.start(), m.end(), a, b));
    }

    private static boolean overlaps(List<Mention> found, int start, int end) {
        for (Mention m : found) if (m.overlaps(start, end)) return true;
        return false;
    }
}
