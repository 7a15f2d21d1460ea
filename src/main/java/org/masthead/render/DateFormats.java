package org.masthead.render;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import org.masthead.content.Dates;

/**
 * Prints a front-matter date the way the site does, from a moment.js-style pattern such as
 * {@code MMM DD, YYYY}. Tokens: {@code YYYY YY MMMM MMM MM M DD D dddd ddd}; text in
 * {@code [brackets]} and any other character is copied as is. Names are English, as on the site.
 */
public final class DateFormats {
    private static final String[] TOKENS = {"YYYY", "YY", "MMMM", "MMM", "MM", "M", "DD", "D", "dddd", "ddd"};

    private DateFormats() {
    }

    /**
     * {@code date} printed with {@code pattern}; the raw {@code date} when it is not an ISO date
     * (or date-time), and the ISO date when the pattern is blank.
     */
    public static String format(String date, String pattern) {
        if (date == null) {
            return "";
        }
        LocalDate parsed = Dates.leadingDay(date.strip());
        if (parsed == null) {
            return date;
        }
        if (pattern == null || pattern.isBlank()) {
            return parsed.toString();
        }
        return apply(parsed, pattern);
    }

    private static String apply(LocalDate date, String pattern) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '[') {
                int close = pattern.indexOf(']', i);
                if (close > 0) {
                    out.append(pattern, i + 1, close);
                    i = close + 1;
                    continue;
                }
            }
            String token = tokenAt(pattern, i);
            if (token == null) {
                out.append(c);
                i++;
            } else {
                out.append(field(date, token));
                i += token.length();
            }
        }
        return out.toString();
    }

    private static String tokenAt(String pattern, int i) {
        for (String token : TOKENS) {
            if (pattern.startsWith(token, i)) {
                return token;
            }
        }
        return null;
    }

    private static String field(LocalDate date, String token) {
        switch (token) {
            case "YYYY": return String.format("%04d", date.getYear());
            case "YY": return String.format("%02d", Math.floorMod(date.getYear(), 100));
            case "MMMM": return date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case "MMM": return date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            case "MM": return String.format("%02d", date.getMonthValue());
            case "M": return Integer.toString(date.getMonthValue());
            case "DD": return String.format("%02d", date.getDayOfMonth());
            case "D": return Integer.toString(date.getDayOfMonth());
            case "dddd": return date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case "ddd": return date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            default: throw new IllegalStateException(token);
        }
    }
}
