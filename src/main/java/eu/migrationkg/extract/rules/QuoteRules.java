package eu.migrationkg.extract.rules;

import eu.migrationkg.sources.SourceException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How quotations are printed ({@code quotes.yaml}).
 *
 * @param signature  the line after a quotation: groups name, role and date (day/month/year)
 * @param quoteMarks characters that open or close a quotation
 * @param attributions a quotation attributed in a line of text: groups quote and speaker
 * @param titles     words of a post written before a speaker's name
 */
public record QuoteRules(Pattern signature, String quoteMarks, List<Pattern> attributions, List<String> titles) {

    public static final QuoteRules EMPTY = new QuoteRules(Pattern.compile("(?!)"), "\"", List.of(), List.of());

    static QuoteRules from(RuleNode root) throws SourceException {
        RuleNode sig = root.get("signature");
        Pattern p = sig.pattern(0);
        for (String g : new String[] {"name", "role", "date"}) {
            if (!p.pattern().contains("(?<" + g + ">")) throw sig.problem("the signature pattern needs a group (?<" + g + ">...)");
        }
        List<Pattern> attributions = new ArrayList<>();
        for (RuleNode a : root.get("attributions").items()) {
            Pattern ap = a.pattern(0);
            for (String g : new String[] {"quote", "speaker"}) {
                if (!ap.pattern().contains("(?<" + g + ">")) throw a.problem("an attribution pattern needs a group (?<" + g + ">...)");
            }
            attributions.add(ap);
        }
        return new QuoteRules(p, String.join("", root.get("quoteMarks").texts()), List.copyOf(attributions),
                root.get("titles").texts());
    }
}
