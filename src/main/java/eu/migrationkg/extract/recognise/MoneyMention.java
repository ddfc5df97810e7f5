package eu.migrationkg.extract.recognise;

import java.math.BigDecimal;

/**
 * An amount of money, in units of its currency.
 *
 * @param currency   ISO 4217 code, e.g. EUR
 * @param lowerBound the text says "at least"
 */
public record MoneyMention(int start, int end, BigDecimal amount, String currency, boolean lowerBound) implements Mention {}
