package eu.migrationkg.extract.rules;

import eu.migrationkg.sources.SourceException;
import java.util.regex.Pattern;

/**
 * How quotations are printed ({@code quotes.yaml}).
 *
 * @param signature  the line after a quotation: groups name, role and date (day/month/year)
 * @param quoteMarks characters that open or close a quotation
 */
public record QuoteRules(Pattern signature, String quoteMarks) {

    public static final QuoteRules EMPTY = new QuoteRules(Pattern.compile("(?!)"), "\"");

    static QuoteRules from(RuleNode root) throws SourceException {
        RuleNode sig = root.get("signature");
        Pattern p = sig.pattern(0);
        for (String g : new String[] {"name", "role", "date"}) {
            if (!p.pattern().contains("(?<" + g + ">")) throw sig.problem("the signature pattern needs a group (?<" + g + ">...)");
        }
        return new QuoteRules(p, String.join("", root.get("quoteMarks").texts()));
    }
}
