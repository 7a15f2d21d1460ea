package org.masthead.seo;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes {@code arial-widths.txt}, the advance-width table {@link TextWidth} reads. Run once by
 * hand with Liberation Sans Regular (whose advance widths equal Arial's, glyph for glyph):
 *
 * <pre>java -Djava.awt.headless=true -cp target/test-classes:target/classes \
 *   org.masthead.seo.ArialWidthTableGenerator \
 *   /usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf \
 *   src/main/resources/org/masthead/seo/arial-widths.txt</pre>
 *
 * The table is committed so that measuring needs neither that font nor AWT at run time.
 */
public final class ArialWidthTableGenerator {
    /** Blocks worth measuring for Western content: Latin, Greek, Cyrillic, punctuation, symbols. */
    static final int[][] RANGES = {
        {0x0020, 0x007E}, {0x00A0, 0x024F}, {0x02B0, 0x02FF}, {0x0300, 0x036F}, {0x0370, 0x03FF},
        {0x0400, 0x04FF}, {0x1E00, 0x1EFF}, {0x2000, 0x206F}, {0x20A0, 0x20CF}, {0x2100, 0x214F},
        {0x2190, 0x21FF}, {0x2200, 0x22FF},
    };

    private ArialWidthTableGenerator() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: ArialWidthTableGenerator FONT.ttf OUT.txt");
            System.exit(2);
        }
        Font font = Font.createFont(Font.TRUETYPE_FONT, Path.of(args[0]).toFile()).deriveFont(2048f);
        write(font, Path.of(args[1]));
    }

    static void write(Font font, Path out) throws IOException {
        // Unhinted, fractional metrics at 2048 px: the advances come out as the font's own units.
        FontRenderContext frc = new FontRenderContext(null, false, true);
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("# Advance widths of " + font.getFontName() + " (metric-compatible with Arial),\n");
            w.write("# in 1/2048 em. Line: first code point (hex), then one width per code point;\n");
            w.write("# -1 where the font has no glyph. Written by ArialWidthTableGenerator (test sources).\n");
            for (int[] range : RANGES) {
                StringBuilder line = new StringBuilder(Integer.toHexString(range[0]));
                for (int cp = range[0]; cp <= range[1]; cp++) {
                    line.append(' ');
                    if (font.canDisplay(cp)) {
                        String s = new String(Character.toChars(cp));
                        line.append(Math.round(font.createGlyphVector(frc, s).getGlyphMetrics(0).getAdvance()));
                    } else {
                        line.append(-1);
                    }
                }
                w.write(line.append('\n').toString());
            }
        }
    }
}
