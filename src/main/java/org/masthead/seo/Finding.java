package org.masthead.seo;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem in one article.
 *
 * @param check    stable id of the check that found it, such as {@code seo-title-length}
 * @param severity how bad it is
 * @param message  plain words: what is wrong and what to do
 * @param field    dotted path of the field concerned ({@code seo.page_description},
 *                 {@code related_article2}); empty when the whole file is concerned
 * @param line     1-based line of that field; for a missing field, the line of its parent
 *                 (line 1 for a missing top-level field)
 * @param fix      the obvious repair, when there is one
 */
public record Finding(String check, Severity severity, String message, String field, int line, Optional<Fix> fix) {
    /** Source order, then check id: the order a reader scans a file in. */
    public static final Comparator<Finding> BY_LINE =
            Comparator.comparingInt(Finding::line).thenComparing(Finding::check).thenComparing(Finding::field);

    public Finding {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(fix, "fix");
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1-based, got " + line);
        }
    }

    public static Finding of(String check, Severity severity, String field, int line, String message) {
        return new Finding(check, severity, message, field, line, Optional.empty());
    }

    public Finding withFix(Fix newFix) {
        return new Finding(check, severity, message, field, line, Optional.of(newFix));
    }
}
