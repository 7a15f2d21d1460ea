package org.masthead.seo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.masthead.seo.Fixtures.check;
import static org.masthead.seo.Fixtures.with;

import java.awt.Font;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lengths and widths of titles in any script, as a reader sees them: one grapheme cluster is one character. */
class GraphemeLengthsTest {
    private static final String SEO_TITLE = "  title: Hash Table Collision Handling | Samples";
    private static final String FAMILY = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66";
    private static final String FLAG = "\uD83C\uDDE9\uD83C\uDDEA";

    @Test
    void aTitleOfDecomposedAccentsIsCountedAsItReads() {
        // 11 words "Café" (é as e + U+0301): 11 × 4 + 10 spaces = 54 characters, 65 chars
        String title = String.join(" ", Collections.nCopies(11, "Cafe\u0301"));
        List<Finding> findings = check(with(SEO_TITLE, "  title: " + title));
        assertThat(findings).extracting(Finding::check).doesNotContain(Checks.SEO_TITLE_LENGTH);
        // 12 words: 12 × 4 + 11 = 59, still in range; 13 words: 13 × 4 + 12 = 64, over 60
        String longer = String.join(" ", Collections.nCopies(13, "Cafe\u0301"));
        assertThat(check(with(SEO_TITLE, "  title: " + longer)))
                .filteredOn(f -> f.check().equals(Checks.SEO_TITLE_LENGTH))
                .singleElement().extracting(Finding::message).asString().contains("is 64 characters");
    }

    @Test
    void anEmojiSequenceIsOnePictureOneEmWide() {
        assertThat(TextWidth.px(FAMILY, 20)).isEqualTo(20);
        assertThat(TextWidth.px(FLAG, 20)).isEqualTo(20);
        assertThat(TextWidth.px("\uD83D\uDE00", 20)).isEqualTo(20);
        // "a" then the family: Arial's a (1139/2048 em) plus one em
        assertThat(TextWidth.px("a" + FAMILY, 2048)).isEqualTo(1139 + 2048);
    }

    @Test
    void cjkIdeographsAreAboutAnEmEach() {
        assertThat(TextWidth.px("光合作用", 20)).isCloseTo(80, within(4.0));
    }

    @Test
    void joinedArabicIsNarrowerThanItsLettersApart() {
        assumeTrue(new Font(Font.SANS_SERIF, Font.PLAIN, 20).canDisplayUpTo("التمثيل") < 0, "no font with Arabic");
        String word = "التمثيل";
        String apart = String.join("\u200C", word.split(""));
        assertThat(TextWidth.px(word, 20)).isLessThan(TextWidth.px(apart, 20));
    }

    @Test
    void aSnippetIsNeverCutInsideACluster() {
        String word = String.join("", Collections.nCopies(60, FAMILY));
        Snippet s = Snippet.fit(word, 20, 300);
        assertThat(s.truncated()).isTrue();
        String kept = s.shown().substring(0, s.shown().length() - 1);
        // 300 px less the ellipsis leaves room for 14 families of 20 px; each is 11 chars
        assertThat(kept).isEqualTo(String.join("", Collections.nCopies(14, FAMILY)));
    }
}
