package org.masthead.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextDiffTest {
    @Test
    void showsTheChangedRegionWithContext() {
        String before = "a\nb\nc\nd\ne\nf\n";
        String after = "a\nb\nc\nD!\ne\nf\n";
        assertThat(TextDiff.unified("disk", before, "mine", after)).isEqualTo(
                "--- disk\n+++ mine\n@@ -2,5 +2,5 @@\n b\n c\n-d\n+D!\n e\n f\n");
    }

    @Test
    void insertionsAndDeletionsAtTheEnds() {
        assertThat(TextDiff.unified("x", "a\n", "y", "a\nb\n")).isEqualTo("--- x\n+++ y\n@@ -1,1 +1,2 @@\n a\n+b\n");
        assertThat(TextDiff.unified("x", "a\nb\n", "y", "b\n")).isEqualTo("--- x\n+++ y\n@@ -1,2 +1,1 @@\n-a\n b\n");
    }

    @Test
    void identicalTextsHaveNoDiffButInvisibleDifferencesAreNamed() {
        assertThat(TextDiff.unified("x", "a\nb", "y", "a\nb")).isEmpty();
        assertThat(TextDiff.unified("x", "a\nb", "y", "a\nb\n")).contains("final newline");
    }
}
