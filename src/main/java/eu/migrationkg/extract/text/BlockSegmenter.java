package eu.migrationkg.extract.text;

import eu.migrationkg.extract.rules.SegmentationRules;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a body into blocks, one per non-blank line, and says what each line looks like: heading,
 * numbered heading, bullet, quotation, bare link or running text. Only the shape of the line is used,
 * so the same code reads a press release and a flattened web page.
 */
public final class BlockSegmenter {

    private final SegmentationRules rules;

    public BlockSegmenter(SegmentationRules rules) {
        this.rules = rules;
    }

    public List<Block> blocks(String body) {
        List<Block> blocks = new ArrayList<>();
        int pos = 0;
        int n = body.length();
        while (pos < n) {
            int nl = body.indexOf('\n', pos);
            int lineEnd = nl < 0 ? n : nl;
            int s = pos;
            int e = lineEnd;
            while (s < e && Character.isWhitespace(body.charAt(s))) s++;
            while (e > s && Character.isWhitespace(body.charAt(e - 1))) e--;
            if (s < e) blocks.add(classify(body, blocks.size(), s, e));
            pos = lineEnd + 1;
        }
        return blocks;
    }

    private Block classify(String body, int index, int s, int e) {
        char c = body.charAt(s);
        if (c == '#') {
            int k = s;
            while (k < e && body.charAt(k) == '#') k++;
            if (k < e && body.charAt(k) == ' ') return new Block(index, BlockKind.HEADING, s, e, skipSpaces(body, k, e), 0);
        }
        if (Character.isDigit(c)) {
            int k = s;
            while (k < e && k - s < 3 && Character.isDigit(body.charAt(k))) k++;
            if (k + 1 < e && (body.charAt(k) == '.' || body.charAt(k) == ')') && body.charAt(k + 1) == ' ') {
                int number = Integer.parseInt(body.substring(s, k));
                return new Block(index, BlockKind.NUMBERED, s, e, skipSpaces(body, k + 1, e), number);
            }
        }
        if ((c == '-' || c == '*' || c == '•' || c == '+') && s + 1 < e && body.charAt(s + 1) == ' ') {
            return new Block(index, BlockKind.LIST_ITEM, s, e, skipSpaces(body, s + 1, e), 0);
        }
        if (c == '"' || c == '“' || c == '«') {
            return new Block(index, BlockKind.QUOTE, s, e, s, 0);
        }
        if (isBareLink(body, s, e)) {
            return new Block(index, BlockKind.LINK, s, e, s, 0);
        }
        if (looksLikeHeading(body, s, e)) {
            return new Block(index, BlockKind.HEADING, s, e, s, 0);
        }
        return new Block(index, BlockKind.PARAGRAPH, s, e, s, 0);
    }

    private static int skipSpaces(String body, int k, int e) {
        while (k < e && body.charAt(k) == ' ') k++;
        return k;
    }

    /** "[text](target)" and nothing else. */
    private static boolean isBareLink(String body, int s, int e) {
        if (body.charAt(s) != '[' || body.charAt(e - 1) != ')') return false;
        int close = body.indexOf("](", s);
        return close > s && close < e && body.indexOf(']', s + 1) == close && body.indexOf(')', close) == e - 1;
    }

    private boolean looksLikeHeading(String body, int s, int e) {
        int last = e - 1;
        while (last > s && "*_)\"”’".indexOf(body.charAt(last)) >= 0) last--;
        if (".!?:;,".indexOf(body.charAt(last)) >= 0) return false;
        int words = 1;
        for (int i = s; i < e; i++) {
            if (body.charAt(i) == ' ' && i + 1 < e && body.charAt(i + 1) != ' ') words++;
            if (words > rules.headingMaxWords()) return false;
        }
        return true;
    }
}
