package org.masthead.seo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TextWidthTest {
    /**
     * Arial shares Helvetica's advance widths, published in Adobe's Helvetica AFM in 1/1000 em:
     * H 722, e 556, l 222, o 556, space 278, W 944, i 222, M 833, period 278, pipe 260.
     * Arial's own units are 1/2048 em, so each character may differ by up to half a unit.
     */
    private static double afm(double thousandths, double fontPx) {
        return thousandths * fontPx / 1000;
    }

    @Test
    void knownStringsMatchPublishedHelveticaArialMetrics() {
        assertThat(TextWidth.px("Hello", 16)).isCloseTo(afm(722 + 556 + 222 + 222 + 556, 16), within(0.05));
        assertThat(TextWidth.px("WWW", 20)).isCloseTo(afm(3 * 944, 20), within(0.05));
        assertThat(TextWidth.px("iiii iiii", 20)).isCloseTo(afm(8 * 222 + 278, 20), within(0.05));
        assertThat(TextWidth.px("M.|", 14)).isCloseTo(afm(833 + 278 + 260, 14), within(0.05));
    }

    @Test
    void exactArialUnitsForSingleCharacters() {
        // Arial's hmtx: a 1139, i 455, W 1933, space 569 (of 2048).
        assertThat(TextWidth.px('a', 2048)).isEqualTo(1139);
        assertThat(TextWidth.px('i', 2048)).isEqualTo(455);
        assertThat(TextWidth.px('W', 2048)).isEqualTo(1933);
        assertThat(TextWidth.px(' ', 2048)).isEqualTo(569);
    }

    @Test
    void wideCharactersMakeWiderText() {
        assertThat(TextWidth.px("WWWWWWWWWW", 20)).isGreaterThan(4 * TextWidth.px("iiiiiiiiii", 20));
    }

    @Test
    void accentsPunctuationAndCombiningMarksAreMeasured() {
        assertThat(TextWidth.px("é", 20)).isEqualTo(TextWidth.px("e", 20));
        assertThat(TextWidth.px("’…–", 20)).isGreaterThan(0);
        // e + combining acute: the mark takes no room
        assertThat(TextWidth.px("e\u0301", 20)).isEqualTo(TextWidth.px("e", 20));
    }

    @Test
    void charactersOutsideTheTableStillGetAWidth() {
        double han = TextWidth.px("漢", 20);
        assertThat(han).isGreaterThan(5).isLessThanOrEqualTo(30);
    }

    @Test
    void emptyTextIsZero() {
        assertThat(TextWidth.px("", 20)).isZero();
    }

    /** The bundled table must equal the font it was measured from, where that font is installed. */
    @Test
    void tableMatchesLiberationSansWhenInstalled() throws Exception {
        Path ttf = Path.of("/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf");
        assumeTrue(Files.isRegularFile(ttf), "Liberation Sans is not installed");
        Font font = Font.createFont(Font.TRUETYPE_FONT, ttf.toFile()).deriveFont(2048f);
        FontRenderContext frc = new FontRenderContext(null, false, true);
        for (int[] range : ArialWidthTableGenerator.RANGES) {
            for (int cp = range[0]; cp <= range[1]; cp++) {
                if (font.canDisplay(cp)) {
                    double advance = font.createGlyphVector(frc, new String(Character.toChars(cp)))
                            .getGlyphMetrics(0).getAdvance();
                    assertThat(TextWidth.advance(cp)).as("U+%04X", cp).isEqualTo((int) Math.round(advance));
                }
            }
        }
    }
}
