package eu.migrationkg.extract.text;

/**
 * Converts char indices of a body into Unicode code point offsets, the unit in which Web Annotation
 * selectors count characters. Bodies without characters outside the Basic Multilingual Plane (the usual
 * case) convert for free.
 */
public final class CodePoints {

    private final int[] before;

    private CodePoints(int[] before) {
        this.before = before;
    }

    public static CodePoints of(String body) {
        boolean surrogates = false;
        for (int i = 0; i < body.length() && !surrogates; i++) {
            surrogates = Character.isSurrogate(body.charAt(i));
        }
        if (!surrogates) return new CodePoints(null);
        int[] before = new int[body.length() + 1];
        int cp = 0;
        for (int i = 0; i < body.length(); i++) {
            before[i] = cp;
            if (!(Character.isLowSurrogate(body.charAt(i)) && i > 0 && Character.isHighSurrogate(body.charAt(i - 1)))) cp++;
        }
        before[body.length()] = cp;
        return new CodePoints(before);
    }

    /** The code point offset of char index {@code i}. */
    public int at(int i) {
        return before == null ? i : before[i];
    }
}
