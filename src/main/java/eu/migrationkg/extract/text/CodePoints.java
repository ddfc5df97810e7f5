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

    /**
     * The char index of code point offset {@code cp} (0 to the body's code point count): where a
     * selector's offset falls in the Java string. Never inside a surrogate pair.
     */
    public int charIndex(int cp) {
        if (before == null) return cp;
        // The last char index before which cp code points stand: the one after a pair, not its second half.
        int lo = 0;
        int hi = before.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (before[mid] <= cp) lo = mid;
            else hi = mid - 1;
        }
        if (before[lo] != cp) throw new IndexOutOfBoundsException("code point offset " + cp + " is outside the text");
        return lo;
    }

    /** How many code points the body has. */
    public int length(String body) {
        return before == null ? body.length() : before[before.length - 1];
    }
}
