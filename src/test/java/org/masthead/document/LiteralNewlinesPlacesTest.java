package org.masthead.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where {@link LiteralNewlines} says a change after reopening will be: line and column as an editor
 * counts them (CR LF is one line break), and the line as it will read. Counted by hand.
 */
class LiteralNewlinesPlacesTest {

    @Test
    void aLostLineBreakIsOnTheLineItEnds() {
        List<LiteralNewlines.Finding> found = LiteralNewlines.find("$$\nx = 1\nu = 2\n$$");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.line()).isEqualTo(2);
            assertThat(f.column()).isEqualTo(6);
            assertThat(f.explanation()).contains("inside math").contains("x = 1\\nu = 2");
        });
    }

    @Test
    void crLfLinesAreOneBreakEachAndTheLineShownHasNoCarriageReturn() {
        String markdown = "$$\r\nx = 1\r\nu = 2\r\n$$";
        assertThat(LiteralNewlines.find(markdown)).singleElement().satisfies(f -> {
            assertThat(f.offset()).isEqualTo(markdown.indexOf("\r\nu"));
            assertThat(f.length()).isEqualTo(2);
            assertThat(f.line()).isEqualTo(2);
            assertThat(f.column()).isEqualTo(6);
            assertThat(f.shownAs()).isEqualTo("x = 1\\nu = 2");
        });
        String typed = "first\r\nC:\\new\r\nlast";
        assertThat(LiteralNewlines.find(typed)).singleElement().satisfies(f -> {
            assertThat(f.offset()).isEqualTo(9);
            assertThat(f.line()).isEqualTo(2);
            assertThat(f.column()).isEqualTo(3);
            assertThat(f.shownAs()).isEqualTo("C:\new");
        });
    }

    @Test
    void aTypedBackslashNAtTheStartOfALineIsShownAsTheBreakItBecomes() {
        assertThat(LiteralNewlines.find("first\n\\nsecond")).singleElement().satisfies(f -> {
            assertThat(f.line()).isEqualTo(2);
            assertThat(f.column()).isEqualTo(1);
            assertThat(f.shownAs()).isEqualTo("\nsecond");
            assertThat(f.explanation()).contains("saved as typed");
        });
    }

    @Test
    void aLayoutBreakAfterAFirstEmptyLineIsOnLineTwo() {
        // the Markdown starts with a line break: "\n$$\nu(t) = 1\n$$"
        assertThat(LiteralNewlines.decidedByLayout("\\n$$\\nu(t) = 1\\n$$")).singleElement().satisfies(f -> {
            assertThat(f.line()).isEqualTo(2);
            assertThat(f.column()).isEqualTo(3);
            assertThat(f.shownAs()).isEqualTo("u(t) = 1");
        });
        assertThat(LiteralNewlines.decidedByLayout("A\\nB\\n$$\\nu(t) = 1\\n$$")).singleElement()
                .satisfies(f -> assertThat(f.line()).isEqualTo(3));
    }

    @Test
    void aLoneCarriageReturnAtTheEndIsALineBreak() {
        // an old Mac line end: C:\new then CR, the last char of the text
        assertThat(LiteralNewlines.find("C:\\new\r")).singleElement().satisfies(f -> {
            assertThat(f.offset()).isEqualTo(2);
            assertThat(f.line()).isEqualTo(1);
        });
        assertThat(LiteralNewlines.afterReopening("a\r")).isEqualTo("a\n");
    }
}
