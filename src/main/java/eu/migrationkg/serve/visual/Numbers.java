package eu.migrationkg.serve.visual;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as the pages show them: digits grouped by thousands, no trailing zeros. */
final class Numbers {
    private Numbers() {}

    static String format(BigDecimal n) {
        DecimalFormat f = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        f.setParseBigDecimal(true);
        return f.format(n.stripTrailingZeros());
    }

    /** For JSON: a plain decimal without exponent. */
    static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }
}
