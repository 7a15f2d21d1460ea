package org.masthead.content;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Front-matter dates: {@code YYYY-MM-DD}, or a YAML 1.1 timestamp ({@code 2025-02-10T09:30:00Z},
 * {@code 2025-02-10 09:30:00 +01:00}; no zone means UTC, as YAML says). TOML and JSON front
 * matter write the same forms. The checks hold a date to {@link #parse}; a page shows the day of
 * anything that starts like one ({@link #leadingDay}).
 */
public final class Dates {
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern TIMESTAMP = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[Tt]|[ \\t]+)(\\d{1,2}):(\\d{2}):(\\d{2})(\\.\\d+)?"
            + "(?:[ \\t]*(Z|z|[-+]\\d{1,2}(?::?\\d{2})?))?");

    /** A day, or an instant when the value has a time. */
    public record When(LocalDate day, Instant instant) {
    }

    private Dates() {
    }

    /** The date or timestamp {@code text} holds exactly, or empty when it is neither. */
    public static Optional<When> parse(String text) {
        String s = text.strip();
        try {
            Matcher m = DATE.matcher(s);
            if (m.matches()) {
                return Optional.of(new When(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)), null));
            }
            m = TIMESTAMP.matcher(s);
            if (m.matches()) {
                LocalDateTime local = LocalDateTime.of(num(m, 1), num(m, 2), num(m, 3), num(m, 4), num(m, 5), num(m, 6));
                if (m.group(7) != null) {
                    local = local.plusNanos(Math.round(Double.parseDouble("0" + m.group(7)) * 1e9));
                }
                ZoneOffset offset = offset(m.group(8));
                return Optional.of(new When(local.toLocalDate(), local.toInstant(offset)));
            }
        } catch (DateTimeException e) {
            return Optional.empty(); // month 13, February 30...
        }
        return Optional.empty();
    }

    /** The date at the start of an ISO date or date-time ({@code T} or space before the time), or null. */
    public static LocalDate leadingDay(String text) {
        boolean dateTime = text.length() > 10 && (text.charAt(10) == 'T' || text.charAt(10) == ' ');
        if (text.length() != 10 && !dateTime) {
            return null;
        }
        try {
            return LocalDate.parse(text.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static ZoneOffset offset(String zone) {
        if (zone == null || zone.equalsIgnoreCase("Z")) {
            return ZoneOffset.UTC;
        }
        String digits = zone.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.length() <= 2 ? digits : digits.substring(0, digits.length() - 2));
        int minutes = digits.length() <= 2 ? 0 : Integer.parseInt(digits.substring(digits.length() - 2));
        int sign = zone.charAt(0) == '-' ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
