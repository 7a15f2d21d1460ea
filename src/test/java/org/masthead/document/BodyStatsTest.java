package org.masthead.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodyStatsTest {
    @Test
    void countsWordsNotMarkdownMarkers() {
        BodyStats stats = BodyStats.of("""
                # A title

                - **Bold** word, don't
                - well-known 42
                """);
        // A, title, Bold, word, don't, well-known, 42
        assertThat(stats.words()).isEqualTo(7);
    }

    @Test
    void countsCharactersWithoutLineBreaksAndSurrogatePairsAsOne() {
        assertThat(BodyStats.of("ab\ncd\r\n😀").characters()).isEqualTo(5);
    }

    @Test
    void readingTimeIsRoundedUpAt230WordsAMinute() {
        assertThat(BodyStats.of("").readingMinutes()).isZero();
        assertThat(BodyStats.of("word ".repeat(230)).readingMinutes()).isEqualTo(1);
        assertThat(BodyStats.of("word ".repeat(231)).readingMinutes()).isEqualTo(2);
    }

    @Test
    void listsAtxAndSetextHeadingsButNotThoseInCode() {
        BodyStats stats = BodyStats.of("""
                Intro
                =====

                ## Second ##
                text
                ```
                # not a heading
                ```
                ###### Six
                #hashtag
                Sub
                ---
                - item
                ---
                """);
        assertThat(stats.headings()).containsExactly(
                new BodyStats.Heading(1, "Intro", 1),
                new BodyStats.Heading(2, "Second", 4),
                new BodyStats.Heading(6, "Six", 9),
                new BodyStats.Heading(2, "Sub", 11));
    }
}
