package org.masthead.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A date format's {@code ddd} is the weekday's English abbreviation, as Moment.js writes it. */
class ShortWeekdayDateTest {
    @Test
    void dddIsTheShortWeekday() {
        // 2024-08-06 was a Tuesday, 2025-02-10 a Monday
        assertThat(DateFormats.format("2024-08-06", "ddd D MMM")).isEqualTo("Tue 6 Aug");
        assertThat(DateFormats.format("2025-02-10", "ddd, YYYY-MM-DD")).isEqualTo("Mon, 2025-02-10");
    }

    @Test
    void thePostedLineOfAPageUsesIt() {
        ArticleView view = new ArticleView("T", "2025-02-10", "ddd MMM D", "Posted on", null, "x", List.of());
        assertThat(new ArticlePage(PageOptions.preview()).renderContent(view))
                .contains("Posted on <time datetime=\"2025-02-10\">Mon Feb 10</time>");
    }
}
