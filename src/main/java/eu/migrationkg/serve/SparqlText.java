package eu.migrationkg.serve;

/**
 * A SPARQL query's text read as characters, before (or instead of) parsing it: where its strings, IRIs
 * and comments are. On that one reading rest the normal form that lets two spellings of a query share
 * a cached answer, and the nesting depth checked before the parser (which recurses once per level) sees
 * a hostile query. Done on the characters since the server parses each query anyway, and a second parse
 * would cost every query its time.
 */
public final class SparqlText {
    private SparqlText() {}

    /**
     * The deepest nesting of brackets ({@code { ( [}) outside strings, IRIs and comments (a {@code #}
     * inside an IRI starts no comment, so nothing after it on the line escapes the count).
     */
    public static int nestingDepth(String query) {
        if (query == null) return 0;
        int depth = 0;
        int max = 0;
        int n = query.length();
        int i = 0;
        while (i < n) {
            char c = query.charAt(i);
            switch (c) {
                case '{', '(', '[' -> max = Math.max(max, ++depth);
                case '}', ')', ']' -> depth = Math.max(0, depth - 1);
                case '#' -> {
                    i = endOfComment(query, i);
                    continue;
                }
                case '"', '\'' -> {
                    i = endOfString(query, i);
                    continue;
                }
                case '<' -> {
                    i = endOfIri(query, i);
                    continue;
                }
                default -> { }
            }
            i++;
        }
        return max;
    }

    /** The index of the line end that closes the comment opening at {@code start}. */
    private static int endOfComment(String q, int start) {
        int i = start;
        while (i < q.length() && q.charAt(i) != '\n' && q.charAt(i) != '\r') i++;
        return i;
    }

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
                i = endOfComment(query, i);
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
