package org.masthead.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fast reader counts spans in chars of the decoded text while it scans UTF-8 bytes, eight
 * at a time where it can and one at a time near the end of the file. Whatever character stands
 * in a value, whatever its bytes and wherever they fall, the span cuts out exactly the value
 * written, and the next value's span stays on it. The expected cut is Java's own decoding of the
 * text.
 */
class FastReaderCharsTest {

    /**
     * Characters of every length: each of two bytes, a spread of those of three (every lead byte,
     * continuation bytes of every value) and of four, without those the reader leaves to the parser.
     */
    private static List<String> characters() {
        List<Integer> points = new ArrayList<>();
        for (int cp = 0xA0; cp < 0x800; cp++) {
            points.add(cp);
        }
        for (int cp = 0x800; cp < 0x10000; cp += 37) {
            points.add(cp);
        }
        for (int cp = 0x10000; cp <= 0x10FFFF; cp += 1499) {
            points.add(cp);
        }
        List<String> out = new ArrayList<>();
        for (int cp : points) {
            boolean special = cp >= 0xD800 && cp <= 0xDFFF || cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF || cp >= 0xFFFE && cp <= 0xFFFF;
            if (!special) {
                out.add(Character.toString(cp));
            }
        }
        return out;
    }

    private static void cutsExactly(String text, String key, String written) {
        FastFrontMatter.Result quick = FastFrontMatter.read(text);
        assertThat(quick).as("the fast reader answers for:%n%s", text).isNotNull();
        Span span = quick.root().entries().get(key).span();
        assertThat(text.substring(span.start(), span.end())).as(text).isEqualTo(written);
    }

    @Test
    void aValueWithAnyCharacterAtAnyPlaceInAWordIsCutExactlyAndSoIsTheNextOne() {
        int n = 0;
        for (String c : characters()) {
            int pad = n % 8;
            String after = n % 2 == 0 ? "a" : "b"; // the byte after the character: odd, then even
            String value = "x".repeat(pad) + c + after + " " + c + c;
            String text = "---\nv: " + value + "\nnext: y\n---\nbody\n";
            cutsExactly(text, "v", value);
            cutsExactly(text, "next", "y");
            n++;
        }
    }

    @Test
    void aValueOnTheLastLineOfAFileThatEndsAtTheClosingFenceIsCutExactly() {
        // the last bytes of a file are read one at a time: the value's end counts the chars before it
        int n = 0;
        for (String c : characters()) {
            String value = "x".repeat(n % 8) + c + (n % 2 == 0 ? " z" : " z" + c);
            String text = "---\nfirst: 1\nv: " + value + "\n---";
            cutsExactly(text, "v", value);
            n++;
        }
    }

    @Test
    void wordsOfLatinCyrillicGreekAndCjkTextAreCutExactly() throws DocumentException {
        String[] values = {"ma\u00f1ana en Espa\u00f1a", "\u043f\u0440\u0438\u0432\u0435\u0442 \u043c\u0438\u0440",
            "\u039a\u03b1\u03bb\u03b7\u03bc\u03ad\u03c1\u03b1", "\u65e5\u672c\u8a9e\u306e\u30c6\u30ad\u30b9\u30c8",
            "Stra\u00dfe \u00fcber \u00f6de", "na\u00efve \u2122 caf\u00e9", "\uD834\uDD1E clef \uD840\uDC00 ext B"};
        for (String v : values) {
            for (int pad = 0; pad < 8; pad++) {
                String value = "w".repeat(pad) + v;
                String text = "---\nv: " + value + "\nq: '" + value + "'\nl:\n  - " + value + "\nm:\n  k: " + value
                        + "\nend: x\n---\n";
                MapField root = FastReaderVerdicts.answersAsTheModel(text);
                Span m = root.entries().get("m").span();
                assertThat(text.substring(m.start(), m.end())).isEqualTo("k: " + value);
            }
        }
    }

    @Test
    void afterAByteOrderMarkSpansCountFromTheFirstCharAfterIt() throws DocumentException {
        // the nested map ends on the line before the next key: its end is found among the lines before
        for (int lines = 1; lines <= 70; lines++) {
            StringBuilder text = new StringBuilder("\uFEFF---\nm:\n");
            for (int i = 0; i < lines; i++) {
                text.append("  k").append(i).append(": \u00e9").append(i).append('\n');
            }
            text.append("l:\n");
            for (int i = 0; i < lines; i++) {
                text.append("  - \u20ac").append(i).append('\n');
            }
            String doc = text.append("z: 1\n---\n").toString();
            MapField root = FastReaderVerdicts.answersAsTheModel(doc);
            String withoutMark = doc.substring(1);
            Span m = root.entries().get("m").span();
            assertThat(withoutMark.substring(m.start(), m.end())).startsWith("k0: ").endsWith("\u00e9" + (lines - 1));
        }
    }
}
