package org.masthead.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The live preview swaps in only the blocks whose HTML is a new string, so an edit must give every
 * block it did not touch back as the same instance, and the whole must equal a full render.
 */
class IncrementalBlocksKeptTest {
    private static final MarkdownRenderer MARKED = new MarkdownRenderer(false, UnaryOperator.identity(), true);

    private static String paragraphs(String before, int count) {
        StringBuilder text = new StringBuilder(before);
        for (int i = 0; i < count; i++) {
            text.append("Paragraph ").append(i).append(" with *emphasis*.\n\n");
        }
        return text.toString();
    }

    private static String joined(List<String> blocks) {
        StringBuilder out = new StringBuilder();
        blocks.forEach(block -> out.append(PageOptions.BLOCK_MARK).append(block));
        return out.append(PageOptions.BLOCK_MARK).toString();
    }

    /** Renders {@code text}, then {@code edited}, and checks that only the blocks in {@code changed} are new strings. */
    private static void assertOnlyChanged(String text, String edited, List<Integer> changed) {
        IncrementalBody body = new IncrementalBody(MARKED);
        List<String> before = body.renderBlocks(text);
        List<String> after = body.renderBlocks(edited);
        assertThat(joined(after)).isEqualTo(MARKED.render(edited));
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < after.size(); i++) {
            if (changed.contains(i)) {
                assertThat(after.get(i)).as("block %d", i).isNotEqualTo(before.get(i));
            } else {
                assertThat(after.get(i)).as("block %d", i).isSameAs(before.get(i));
            }
        }
    }

    @Test
    void aBodyStartingWithABlankLineKeepsTheBlocksAnEditDidNotTouch() {
        // a body read after its front matter starts with the line break that ends the fence
        String text = paragraphs("\n", 40);
        int at = text.indexOf("Paragraph 25 ") + "Paragraph 25".length();
        assertOnlyChanged(text, text.substring(0, at) + " and more" + text.substring(at), List.of(25));
    }

    @Test
    void anEditInTheSecondBlockKeepsTheFirst() {
        String text = paragraphs("", 5);
        int at = text.indexOf("Paragraph 1 ") + "Paragraph 1".length();
        assertOnlyChanged(text, text.substring(0, at) + " and more" + text.substring(at), List.of(1));
    }

    @Test
    void anEditInTheFirstBlockKeepsTheSecond() {
        String text = paragraphs("", 5);
        int at = "Paragraph 0".length();
        assertOnlyChanged(text, text.substring(0, at) + " and more" + text.substring(at), List.of(0));
    }

    @Test
    void spacesTypedOnABlankLineAboveTheFirstBlockChangeNoBlock() {
        String text = paragraphs("\n\n", 5);
        assertOnlyChanged(text, "\n  \n" + text.substring(2), List.of());
    }

    @Test
    void spacesTypedOnABlankLineBetweenBlocksChangeNoBlock() {
        String text = paragraphs("", 5);
        int at = text.indexOf("Paragraph 3 ") - 1;
        assertOnlyChanged(text, text.substring(0, at) + "   " + text.substring(at), List.of());
    }

    @Test
    void aLineAddedAboveMovesTheSourceLinesOfEveryBlockBelow() {
        String text = paragraphs("", 5);
        int at = text.indexOf("Paragraph 2 ");
        String edited = text.substring(0, at) + "New.\n\n" + text.substring(at);
        IncrementalBody body = new IncrementalBody(MARKED);
        body.renderBlocks(text);
        List<String> after = body.renderBlocks(edited);
        assertThat(joined(after)).isEqualTo(MARKED.render(edited));
        assertThat(after.get(4)).contains("data-source-line=\"9\"");
    }

    @Test
    void anEditInTheLastBlockKeepsTheOthers() {
        String text = paragraphs("", 5);
        int at = text.indexOf("Paragraph 4 ") + "Paragraph 4".length();
        assertOnlyChanged(text, text.substring(0, at) + " and more" + text.substring(at), List.of(4));
    }

    @Test
    void theSameTextAgainKeepsEveryBlock() {
        String text = paragraphs("", 5) + "Last, without a line break";
        assertOnlyChanged(text, new String(text.toCharArray()), List.of());
    }

    @Test
    void aHeadingTurnedIntoTextRenumbersTheAnchorsBelow() {
        String text = "## Steps\n\nA.\n\n## Steps\n\nB.\n\n## Steps\n\nC.\n";
        String edited = text.replace("A.\n\n## Steps", "A.\n\nSteps");
        IncrementalBody body = new IncrementalBody(MARKED);
        body.renderBlocks(text);
        assertThat(joined(body.renderBlocks(edited))).isEqualTo(MARKED.render(edited)).contains("id=\"steps-1\"")
                .doesNotContain("steps-2");
    }

    @Test
    void aReferenceDefinedInsideAQuoteStillResolvesAfterAnEdit() {
        String text = "See [x].\n\nA.\n\nB.\n\n> [x]: /somewhere\n";
        String edited = text.replace("See [x].", "See [x] now.");
        IncrementalBody body = new IncrementalBody(MARKED);
        body.renderBlocks(text);
        assertThat(joined(body.renderBlocks(edited))).isEqualTo(MARKED.render(edited)).contains("href=\"/somewhere\"");
    }

    @Test
    void textTurnedIntoAHeadingRenumbersTheAnchorsBelow() {
        String text = "A.\n\nSteps\n\nC.\n\n## Steps\n\nD.\n";
        String edited = text.replace("\nSteps", "\n## Steps");
        IncrementalBody body = new IncrementalBody(MARKED);
        body.renderBlocks(text);
        assertThat(joined(body.renderBlocks(edited))).isEqualTo(MARKED.render(edited)).contains("id=\"steps-1\"");
    }

    @Test
    void deletingAParagraphKeepsTheBlocksAboveAndMovesTheOnesBelowUp() {
        String text = paragraphs("", 6);
        String edited = text.replace("Paragraph 2 with *emphasis*.\n\n", "");
        IncrementalBody body = new IncrementalBody(MARKED);
        List<String> before = body.renderBlocks(text);
        List<String> after = body.renderBlocks(edited);
        assertThat(joined(after)).isEqualTo(MARKED.render(edited));
        assertThat(after).hasSize(5);
        assertThat(after.get(0)).isSameAs(before.get(0));
        assertThat(after.get(1)).isSameAs(before.get(1));
        // paragraph 3 was on line 7 and is on line 5
        assertThat(after.get(2)).contains("data-source-line=\"5\"", "Paragraph 3");
    }
}
