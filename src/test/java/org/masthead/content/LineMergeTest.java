package org.masthead.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineMergeTest {
    private static LineMerge.Result merge(String base, String mine, String theirs) {
        return LineMerge.merge(LineMerge.lines(base), LineMerge.lines(mine), LineMerge.lines(theirs));
    }

    @Test
    void linesKeepTheirBreaksAndTheLastMayHaveNone() {
        assertThat(LineMerge.lines("a\r\nb\n\nc")).containsExactly("a\r\n", "b\n", "\n", "c");
        assertThat(LineMerge.lines("")).isEmpty();
    }

    @Test
    void changesApartAreBothTaken() {
        LineMerge.Result r = merge("a\nb\nc\nd\n", "A\nb\nc\nd\n", "a\nb\nc\nD\n");
        assertThat(r.conflicts()).isZero();
        assertThat(r.text("ours", "theirs", "\n")).isEqualTo("A\nb\nc\nD\n");
    }

    @Test
    void theSameChangeOnBothSidesIsClean() {
        LineMerge.Result r = merge("a\nb\n", "a\nB\n", "a\nB\n");
        assertThat(r.conflicts()).isZero();
        assertThat(r.text("ours", "theirs", "\n")).isEqualTo("a\nB\n");
    }

    @Test
    void touchingChangesConflictAsInGitAroundTheirLinesOnly() {
        LineMerge.Result r = merge("a\nb\nc\nd\n", "a\nB\nc\nd\n", "a\nb\nC\nd\n");
        assertThat(r.conflicts()).isOne();
        assertThat(r.text("ours", "theirs", "\n")).isEqualTo("a\n<<<<<<< ours\nB\nc\n=======\nb\nC\n>>>>>>> theirs\nd\n");
    }

    @Test
    void aConflictOnALastLineWithoutABreakEndsWithoutOne() {
        LineMerge.Result r = merge("a\nb", "a\nB", "a\nX");
        assertThat(r.text("ours", "theirs", "\r\n")).isEqualTo("a\n<<<<<<< ours\r\nB\r\n=======\r\nX\r\n>>>>>>> theirs");
    }

    @Test
    void aDeletionAgainstAnEditConflicts() {
        LineMerge.Result r = merge("a\nb\nc\n", "a\nc\n", "a\nB\nc\n");
        assertThat(r.text("ours", "theirs", "\n")).isEqualTo("a\n<<<<<<< ours\n=======\nB\n>>>>>>> theirs\nc\n");
    }
}
