package org.masthead.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarkdownListsTest {
    /** The line after applying the edit, with | for the caret. */
    private static String applied(String line, Optional<MarkdownLists.LineEdit> edit) {
        MarkdownLists.LineEdit e = edit.orElseThrow();
        String text = line.substring(0, e.from()) + e.text() + line.substring(e.to());
        return text.substring(0, e.caret()) + "|" + text.substring(e.caret());
    }

    @Test
    void enterContinuesABullet() {
        assertThat(applied("- apples", MarkdownLists.enter("- apples", 8))).isEqualTo("- apples\n- |");
        assertThat(applied("  * nested", MarkdownLists.enter("  * nested", 10))).isEqualTo("  * nested\n  * |");
    }

    @Test
    void enterIncrementsANumberKeepingItsDelimiterAndPadding() {
        assertThat(applied("9. nine", MarkdownLists.enter("9. nine", 7))).isEqualTo("9. nine\n10. |");
        assertThat(applied("1) one", MarkdownLists.enter("1) one", 6))).isEqualTo("1) one\n2) |");
        assertThat(applied("07. seven", MarkdownLists.enter("07. seven", 9))).isEqualTo("07. seven\n08. |");
    }

    @Test
    void enterStartsAnUntickedTaskAndContinuesAQuote() {
        assertThat(applied("- [x] done", MarkdownLists.enter("- [x] done", 10))).isEqualTo("- [x] done\n- [ ] |");
        assertThat(applied("> said", MarkdownLists.enter("> said", 6))).isEqualTo("> said\n> |");
        assertThat(applied("> - quoted item", MarkdownLists.enter("> - quoted item", 15)))
                .isEqualTo("> - quoted item\n> - |");
    }

    @Test
    void enterInTheMiddleMovesTheRestToTheNewItem() {
        assertThat(applied("- ab cd", MarkdownLists.enter("- ab cd", 4))).isEqualTo("- ab\n- |cd");
    }

    @Test
    void enterOnAnEmptyItemEndsTheList() {
        assertThat(applied("- ", MarkdownLists.enter("- ", 2))).isEqualTo("|");
        assertThat(applied("3. ", MarkdownLists.enter("3. ", 3))).isEqualTo("|");
        assertThat(applied("- [ ] ", MarkdownLists.enter("- [ ] ", 6))).isEqualTo("|");
        assertThat(applied(">", MarkdownLists.enter(">", 1))).isEqualTo("|");
    }

    @Test
    void otherLinesAreLeftToTheEditor() {
        assertThat(MarkdownLists.enter("plain text", 5)).isEmpty();
        assertThat(MarkdownLists.enter("**bold** start", 14)).isEmpty();
        assertThat(MarkdownLists.enter("-not a list", 11)).isEmpty();
        assertThat(MarkdownLists.enter("- item", 1)).as("caret inside the marker").isEmpty();
        assertThat(MarkdownLists.indent("> quote", 3)).isEmpty();
        assertThat(MarkdownLists.indent("text", 2)).isEmpty();
        assertThat(MarkdownLists.outdent("text", 2)).isEmpty();
    }

    @Test
    void tabIndentsByTheMarkerWidthAndShiftTabTakesItBack() {
        assertThat(applied("- item", MarkdownLists.indent("- item", 6))).isEqualTo("  - item|");
        assertThat(applied("1. item", MarkdownLists.indent("1. item", 7))).isEqualTo("   1. item|");
        assertThat(applied("   1. item", MarkdownLists.outdent("   1. item", 10))).isEqualTo("1. item|");
        assertThat(applied("    - item", MarkdownLists.outdent("    - item", 10))).isEqualTo("  - item|");
        assertThat(applied("- item", MarkdownLists.outdent("- item", 3))).as("already at the margin")
                .isEqualTo("- i|tem");
    }
}
