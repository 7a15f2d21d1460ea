package org.masthead.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatesTest {
    @Test
    void plainDates() {
        assertThat(Dates.parse("2025-02-10")).hasValue(new Dates.When(LocalDate.of(2025, 2, 10), null));
        assertThat(Dates.parse("2024-02-29")).isPresent();
    }

    @Test
    void yamlTimestamps() {
        assertThat(Dates.parse("2025-02-10T09:30:00Z").orElseThrow().instant())
                .isEqualTo(Instant.parse("2025-02-10T09:30:00Z"));
        assertThat(Dates.parse("2025-02-10 09:30:00 +01:00").orElseThrow().instant())
                .isEqualTo(Instant.parse("2025-02-10T08:30:00Z"));
        assertThat(Dates.parse("2001-12-14t21:59:43.10-05:00").orElseThrow().instant())
                .isEqualTo(Instant.parse("2001-12-15T02:59:43.100Z"));
        assertThat(Dates.parse("2025-02-10T09:30:00").orElseThrow().instant())
                .isEqualTo(Instant.parse("2025-02-10T09:30:00Z"));
    }

    @Test
    void invalidDates() {
        assertThat(Dates.parse("2025-13-01")).isEmpty();
        assertThat(Dates.parse("2023-02-29")).isEmpty();
        assertThat(Dates.parse("10/02/2025")).isEmpty();
        assertThat(Dates.parse("2025-2-10")).isEmpty();
        assertThat(Dates.parse("")).isEmpty();
        assertThat(Dates.parse("yesterday")).isEmpty();
    }

    @Test
    void aPageTakesTheDayAtTheStartOfADateOrDateTime() {
        assertThat(Dates.leadingDay("2025-02-10")).isEqualTo(LocalDate.of(2025, 2, 10));
        assertThat(Dates.leadingDay("2025-02-10T09:30")).isEqualTo(LocalDate.of(2025, 2, 10));
        assertThat(Dates.leadingDay("2025-02-10 09:30:00 +01:00")).isEqualTo(LocalDate.of(2025, 2, 10));
        assertThat(Dates.leadingDay("2025-02-30")).isNull();
        assertThat(Dates.leadingDay("2025-02-10x")).isNull();
        assertThat(Dates.leadingDay("10 Feb 2025")).isNull();
    }
}
