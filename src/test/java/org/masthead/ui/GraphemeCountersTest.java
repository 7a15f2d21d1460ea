package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.masthead.document.Document;
import org.masthead.seo.ArticleFacts;
import org.masthead.seo.FolderContext;
import org.masthead.seo.FolderReport;
import org.masthead.seo.SeoRules;

/** The SEO tab's counter and the Folder SEO length chart count what a reader sees. */
class GraphemeCountersTest {
    private static final String FAMILY = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66";

    @Test
    void theSeoCounterCallsAnAccentedEOneCharacter() throws Exception {
        // "Cafe\u0301 Cafe\u0301": 4 + 1 + 4 = 9 characters (11 chars); description "e\u0301" is 1
        Document doc = Document.parse("a.md", """
                ---
                title: x
                seo:
                  title: "Cafe\\u0301   Cafe\\u0301"
                  page_description: "e\\u0301"
                ---
                """.getBytes(StandardCharsets.UTF_8));
        String counters = SeoPane.compute("a.md", doc, FolderContext.of(SeoRules.DEFAULTS, Clock.systemUTC(), List.of()))
                .counters();
        assertThat(counters).startsWith("SEO title: 9 characters,").contains("Description: 1 characters,");
    }

    @Test
    void theLengthChartCountsAFamilyEmojiOnce() {
        // "Trip " (5) + family (1) repeated 20 times = 120 characters, but 320 UTF-16 units and 160 code points
        String description = String.join("", Collections.nCopies(20, "Trip " + FAMILY));
        ArticleFacts facts = new ArticleFacts("a.md", "a.md", "T", description, "/a", "S", List.of());
        FolderReport report = new FolderReport(1, List.of(facts), new TreeMap<>());
        assertThat(DashboardModel.descriptionLengths(report, DashboardModel.lengthBuckets(SeoRules.DEFAULTS)))
                .containsEntry("120–156", 1).containsEntry("161+", 0);
    }
}
