package org.masthead.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.time.api.constraints.DateRange;
import org.junit.jupiter.api.Test;

class DateFormatsTest {

    @Test
    void referenceFormat() {
        assertThat(DateFormats.format("2025-02-10", "MMM DD, YYYY")).isEqualTo("Feb 10, 2025");
        assertThat(DateFormats.format("2024-09-03", "MMM DD, YYYY")).isEqualTo("Sep 03, 2024");
    }

    @Test
    void isoPattern() {
        assertThat(DateFormats.format("2025-02-10", "YYYY-MM-DD")).isEqualTo("2025-02-10");
        assertThat(DateFormats.format("2025-02-10", "M/D/YY")).isEqualTo("2/10/25");
    }

    @Test
    void longMonthWithoutPadding() {
        assertThat(DateFormats.format("2024-08-06", "D MMMM YYYY")).isEqualTo("6 August 2024");
        assertThat(DateFormats.format("2024-08-06", "dddd, D MMM")).isEqualTo("Tuesday, 6 Aug");
    }

    @Test
    void bracketsAndOtherLettersAreLiteral() {
        assertThat(DateFormats.format("2025-12-01", "[Day] D [of] MMMM")).isEqualTo("Day 1 of December");
        assertThat(DateFormats.format("2025-12-01", "D.M.YYYY h")).isEqualTo("1.12.2025 h");
    }

    @Test
    void dateTimesUseTheirDate() {
        assertThat(DateFormats.format("2023-01-15T08:30:00-07:00", "MMM DD, YYYY")).isEqualTo("Jan 15, 2023");
        assertThat(DateFormats.format("2023-01-15T08:30:00", "MMM DD, YYYY")).isEqualTo("Jan 15, 2023");
        assertThat(DateFormats.format("2023-01-15 08:30:00 +0000", "MMM DD, YYYY")).isEqualTo("Jan 15, 2023");
    }

    @Test
    void badInputFallsBackToTheRawText() {
        assertThat(DateFormats.format("soon", "MMM DD, YYYY")).isEqualTo("soon");
        assertThat(DateFormats.format("2025-02-30", "MMM DD, YYYY")).isEqualTo("2025-02-30");
        assertThat(DateFormats.format("2025-02-101", "MMM DD, YYYY")).isEqualTo("2025-02-101");
        assertThat(DateFormats.format("10/02/2025", "MMM DD, YYYY")).isEqualTo("10/02/2025");
        assertThat(DateFormats.format("2025-02-10", null)).isEqualTo("2025-02-10");
        assertThat(DateFormats.format("2025-02-10", "  ")).isEqualTo("2025-02-10");
        assertThat(DateFormats.format(null, "MMM")).isEmpty();
    }

    /** Cross-checks the token conversion against java.time's own English formatter. */
    @Property
    void agreesWithJavaTime(@ForAll @DateRange(min = "1900-01-01", max = "2100-12-31") LocalDate date) {
        DateTimeFormatter reference = DateTimeFormatter.ofPattern("MMMM d, uuuu (MMM dd) EEEE", Locale.ENGLISH);
        assertThat(DateFormats.format(date.toString(), "MMMM D, YYYY [(]MMM DD[)] dddd"))
                .isEqualTo(reference.format(date));
    }
}
