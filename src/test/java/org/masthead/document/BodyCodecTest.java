package org.masthead.document;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class BodyCodecTest {

    @Example
    void lineBreaksOutsideMathBecomeRealLineBreaks() {
        assertThat(BodyCodec.decode("# Title\\n\\nText\\nmore")).isEqualTo("# Title\n\nText\nmore");
    }

    @Example
    void latexCommandsStartingWithNStayLiteralInsideMath() {
        assertThat(BodyCodec.decode("If $a \\neq b$ and $$\\nabla f \\nu$$\\nnext"))
                .isEqualTo("If $a \\neq b$ and $$\\nabla f \\nu$$\nnext");
        assertThat(BodyCodec.decode("\\(x \\notin A\\)\\n\\[\\nonumber y \\ne z\\]"))
                .isEqualTo("\\(x \\notin A\\)\n\\[\\nonumber y \\ne z\\]");
    }

    @Example
    void aLineBreakBeforeLettersThatAreNoCommandStaysALineBreak() {
        assertThat(BodyCodec.decode("$x$\\neq is a word here")).isEqualTo("$x$\neq is a word here");
        assertThat(BodyCodec.decode("$$a\\nx = 1$$")).isEqualTo("$$a\nx = 1$$");
        assertThat(BodyCodec.decode("$\\nexttoken$")).isEqualTo("$\nexttoken$");
    }

    @Example
    void displayMathLaidOutOnItsOwnLinesStartsWithALineBreakEvenBeforeLetters() {
        assertThat(BodyCodec.decode("PID:\\n\\n$$\\nu(t) = K_p e(t)\\n$$\\nWhere"))
                .isEqualTo("PID:\n\n$$\nu(t) = K_p e(t)\n$$\nWhere");
        assertThat(BodyCodec.decode("\\[\\nabla f = 0\\n  \\]")).isEqualTo("\\[\nabla f = 0\n  \\]");
        assertThat(BodyCodec.decode("$$\\nu(t) = 1$$\\n")).isEqualTo("$$\\nu(t) = 1$$\n");
        assertThat(BodyCodec.decode("$$\\nx = \\nu\\n$$")).isEqualTo("$$\nx = \\nu\n$$");
        assertThat(BodyCodec.decode("$$\\nu = 1 \\n\\neq 2$$")).isEqualTo("$$\\nu = 1 \n\\neq 2$$");
        assertThat(BodyCodec.decode("$\\nu$\\n$")).isEqualTo("$\\nu$\n$");
    }

    @Example
    void aBackslashEndingALineIsAMarkdownHardBreak() {
        assertThat(BodyCodec.decode("first\\\\nsecond")).isEqualTo("first\\\nsecond");
        assertThat(BodyCodec.decode("$a \\\\nabla$")).isEqualTo("$a \\\\nabla$");
    }

    @Example
    void escapedDollarDoesNotOpenMath() {
        assertThat(BodyCodec.decode("costs \\$5\\nnu")).isEqualTo("costs \\$5\nnu");
    }

    @Example
    void encodeWritesEveryKindOfLineBreakAsBackslashN() {
        assertThat(BodyCodec.encode("a\nb\r\nc\rd")).isEqualTo("a\\nb\\nc\\nd");
    }

    @Property(tries = 3000)
    void encodeUndoesDecodeByteForByte(@ForAll("fieldText") String field) {
        assertThat(BodyCodec.encode(BodyCodec.decode(field))).isEqualTo(field);
    }

    @Property(tries = 1000)
    void decodeUndoesEncodeOutsideMath(@ForAll("plainMarkdown") String markdown) {
        assertThat(BodyCodec.decode(BodyCodec.encode(markdown))).isEqualTo(markdown);
    }

    /** One-line field text built from the pieces that matter: backslashes, n, letters, math delimiters. */
    @Provide
    Arbitrary<String> fieldText() {
        Arbitrary<String> pieces = Arbitraries.of("\\n", "\\neq", "\\nabla", "\\nu", "\\ne", "\\not", "\\notin",
                "\\newline", "\\nonumber", "$", "$$", "\\(", "\\)", "\\[", "\\]", "\\", "\\\\", "n", "eq", "abla",
                " ", "x", "\\$", "{", "}", "\u00e9", "\uD83D\uDE00", "`", "|");
        return pieces.list().ofMaxSize(40).map(list -> String.join("", list));
    }

    @Provide
    Arbitrary<String> plainMarkdown() {
        return Arbitraries.strings().withChars("abn \n#*-_").ofMaxLength(60);
    }
}
