package org.masthead.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fast reader that folder views and checks read through must show exactly what the editor's
 * model shows: same values, types, styles, spans (in chars, after characters of two, three and
 * four UTF-8 bytes) and lines. These are the edges of its byte-level scanning: values of every
 * length around its eight-byte steps, many lines, block scalars, lists, comments and the body
 * after the front matter. Each text here is one the fast reader must answer itself.
 */
class FastReaderBoundaryTest {

    private static final String[] WIDE = {"", "\u00e9", "\u20ac", "\uD83D\uDE00"};

    /** The fast reader's answer, which must exist and be the model's tree and body path. */
    private static void agrees(String text) throws DocumentException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        FastFrontMatter.Result quick = FastFrontMatter.read(bytes, bytes.length);
        assertThat(quick).as("the fast reader answers for:%n%s", text).isNotNull();
        Document doc = Document.parse("t.md", bytes);
        assertThat(quick.root()).as(text).isEqualTo(doc.root());
        KeyPath body = doc.bodyField().isFrontMatterField() ? doc.bodyField().path() : null;
        assertThat(quick.bodyPath()).as(text).isEqualTo(body);
    }

    private static List<String> values() {
        List<String> out = new ArrayList<>();
        for (int length = 1; length <= 17; length++) {
            for (String wide : WIDE) {
                for (int at : new int[] {0, length / 2, length}) {
                    out.add("v".repeat(at) + wide + "w".repeat(length - at));
                }
            }
        }
        return out;
    }

    @Test
    void plainAndQuotedValuesOfEveryLengthAroundAnEightByteStep() throws DocumentException {
        for (String v : values()) {
            agrees("---\na: " + v + "\nb: '" + v + "'\nc: \"" + v + "\" # " + v + "\nz: 1\n---\nbody " + v + "\n");
        }
    }

    @Test
    void listItemsFlowItemsAndBlockLinesOfEveryLength() throws DocumentException {
        for (String v : values()) {
            // plain flow items are ASCII words to the fast reader; wider ones are left to the parser
            String word = "w".repeat(v.length());
            agrees("---\nl:\n  - " + v + "\n  - '" + v + "'\nf: [" + word + ", \"" + v + "\"]\nt: >-\n  " + v + "\n  "
                    + v + "\nz: 1\n---\n");
        }
    }

    @Test
    void frontMatterOfManyLinesKeepsItsLineNumbers() throws DocumentException {
        StringBuilder text = new StringBuilder("---\n");
        for (int i = 0; i < 150; i++) {
            text.append("k").append(i).append(": \u00e9").append(i).append('\n');
            if (i % 7 == 0) {
                text.append("# comment ").append(i).append("\n\n");
            }
        }
        agrees(text.append("---\n").toString());
    }

    @Test
    void blockScalarsOfEachStyleAndIndent() throws DocumentException {
        agrees("---\na: >\n  one\n  two\nb: |\n    x\n    y\nc: |-\n  z\nd: >-\n      deep\ne: 1\n---\n");
        agrees("---\nm:\n  a: >-\n    inner \u20ac\n  b: |\n    last\n---\n");
        agrees("---\na: >-   \n  trailing header spaces\n---\n");
        agrees("---\na: |\n  ends the front matter\n---\nbody\n");
        agrees("---\na: >-\n  then a blank line\n\nb: 1\n---\n");
    }

    @Test
    void listsAtTheirKeysIndentOrDeeperAndWithBlanksBetweenItems() throws DocumentException {
        agrees("---\nl:\n- a\n- b\nn: 1\n---\n");
        agrees("---\nl:\n    - a\n\n    # note\n    - b\nn: 1\n---\n");
        agrees("---\nm:\n  l:\n    - a\n  k: v\n---\n");
        agrees("---\nl:\n  - last item\n---\n");
        agrees("---\nl:\n  - 'x' # c\n  - y # c\n---\n");
    }

    @Test
    void flowListsOfWordsAndQuotedItems() throws DocumentException {
        agrees("---\na: []\nb: [x]\nc: [ x , y ]\nd: ['it''s', \"q\", 1, 2024-01-02, true]\ne: [a.b/c-d_e] # k\n---\n");
    }

    @Test
    void emptyValuesNestedMapsAndComments() throws DocumentException {
        agrees("---\na:\nb: ~\nc: null\nd:\n  e:\n    f: deep\n  g: 1\nh: x #c\ni: x#y\nj: 'q'   \n---\n");
        agrees("---\n# first\na: 1\n  # indented comment\nb: 2 # \u00e9\n---\n");
        agrees("\uFEFF---\na: b\n---\n");
        agrees("---\na: x\n---");
    }

    @Test
    void theAnswerIsTheBodyOnlyWhenOnlyBlanksFollow() throws DocumentException {
        String head = "---\nanswer: >-\n  text\n---\n";
        for (String body : new String[] {"", "\n", "  \n\t\n", "&nbsp;", "\n&nbsp;\n&nbsp;", "\u00a0\n", "&nbsp",
                "&nbsp;x", "x", "\u00e9", "&nbsp;\u00a0", " \u2003", "&amp;"}) {
            agrees(head + body);
        }
        agrees("---\nanswer:\n---\n");
        agrees("---\nanswer: 5\n---\n");
        agrees("---\nanswer: [a]\n---\n");
        agrees("---\nother: x\n---\n&nbsp;");
    }

    @Test
    void plainValuesGetTheTypeTheFullResolverGives() {
        String[] values = {"0", "7", "10", "99999", "007", "0.5", "1.5", "-1", "+1", ".5", "1_000", "0x1F", "012", "12:30",
            "1e3", "9a", "2024-01-02", "2024-1-02", "20240-01-02", "2024-01-0x", "2024-01-02x", "2024x01-02",
            "1234-56-7", "y", "Y", "n", "N", "yes", "Yes", "YES", "no", "No", "on", "On", "off", "Off", "true",
            "True", "false", "FALSE", "null", "Null", "nulls", "~", "t", "f", "o", "oo", "yellow", "nothing",
            "offset", "truest", "a", "Z", "abc", "abcdef", "_x", "/path", "/", "x/y", ".inf", "-.inf", ".NaN", "<<",
            "=", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5", "0o17", "0b101", "1:20:30", "-0"};
        for (String v : values) {
            assertThat(FastScalars.plainType(v)).as(v).isEqualTo(YamlScalars.plainType(v));
        }
    }
}
