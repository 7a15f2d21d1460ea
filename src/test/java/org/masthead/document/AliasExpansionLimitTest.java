package org.masthead.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Every edit compares the data before and after it with aliases written out. A few lines of
 * aliases can stand for a huge tree, so past {@link Data#MAX_NODES} values the edit is refused
 * with a message instead of being checked; up to it, it is checked and made.
 */
class AliasExpansionLimitTest {

    /** Lists of {@code x} and of aliases to them, {@code extra} plain items more than 200,000 values in all. */
    private static String aliases(int extra) {
        // values, aliases counted in full: root 1, t 1, a 200, b 2,001, c 20,011, d 160,089, e 16,009, f 1,601, g 87
        return "---\nt: 1\na: &a [" + "x, ".repeat(198) + "x]\n"
                + "b: &b [" + "*a, ".repeat(9) + "*a]\n"
                + "c: &c [" + "*b, ".repeat(9) + "*b]\n"
                + "d: [" + "*c, ".repeat(7) + "*c]\n"
                + "e: [" + "*b, ".repeat(7) + "*b]\n"
                + "f: [" + "*a, ".repeat(7) + "*a]\n"
                + "g: [" + "y, ".repeat(85 + extra) + "y]\n---\nbody\n";
    }

    @Test
    void anEditIsCheckedUpToTheLimitAndRefusedPastIt() throws DocumentException {
        assertThat(TestFiles.doc(aliases(0)).set(KeyPath.of("t"), "2").text()).startsWith("---\nt: 2\na: &a [x, ");
        assertThatThrownBy(() -> TestFiles.doc(aliases(1)).set(KeyPath.of("t"), "2"))
                .isInstanceOf(DocumentException.class).hasMessageContaining("repeats values through YAML aliases too many times");
    }

    @Test
    void aliasesOfAliasesCountEveryTimeTheyAreWrittenOut() {
        // a tenfold alias five times over: a million values from eight lines
        StringBuilder text = new StringBuilder("---\nt: 1\na: &a [" + "x, ".repeat(9) + "x]\n");
        String previous = "a";
        for (char c = 'b'; c <= 'f'; c++) {
            text.append(c).append(": &").append(c).append(" [").append(("*" + previous + ", ").repeat(9)).append('*')
                    .append(previous).append("]\n");
            previous = String.valueOf(c);
        }
        String bomb = text.append("---\n").toString();
        assertThatThrownBy(() -> TestFiles.doc(bomb).set(KeyPath.of("t"), "2"))
                .isInstanceOf(DocumentException.class).hasMessageContaining("too many times")
                .hasMessageStartingWith("test.md:2:4:");
        assertThatThrownBy(() -> TestFiles.doc(bomb).renameKey(KeyPath.of("t"), "u"))
                .isInstanceOf(DocumentException.class).hasMessageContaining("too many times");
    }
}
