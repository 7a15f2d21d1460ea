package org.masthead.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Text that {@link Graphemes#isSimple} calls simple is counted without a break iterator, so the
 * shortcut must hold exactly where each char is a cluster of its own: the counts and boundaries of
 * text around every char near the edges of its ranges are compared with ICU's own iterator.
 */
class GraphemesShortcutTest {

    private static List<Integer> icuBoundaries(String text) {
        BreakIterator it = BreakIterator.getCharacterInstance();
        it.setText(text);
        List<Integer> out = new ArrayList<>();
        for (int b = it.first(); b != BreakIterator.DONE; b = it.next()) {
            out.add(b);
        }
        return out;
    }

    private static void countsAsIcu(String text) {
        List<Integer> icu = icuBoundaries(text);
        assertThat(Graphemes.count(text)).as(escape(text)).isEqualTo(icu.size() - 1);
        assertThat(Graphemes.boundaries(text)).as(escape(text)).containsExactly(icu.stream().mapToInt(Integer::intValue).toArray());
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(String.format("U+%04X ", c)));
        return out.toString();
    }

    @Test
    void charsAtTheEdgesOfTheShortcutCountAsAReaderSeesThem() {
        int[] edges = {0x00, 0x0A, 0x0D, 0x1F, 0x20, 0x7E, 0x7F, 0x2FF, 0x300, 0x301, 0x36F, 0x200D, 0x200F, 0x2010,
            0x2027, 0x2028, 0x202F, 0x2030, 0x205E, 0x205F, 0x2060, 0x20DD, 0x3099};
        for (int c : edges) {
            String ch = String.valueOf((char) c);
            // alone, after a letter (a combining mark joins it), doubled, and before a combining mark
            for (String text : new String[] {ch, "e" + ch, ch + ch + "x", "a" + ch + "\u0301b", ch + "\r\n"}) {
                countsAsIcu(text);
            }
        }
    }

    @Test
    void aGraveAccentAndOtherCombiningMarksJoinTheLetterBeforeThem() {
        // e + U+0300 is è: one character, as the lowest combining mark, not a char of its own
        assertThat(Graphemes.count("e\u0300")).isEqualTo(1);
        assertThat(Graphemes.boundaries("e\u0300x")).containsExactly(0, 2, 3);
        // a control char is never simple: CR LF is one cluster
        assertThat(Graphemes.count("\r\n")).isEqualTo(1);
        assertThat(Graphemes.boundaries("a\r\nb")).containsExactly(0, 1, 3, 4);
    }

    @Test
    void titlesOfLettersSpacesAndTypographicPunctuationTakeTheShortcut() {
        // the documented ranges: from the space up to U+02FF, U+2010 to U+2027 and U+2030 to U+205E
        for (String simple : new String[] {" ", "a b", "\u00FF\u02FF", "\u2010\u2027", "\u2030\u205E", "“It’s – a…”", ""}) {
            assertThat(Graphemes.isSimple(simple)).as(escape(simple)).isTrue();
            assertThat(Graphemes.boundaries(simple)).hasSize(simple.length() + 1);
        }
        for (String not : new String[] {"\u001F", "a\tb", "\u0300", "\u200F", "\u2028", "\u202F", "\u205F", "光", "a\uD83C\uDF0D"}) {
            assertThat(Graphemes.isSimple(not)).as(escape(not)).isFalse();
        }
    }

    @Test
    void everyClusterBoundaryOfMixedTextIsReported() {
        countsAsIcu("Cafe\u0301 \uD83C\uDDE9\uD83C\uDDEA \u2014 光 \uD83D\uDC69\u200D\uD83D\uDCBB!");
        countsAsIcu("\u0301");
        countsAsIcu("x".repeat(40) + "\u0301");
    }
}
