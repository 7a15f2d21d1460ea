package org.masthead.seo;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.lang.Character.UnicodeScript;
import java.util.Arrays;
import org.masthead.document.Graphemes;

/**
 * Pixel widths of text as a search engine draws it in Arial, without a window or JavaFX.
 *
 * <p>Widths come from a bundled table of Arial advance widths ({@code arial-widths.txt},
 * measured from Liberation Sans, whose advances equal Arial's) covering Latin, Greek, Cyrillic,
 * punctuation, arrows and math symbols. That makes results identical on every machine, whatever
 * fonts it has. Characters outside the table (CJK...) are measured with AWT's logical
 * {@code SansSerif} font in headless mode, or estimated (1 em for wide East Asian characters,
 * half an em otherwise) when AWT has no font. Text is measured a grapheme cluster at a time: an
 * emoji, flag or ZWJ sequence is one picture 1 em wide (what an emoji font draws), a letter with
 * combining marks is its letter's width, and a run of a script whose letters join or combine
 * (Arabic, the Indic scripts...) is shaped as a whole, as its joined forms are narrower than the
 * letters on their own. Kerning is ignored: it moves a 600 px title by a pixel or two.
 *
 * <pre>double px = TextWidth.px("QuickTakes | Psychology", 20); // 227.1</pre>
 */
public final class TextWidth {
    private static final int UNITS_PER_EM = 2048;
    private static final int TABLE_SIZE = 0x2300;
    private static final short[] ADVANCES = load();

    private static volatile Font fallbackFont;
    private static volatile boolean fallbackFailed;

    private TextWidth() {
    }

    /** The width in CSS pixels of {@code text} set in Arial at {@code fontPx} pixels. */
    public static double px(CharSequence text, double fontPx) {
        return units(text) * fontPx / UNITS_PER_EM;
    }

    /** The advance of one code point in CSS pixels at {@code fontPx}. */
    public static double px(int codePoint, double fontPx) {
        return advance(codePoint) * fontPx / UNITS_PER_EM;
    }

    private static long units(CharSequence text) {
        if (!needsClusters(text)) {
            return codePointUnits(text, 0, text.length());
        }
        int[] clusters = Graphemes.boundaries(text);
        long total = 0;
        for (int i = 1; i < clusters.length; i++) {
            int start = clusters[i - 1];
            int base = Character.codePointAt(text, start);
            if (isEmoji(text, start, clusters[i])) {
                total += UNITS_PER_EM;
            } else if (isShaped(base)) {
                UnicodeScript script = UnicodeScript.of(base);
                while (i + 1 < clusters.length && UnicodeScript.of(Character.codePointAt(text, clusters[i])) == script) {
                    i++;
                }
                total += shapedUnits(text, start, clusters[i], script);
            } else {
                total += codePointUnits(text, start, clusters[i]);
            }
        }
        return total;
    }

    private static long codePointUnits(CharSequence text, int from, int to) {
        if (text instanceof String string) {
            return codePointUnits(string, from, to);
        }
        long total = 0;
        for (int i = from; i < to; ) {
            int cp = Character.codePointAt(text, i);
            total += advance(cp);
            i += Character.charCount(cp);
        }
        return total;
    }

    /** {@link #codePointUnits(CharSequence, int, int)} over a String, with the table's characters looked up directly. */
    private static long codePointUnits(String text, int from, int to) {
        long total = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            int known = c < TABLE_SIZE ? ADVANCES[c] : -1;
            if (known >= 0) {
                total += known;
            } else {
                int cp = text.codePointAt(i);
                total += advance(cp);
                i += Character.charCount(cp) - 1;
            }
        }
        return total;
    }

    /** Text whose every character stands alone is measured as it comes. */
    private static boolean needsClusters(CharSequence text) {
        return !Graphemes.isSimple(text);
    }

    private static boolean isEmoji(CharSequence text, int from, int to) {
        int base = Character.codePointAt(text, from);
        if ((base >= 0x1F1E6 && base <= 0x1F1FF) || UCharacter.hasBinaryProperty(base, UProperty.EMOJI_PRESENTATION)) {
            return true;
        }
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\uFE0F' || text.charAt(i) == '\u200D') {
                return UCharacter.hasBinaryProperty(base, UProperty.EXTENDED_PICTOGRAPHIC);
            }
        }
        return false;
    }

    /** Scripts whose letters change shape by their neighbours, so a run must be measured whole. */
    private static boolean isShaped(int cp) {
        return switch (UnicodeScript.of(cp)) {
            case ARABIC, SYRIAC, NKO, MONGOLIAN, DEVANAGARI, BENGALI, GURMUKHI, GUJARATI, ORIYA, TAMIL, TELUGU,
                    KANNADA, MALAYALAM, SINHALA, MYANMAR, KHMER, TIBETAN -> true;
            default -> false;
        };
    }

    private static long shapedUnits(CharSequence text, int from, int to, UnicodeScript script) {
        Font font = fallbackFont();
        char[] run = text.subSequence(from, to).toString().toCharArray();
        if (font != null && font.canDisplayUpTo(run, 0, run.length) < 0) {
            int flags = script == UnicodeScript.ARABIC || script == UnicodeScript.SYRIAC || script == UnicodeScript.NKO
                    ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT;
            synchronized (TextWidth.class) {
                FontRenderContext frc = new FontRenderContext(null, false, true);
                GlyphVector glyphs = font.layoutGlyphVector(frc, run, 0, run.length, flags);
                return Math.round(glyphs.getLogicalBounds().getWidth());
            }
        }
        return codePointUnits(text, from, to);
    }

    /** Advance in 1/2048 em. */
    static int advance(int cp) {
        if (cp < TABLE_SIZE && ADVANCES[cp] >= 0) {
            return ADVANCES[cp];
        }
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return ADVANCES[' ']; // HTML collapses them to a space
        }
        if (Character.getType(cp) == Character.NON_SPACING_MARK || Character.getType(cp) == Character.FORMAT) {
            return 0;
        }
        return fallback(cp);
    }

    private static int fallback(int cp) {
        Font font = fallbackFont();
        if (font != null && font.canDisplay(cp)) {
            synchronized (TextWidth.class) {
                FontRenderContext frc = new FontRenderContext(null, false, true);
                String s = new String(Character.toChars(cp));
                return (int) Math.round(font.createGlyphVector(frc, s).getGlyphMetrics(0).getAdvance());
            }
        }
        return isWide(cp) ? UNITS_PER_EM : UNITS_PER_EM / 2;
    }

    private static Font fallbackFont() {
        if (fallbackFont == null && !fallbackFailed) {
            synchronized (TextWidth.class) {
                if (fallbackFont == null && !fallbackFailed) {
                    try {
                        // A browser would fall back to a system font too; AWT finds one through fontconfig.
                        fallbackFont = new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont((float) UNITS_PER_EM);
                    } catch (Throwable e) { // no fonts, no AWT native libraries: estimate instead
                        fallbackFailed = true;
                    }
                }
            }
        }
        return fallbackFont;
    }

    private static boolean isWide(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0x1F300 && cp <= 0x1FAFF);
    }

    private static short[] load() {
        short[] table = new short[TABLE_SIZE];
        Arrays.fill(table, (short) -1);
        try (InputStream in = TextWidth.class.getResourceAsStream("arial-widths.txt")) {
            if (in == null) {
                throw new IllegalStateException("Resource not found: org/masthead/seo/arial-widths.txt");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(" ");
                int cp = Integer.parseInt(cells[0], 16);
                for (int i = 1; i < cells.length; i++, cp++) {
                    table[cp] = Short.parseShort(cells[i]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }
}
