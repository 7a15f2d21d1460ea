package org.masthead.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PreviewBlocksTest {
    private static final String M = org.masthead.render.PageOptions.BLOCK_MARK;

    private static PreviewBlocks blocks(String... parts) {
        return PreviewBlocks.of("<h1>T</h1>" + M + String.join(M, parts) + M + "<footer/>");
    }

    @Test
    void partsFromTheRendererAreWhatSplittingTheirJoinGives() {
        List<String> parts = List.of("<p data-source-line=\"1\">a</p>", "<hr />", "<p data-source-line=\"12\">c</p>");
        PreviewBlocks split = blocks(parts.toArray(String[]::new));
        PreviewBlocks given = PreviewBlocks.of(new org.masthead.render.ContentBlocks("<h1>T</h1>", parts, "<footer/>"));
        assertThat(given.head()).isEqualTo(split.head());
        assertThat(given.blocks()).isEqualTo(split.blocks());
        assertThat(given.tail()).isEqualTo(split.tail());
        assertThat(given.lines()).containsExactly(1, 1, 12).isEqualTo(split.lines());
        assertThat(given.content()).isEqualTo("<h1>T</h1>" + M + String.join(M, parts) + M + "<footer/>");
        assertThat(PreviewBlocks.of(new org.masthead.render.ContentBlocks("<h1>T</h1>", List.of(), "")).content())
                .isEqualTo("<h1>T</h1>" + M);
    }

    @Test
    void aChangedParagraphIsTheOnlyBlockReplaced() {
        PreviewBlocks before = blocks("<p data-source-line=\"1\">a</p>", "<p data-source-line=\"3\">b</p>", "<p data-source-line=\"5\">c</p>");
        PreviewBlocks after = blocks("<p data-source-line=\"1\">a</p>", "<p data-source-line=\"3\">bx</p>", "<p data-source-line=\"5\">c</p>");
        PreviewBlocks.Patch patch = before.patchTo(after);
        assertThat(patch.from()).isEqualTo(1);
        assertThat(patch.remove()).isEqualTo(1);
        assertThat(patch.insert()).containsExactly("<p data-source-line=\"3\">bx</p>");
        assertThat(patch.lineDelta()).isZero();
    }

    @Test
    void blocksAfterAnInsertedLineAreKeptAndTheirLinesShifted() {
        PreviewBlocks before = blocks("<p data-source-line=\"1\">a</p>", "<ul data-source-line=\"3\"><li data-source-line=\"3\">c</li></ul>");
        PreviewBlocks after = blocks("<p data-source-line=\"1\">a</p>", "<p data-source-line=\"3\">new</p>",
                "<ul data-source-line=\"5\"><li data-source-line=\"5\">c</li></ul>");
        PreviewBlocks.Patch patch = before.patchTo(after);
        assertThat(patch.from()).isEqualTo(1);
        assertThat(patch.remove()).isZero();
        assertThat(patch.insert()).containsExactly("<p data-source-line=\"3\">new</p>");
        assertThat(patch.lineDelta()).isEqualTo(2);
    }

    @Test
    void aBlockWhoseLinesMovedUnevenlyIsReplaced() {
        assertThat(PreviewBlocks.shifted("<ul data-source-line=\"3\"><li data-source-line=\"4\">",
                "<ul data-source-line=\"5\"><li data-source-line=\"7\">", 2)).isFalse();
        assertThat(PreviewBlocks.shifted("<ul data-source-line=\"3\"><li data-source-line=\"4\">",
                "<ul data-source-line=\"5\"><li data-source-line=\"6\">", 2)).isTrue();
    }

    @Test
    void aChangedTitleOrRelatedListReplacesEverything() {
        PreviewBlocks before = blocks("<p>a</p>");
        assertThat(before.patchTo(PreviewBlocks.of("<h1>U</h1>" + M + "<p>a</p>" + M + "<footer/>"))).isNull();
        assertThat(before.patchTo(PreviewBlocks.of("<h1>T</h1>" + M + "<p>a</p>" + M + "<footer>x</footer>"))).isNull();
        assertThat(before.patchTo(before).isEmpty()).isTrue();
    }

    @Test
    void anArticleWithNoBlocksStillSplits() {
        PreviewBlocks empty = PreviewBlocks.of("<h1>T</h1>" + M + "<footer/>");
        assertThat(empty.blocks()).isEmpty();
        PreviewBlocks.Patch patch = empty.patchTo(blocks("<p>a</p>", "<p>b</p>"));
        assertThat(patch.insert()).isEqualTo(List.of("<p>a</p>", "<p>b</p>"));
        assertThat(patch.remove()).isZero();
    }
}
