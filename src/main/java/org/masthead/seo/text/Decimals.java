package org.masthead.seo.text;

import java.util.Locale;

/**
 * A figure with one decimal, exactly as {@code String.format(Locale.ROOT, "%.1f", value)} writes
 * it, without a {@link java.util.Formatter}: the text checks write two such figures per article of
 * a folder, and a Formatter parses its pattern with a regular expression on every call. Like the
 * Formatter, it rounds the shortest decimal form of the value ({@link Double#toString}) half up at
 * the first decimal, and keeps the sign of a negative value that rounds to zero.
 */
public final class Decimals {
    private Decimals() {
    }

    public static String oneDecimal(double value) {
        double abs = Math.abs(value);
        if (!(abs >= 1e-3 && abs < 1e7)) {
            // zero, tiny, huge or not a number: Double.toString writes these otherwise; leave them to the Formatter
            return String.format(Locale.ROOT, "%.1f", value);
        }
        String s = Double.toString(abs);
        int dot = s.indexOf('.');
        long whole = Long.parseLong(s, 0, dot, 10);
        int tenth = s.charAt(dot + 1) - '0';
        if (dot + 2 < s.length() && s.charAt(dot + 2) >= '5') {
            tenth++;
            if (tenth == 10) {
                tenth = 0;
                whole++;
            }
        }
        StringBuilder out = new StringBuilder(dot + 4);
        if (value < 0) {
            out.append('-');
        }
        return out.append(whole).append('.').append((char) ('0' + tenth)).toString();
    }
}
