package org.masthead.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A file cut short while its front matter is typed (or saved half way by another program) ends
 * anywhere: inside a value, after a run of spaces, half way into the closing {@code ---} or
 * {@code ...}, right after a byte-order mark, after a character of two, three or four bytes. The
 * fast reader reads the bytes of exactly that length; for every such end it hands the file to the
 * parser (which says the front matter is not closed) instead of throwing, and once the closing
 * fence is whole it reads what the editor's model reads.
 */
class FastReaderCutShortTest {

    private static final String[] WHOLE = {
        """
        ---
        title: Dear Editor, a note \u00a3
        tags:
          - x \u20ac
          \s\s
        n: 12 \uD83D\uDE00
        ---
        """,
        "\uFEFF---\nk: v \u00e9\n...\n",
        "---\na: x\nb: caf\u00e9 \u00a3\n---",
    };

    @Test
    void everyCutOfAFrontMatterIsLeftToTheParserUntilItsClosingFenceIsWhole() throws DocumentException {
        for (String whole : WHOLE) {
            int fenceEnd = Math.max(whole.lastIndexOf("\n---") + 4, whole.lastIndexOf("\n...") + 4);
            for (int cut = 0; cut <= whole.length(); cut++) {
                if (cut > 0 && Character.isHighSurrogate(whole.charAt(cut - 1))) {
                    continue; // half a character is not text
                }
                String text = whole.substring(0, cut);
                FastReaderVerdicts.neverDisagrees(text);
                if (cut >= fenceEnd) {
                    FastReaderVerdicts.answersAsTheModel(text);
                }
            }
        }
    }

    @Test
    void theUnclosedEndsTheParserRefuses() {
        for (String text : new String[] {"---\na: 1\n-", "---\na: 1\n--", "---\na: 1\n.", "---\na: 1\n..",
                "---\na: 1\n   ", "---\ntitle: x", "---\ntitle: \u00a3", "---\ntitle: \u20ac", "\uFEFF---",
                "\uFEFF--", "\uFEFF-", "---\na: \uD83D\uDE00", "---\na: x\uD83D\uDE00", "---\na: xx\uD83D\uDE00",
                "---\na: xxx\uD83D\uDE00"}) {
            assertThat(FastReaderVerdicts.neverDisagrees(text)).as(text).isNull();
        }
    }
}
