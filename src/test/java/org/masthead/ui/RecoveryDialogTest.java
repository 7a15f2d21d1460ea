package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.masthead.content.ArticleChanges.Change;

class RecoveryDialogTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void timesAreLocalAndSaidAsAPersonWould() {
        Instant time = Instant.parse("2026-12-07T13:02:41.123456789Z");
        assertThat(RecoveryDialog.when(time, BERLIN, LocalDate.of(2026, 12, 7))).isEqualTo("today 14:02");
        assertThat(RecoveryDialog.when(time, BERLIN, LocalDate.of(2026, 12, 8))).isEqualTo("yesterday 14:02");
        assertThat(RecoveryDialog.when(time, BERLIN, LocalDate.of(2026, 12, 20))).isEqualTo("on 7 Dec 2026 at 14:02");
        // just before midnight UTC is already tomorrow in Berlin
        assertThat(RecoveryDialog.when(Instant.parse("2026-12-06T23:30:00Z"), BERLIN, LocalDate.of(2026, 12, 7)))
                .isEqualTo("today 00:30");
    }

    @Test
    void aChangeIsShownAroundItsFirstDifference() {
        assertThat(RecoveryDialog.describe(new Change("title", "A", "B"))).isEqualTo("title: “A” → “B”");
        assertThat(RecoveryDialog.describe(new Change("tags[1]", null, "y"))).isEqualTo("tags[1]: added “y”");
        assertThat(RecoveryDialog.describe(new Change("old", "o", null))).isEqualTo("old: removed (was “o”)");
        String head = "word ".repeat(30);
        String shown = RecoveryDialog.describe(new Change("paragraph 4", head + "old end\nnext", head + "new end\nnext"));
        assertThat(shown).startsWith("paragraph 4: “…").contains("old end next").contains("new end next");
    }
}
