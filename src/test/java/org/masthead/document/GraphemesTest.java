package org.masthead.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each count is worked out by hand in the comment beside it: what a reader sees, one by one. */
class GraphemesTest {

    @Test
    void anEWithACombiningAccentIsOneCharacter() {
        // C a f e+U+0301: four characters to a reader, five code points, five chars
        assertThat(Graphemes.count("Cafe\u0301")).isEqualTo(4);
        // the title: 11 words "Café" (4 each) and 10 spaces between them = 54
        String title = String.join(" ", java.util.Collections.nCopies(11, "Cafe\u0301"));
        assertThat(title.length()).isEqualTo(65);
        assertThat(Graphemes.count(title)).isEqualTo(54);
    }

    @Test
    void aFlagIsOneCharacter() {
        // U+1F1E9 U+1F1EA (D E regional indicators): one flag, four chars, two code points
        assertThat(Graphemes.count("\uD83C\uDDE9\uD83C\uDDEA")).isEqualTo(1);
        // "Flag " (5) + flag (1) + " of" (3) = 9
        assertThat(Graphemes.count("Flag \uD83C\uDDE9\uD83C\uDDEA of")).isEqualTo(9);
    }

    @Test
    void aZwjFamilyIsOneCharacter() {
        // man ZWJ woman ZWJ girl ZWJ boy: seven code points, eleven chars, one emoji
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66";
        assertThat(family.length()).isEqualTo(11);
        assertThat(Graphemes.count(family)).isEqualTo(1);
        // "A " (2) + family (1) + " trip" (5) = 8
        assertThat(Graphemes.count("A " + family + " trip")).isEqualTo(8);
    }

    @Test
    void eachCjkIdeographIsOneCharacter() {
        // 光 合 作 用 是 什 么: seven ideographs, and the full-width question mark makes eight
        assertThat(Graphemes.count("光合作用是什么？")).isEqualTo(8);
    }

    @Test
    void plainTextCountsItsChars() {
        assertThat(Graphemes.count("")).isZero();
        assertThat(Graphemes.count("Straße, naïve")).isEqualTo(13);
        // CR LF is one cluster
        assertThat(Graphemes.count("a\r\nb")).isEqualTo(3);
        // typographic punctuation stands alone: “ ’ – … one each, and the letters i t s a: 4 + 4 = 8
        assertThat(Graphemes.count("“it’s–a…")).isEqualTo(8);
        // but a ZWJ in that block joins: a woman, ZWJ, a laptop are one
        assertThat(Graphemes.count("\uD83D\uDC69\u200D\uD83D\uDCBB")).isEqualTo(1);
    }

    @Test
    void boundariesFallBetweenClusters() {
        assertThat(Graphemes.boundaries("ae\u0301b")).containsExactly(0, 1, 3, 4);
        assertThat(Graphemes.boundaries("ab")).containsExactly(0, 1, 2);
        assertThat(Graphemes.boundaries("")).containsExactly(0);
    }
}
