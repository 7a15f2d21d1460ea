package org.masthead.seo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.masthead.content.Dates;

/**
 * Dates as a generator reads them. Astro's and Eleventy's schemas pass front-matter dates to
 * JavaScript's {@code Date}, which also takes {@code Jul 08 2024} and {@code July 8, 2024}; the
 * reference format and Hugo take only ISO dates ({@link Dates}).
 */
final class SiteDates {
    private static final List<DateTimeFormatter> WRITTEN = List.of(
            pattern("MMM d yyyy"), pattern("MMMM d yyyy"), pattern("MMM d, yyyy"), pattern("MMMM d, yyyy"),
            pattern("d MMM yyyy"), pattern("d MMMM yyyy"), pattern("EEE MMM d yyyy"));

    private SiteDates() {
    }

    private static DateTimeFormatter pattern(String p) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p).toFormatter(Locale.ENGLISH);
    }

    /** The date, read the way the site's generator reads it. */
    static Optional<Dates.When> parse(String text, SeoRules rules) {
        Optional<Dates.When> iso = Dates.parse(text);
        if (iso.isPresent() || rules.reference()) {
            return iso;
        }
        String t = text.strip().replaceAll("\\s+", " ");
        for (DateTimeFormatter f : WRITTEN) {
            try {
                return Optional.of(new Dates.When(LocalDate.parse(t, f), null));
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        return Optional.empty();
    }
}
