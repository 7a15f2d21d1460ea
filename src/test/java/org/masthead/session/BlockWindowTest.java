package org.masthead.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import org.junit.jupiter.api.Test;

class BlockWindowTest {
    private static PreviewBlocks.Patch patch(int from, int remove, int insert, int lineDelta) {
        return new PreviewBlocks.Patch(from, remove, Collections.nCopies(insert, "<p>x</p>"), lineDelta);
    }

    private static BlockWindow over(int anchor, int count) {
        BlockWindow window = new BlockWindow(100);
        window.centre(anchor, count);
        return window;
    }

    @Test
    void theAnchorSitsInTheFirstThirdAndTheWindowStaysInsideTheArticle() {
        BlockWindow middle = over(5000, 10_000);
        assertThat(middle.from()).isEqualTo(5000 - 33);
        assertThat(middle.to()).isEqualTo(middle.from() + 100);
        BlockWindow start = over(10, 10_000);
        assertThat(start.from()).isZero();
        BlockWindow end = over(9_990, 10_000);
        assertThat(end.to()).isEqualTo(10_000);
        assertThat(end.from()).isEqualTo(9_900);
    }

    @Test
    void aPatchInsideComesBackInPagePositionsAndGrowsTheWindow() {
        BlockWindow window = over(5000, 10_000);
        int from = window.from();
        PreviewBlocks.Patch onPage = window.onPage(patch(from + 10, 1, 3, 4));
        assertThat(onPage.from()).isEqualTo(10);
        assertThat(onPage.remove()).isEqualTo(1);
        assertThat(onPage.insert()).hasSize(3);
        assertThat(onPage.lineDelta()).isEqualTo(4);
        assertThat(window.to() - window.from()).isEqualTo(102);
        assertThat(window.count()).isEqualTo(10_002);
    }

    @Test
    void aPatchBeforeMovesTheWindowAndOnlyShiftsTheLinesInThePage() {
        BlockWindow window = over(5000, 10_000);
        int from = window.from();
        PreviewBlocks.Patch onPage = window.onPage(patch(10, 2, 5, 7));
        assertThat(onPage.remove()).isZero();
        assertThat(onPage.insert()).isEmpty();
        assertThat(onPage.from()).isZero();
        assertThat(onPage.lineDelta()).isEqualTo(7);
        assertThat(window.from()).isEqualTo(from + 3);
    }

    @Test
    void aPatchAfterChangesNothingInThePage() {
        BlockWindow window = over(5000, 10_000);
        int from = window.from();
        int to = window.to();
        PreviewBlocks.Patch onPage = window.onPage(patch(to + 5, 1, 0, -2));
        assertThat(onPage.isEmpty()).isTrue();
        assertThat(window.from()).isEqualTo(from);
        assertThat(window.to()).isEqualTo(to);
        assertThat(window.count()).isEqualTo(9_999);
    }

    @Test
    void addingAtTheEndOfAnArticleWhoseEndIsShownGoesIntoThePage() {
        BlockWindow window = over(9_990, 10_000);
        PreviewBlocks.Patch onPage = window.onPage(patch(10_000, 0, 2, 0));
        assertThat(onPage).isNotNull();
        assertThat(onPage.insert()).hasSize(2);
        assertThat(window.to()).isEqualTo(10_002);
    }

    @Test
    void aPatchAcrossAnEdgeOrOneThatEmptiesTheWindowAsksForARefill() {
        BlockWindow window = over(5000, 10_000);
        assertThat(window.onPage(patch(window.from() - 1, 3, 1, 0))).isNull();
        BlockWindow other = over(5000, 10_000);
        assertThat(other.onPage(patch(other.from(), 90, 0, 0))).isNull();
    }

    @Test
    void holdsCountsTheArticleEdgesAsMargin() {
        BlockWindow start = over(0, 10_000);
        assertThat(start.holds(0, 30)).isTrue();
        assertThat(start.holds(80, 30)).isFalse();
        BlockWindow middle = over(5000, 10_000);
        assertThat(middle.holds(middle.from() + 5, 30)).isFalse();
        assertThat(middle.holds(middle.from() + 40, 30)).isTrue();
        assertThat(middle.holds(middle.to(), 0)).isFalse();
    }
}
