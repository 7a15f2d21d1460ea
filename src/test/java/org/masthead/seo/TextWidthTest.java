package org.masthead.seo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    /**
     * The table was measured from Liberation Sans 2; version 1 differs in a few characters (U+00B7). Debian 12 and
     * Ubuntu 22.04 ship version 2 as fonts-liberation2 (under liberation2/) and version 1 as fonts-liberation; later
     * releases ship version 2 as fonts-liberation (under liberation/). {@code .ci/run} installs both packages.
     */
    static Path liberationSans2() throws IOException {
        for (String dir : List.of("liberation2", "liberation")) {
            Path ttf = Path.of("/usr/share/fonts/truetype", dir, "LiberationSans-Regular.ttf");
            if (Files.isRegularFile(ttf) && fontRevision(Files.readAllBytes(ttf)) >= 2) {
                return ttf;
            }
        }
        return null;
    }

    /** The fontRevision of a TrueType file's head table (a 16.16 fixed-point number), or 0 without one. */
    private static double fontRevision(byte[] ttf) {
        ByteBuffer b = ByteBuffer.wrap(ttf);
        int tables = b.getShort(4) & 0xFFFF;
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            if (b.getInt(entry) == 0x68656164) { // 'head'
                return b.getInt(b.getInt(entry + 8) + 4) / 65536.0;
            }
        }
        return 0;
    }

    @Test
    void tableMatchesLiberationSans() throws Exception {
        Path ttf = liberationSans2();
        assumeTrue(ttf != null, "Liberation Sans 2 is not installed (apt-get install fonts-liberation2; .ci/run does)");
        Font font = Font.createFont(Font.TRUETYPE_FONT, ttf.toFile()).deriveFont(2048f);
        FontRenderContext frc = new FontRenderContext(null, false, true);
        int measured = 0;
        for (int[] range : ArialWidthTableGenerator.RANGES) {
            for (int cp = range[0]; cp <= range[1]; cp++) {
                if (font.canDisplay(cp)) {
                    double advance = font.createGlyphVector(frc, new String(Character.toChars(cp)))
                            .getGlyphMetrics(0).getAdvance();
                    assertThat(TextWidth.advance(cp)).as("U+%04X", cp).isEqualTo((int) Math.round(advance));
                    measured++;
                }
            }
        }
        assertThat(measured).as("characters of the table the font has").isGreaterThan(500);
    }
}
