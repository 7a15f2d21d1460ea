package org.masthead.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class LiteralNewlinesTest {

    @Example
    void aTypedBackslashNInCodeIsFoundWithWhatItWillBecome() {
        String markdown = "Paths:\n\n```\ncd C:\\new\nprintf(\"hello\\n\");\n```\n";
        List<LiteralNewlines.Finding> found = LiteralNewlines.find(markdown);
        assertThat(found).extracting(LiteralNewlines.Finding::offset)
                .containsExactly(markdown.indexOf("\\new"), markdown.indexOf("\\n\")"));
        LiteralNewlines.Finding first = found.get(0);
        assertThat(first.kind()).isEqualTo(LiteralNewlines.Kind.BECOMES_LINE_BREAK);
        assertThat(first.length()).isEqualTo(2);
        assertThat(first.line()).isEqualTo(4);
        assertThat(first.column()).isEqualTo(6);
        assertThat(first.shownAs()).isEqualTo("cd C:\new");
        assertThat(found.get(1).shownAs()).isEqualTo("printf(\"hello\n\");");
        assertThat(first.explanation()).contains("line break").contains("cd C:\u23ceew");
    }

    @Example
    void latexCommandsInMathAndRealLineBreaksAreNotFound() {
        assertThat(LiteralNewlines.find("If $a \\neq b$ then\n$$\n\\nabla f = \\nu\n$$\nand \\(\\notin\\)")).isEmpty();
        assertThat(LiteralNewlines.find("no backslash at all\n\nsecond")).isEmpty();
        assertThat(LiteralNewlines.find("a Markdown hard break\\\nnext line")).isEmpty();
    }

    @Example
    void aLineBreakInMathBeforeTheLettersOfACommandIsFound() {
        String markdown = "$$\nx = 1\nu = 2\n$$";
        List<LiteralNewlines.Finding> found = LiteralNewlines.find(markdown);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(LiteralNewlines.Kind.LINE_BREAK_LOST);
            assertThat(f.offset()).isEqualTo(markdown.indexOf("\nu"));
            assertThat(f.shownAs()).isEqualTo("x = 1\\nu = 2");
        });
        assertThat(LiteralNewlines.afterReopening(markdown)).isEqualTo("$$\nx = 1\\nu = 2\n$$");
    }

    @Example
    void displayMathTypedOnItsOwnLinesKeepsItsFirstLineBreakBeforeLetters() {
        String pid = "$$\nu(t) = K_p e(t)\n$$";
        assertThat(LiteralNewlines.find(pid)).isEmpty();
        assertThat(LiteralNewlines.afterReopening(pid)).isEqualTo(pid);
        String typedCommand = "$$\\nu(t) = 1\n$$";
        assertThat(LiteralNewlines.find(typedCommand)).singleElement()
                .satisfies(f -> assertThat(f.shownAs()).isEqualTo("$$\nu(t) = 1"));
    }

    @Example
    void aLineBreakDecidedByTheLayoutOfDisplayMathIsNamed() {
        String field = "Formula:\\n$$\\nu(t) = 1\\n$$ and $$\\nu$$";
        String markdown = BodyCodec.decode(field);
        assertThat(LiteralNewlines.decidedByLayout(field)).singleElement().satisfies(f -> {
            assertThat(f.offset()).isEqualTo(markdown.indexOf("$$\nu(t)") + 2);
            assertThat(f.line()).isEqualTo(2);
            assertThat(f.column()).isEqualTo(3);
            assertThat(f.shownAs()).isEqualTo("u(t) = 1");
            assertThat(f.explanation()).contains("begin the next line with \\nu");
        });
        assertThat(LiteralNewlines.decidedByLayout("$$\\nabla f$$\\n$\\nu$")).isEmpty();
    }

    @Property(tries = 2000)
    void theFindingsAreExactlyWhatARoundTripChanges(@ForAll("markdown") String markdown) {
        List<LiteralNewlines.Finding> found = LiteralNewlines.find(markdown);
        StringBuilder applied = new StringBuilder();
        int at = 0;
        for (LiteralNewlines.Finding f : found) {
            applied.append(markdown, at, f.offset())
                    .append(f.kind() == LiteralNewlines.Kind.BECOMES_LINE_BREAK ? "\n" : "\\n");
            at = f.offset() + f.length();
        }
        applied.append(markdown.substring(at));
        assertThat(applied.toString()).isEqualTo(LiteralNewlines.afterReopening(markdown));
        for (LiteralNewlines.Finding f : found) {
            String piece = markdown.substring(f.offset(), f.offset() + f.length());
            assertThat(piece).isEqualTo(f.kind() == LiteralNewlines.Kind.BECOMES_LINE_BREAK ? "\\n" : "\n");
        }
    }

    @Property(tries = 1000)
    void markdownReadFromAFieldHasNothingToFind(@ForAll("field") String field) {
        assertThat(LiteralNewlines.find(BodyCodec.decode(field))).isEmpty();
    }

    @Provide
    Arbitrary<String> markdown() {
        return Arbitraries.of("\\n", "\n", "\\", "n", "u", "eq", "abla", "$", "$$", "\\(", "\\)", "\\[", "\\]", " ",
                "x", "`", "\\\\", "C:").list().ofMaxSize(30).map(list -> String.join("", list));
    }

    @Provide
    Arbitrary<String> field() {
        return Arbitraries.of("\\n", "\\nu", "\\neq", "\\nabla", "\\", "n", "u", "$", "$$", "\\(", "\\)", "\\[", "\\]",
                " ", "x", "\\\\").list().ofMaxSize(30).map(list -> String.join("", list));
    }
}
