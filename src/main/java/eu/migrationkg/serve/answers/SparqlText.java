package eu.migrationkg.serve.answers;

/**
 * A SPARQL query's text with the differences that cannot change its answer removed: comments, and runs
 * of white space (outside strings and IRIs) reduced to one space. Two spellings of the same query then
 * share one cached answer and one citation. Done on the characters rather than by parsing, since the
 * server parses each query anyway and a second parse would cost every unique query its time.
 */
public final class SparqlText {
    private SparqlText() {}

    public static String normalise(String query) {
        StringBuilder out = new StringBuilder(query.length());
        int n = query.length();
        boolean pendingSpace = false;
        int i = 0;
        while (i < n) {
            char c = query.charAt(i);
            if (Character.isWhitespace(c)) {
                pendingSpace = true;
                i++;
                continue;
            }
            if (c == '#') {
                while (i < n && query.charAt(i) != '\n' && query.charAt(i) != '\r') i++;
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && !out.isEmpty()) out.append(' ');
            pendingSpace = false;
            int end;
            if (c == '"' || c == '\'') {
                end = endOfString(query, i);
            } else if (c == '<') {
                end = endOfIri(query, i);
            } else {
                end = i + 1;
            }
            out.append(query, i, end);
            i = end;
        }
        return out.toString();
    }

    /** The index after the string literal starting at {@code start} (short or long form, with escapes). */
    private static int endOfString(String q, int start) {
        char quote = q.charAt(start);
        boolean isLong = q.startsWith(String.valueOf(quote).repeat(3), start);
        int i = start + (isLong ? 3 : 1);
        while (i < q.length()) {
            char c = q.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (isLong) {
                if (q.startsWith(String.valueOf(quote).repeat(3), i)) return i + 3;
            } else if (c == quote || c == '\n') {
                return i + 1;
            }
            i++;
        }
        return q.length();
    }

    /**
     * The index after an IRI written {@code <...>}; a {@code <} that does not open one (the operator)
     * is a single character. An IRI holds no white space, so the first space or {@code >} decides.
     */
    private static int endOfIri(String q, int start) {
        for (int i = start + 1; i < q.length(); i++) {
            char c = q.charAt(i);
            if (c == '>') return i + 1;
            if (Character.isWhitespace(c) || c == '<' || c == '"' || c == '{' || c == '}') return start + 1;
        }
        return start + 1;
    }
}
