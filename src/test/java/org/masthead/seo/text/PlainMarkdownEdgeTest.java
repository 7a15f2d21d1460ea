package org.masthead.seo.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The short way of reading prose ({@link PlainMarkdown}) against commonmark on hand-picked lines
 * at the edges of its subset, which the generated Markdown of {@link PlainMarkdownTest} reaches
 * only by chance: a fence closed after three and after four spaces, a lone carriage return inside
 * a fence, headings of six and seven hashes and a last line with no line break, ordered items
 * numbered 0, 1, 9 and 10 after a paragraph, markers with nine and ten digits, item text after
 * four and five spaces. The words a check counts must not depend on which way was taken.
 */
class PlainMarkdownEdgeTest {
    private static final List<String> TEXTS = List.of(
            "```\ncode words\n   ```\nProse after the fence.\n",
            "```\ncode words\n    ```\nStill code here.\n```\nProse after the fence.\n",
            "~~~~\ncode words\n~~~\nStill code.\n~~~~~\nProse after.\n",
            "```\ncode words\r```\nProse after it.\n",
            "```\ncode words\r\n```\r\nProse after it.\r\n",
            "###### Six hashes\nText.\n",
            "####### Seven hashes\nText.\n",
            "Text above.\n#",
            "Text above.\n######",
            "Text above.\n# \t",
            "#\tTabbed heading\n",
            "## Heading ##\n",
            "Text above\n0. zero item\n",
            "Text above\n1. one item\n",
            "Text above\n9. nine item\n",
            "Text above\n10. ten item\n",
            "Text above\n1) one item\n",
            "- a list item\n9. nine item\n",
            "- a list item\n0. zero item\n",
            "123456789. nine digits\n",
            "1234567890. ten digits\n",
            "-    four spaces\n",
            "-     five spaces\n",
            "1.    four spaces\n",
            "1.     five spaces\n",
            "- ``two ticks\n",
            "- ```\n",
            "- ~~~\n",
            "- ~~x\n",
            "- text\n- # heading in item\n",
            "Text above.\n- last item",
            "Text above.\n1.",
            "Text above.\n-",
            "Text above.\n   ```",
            "Text\n\n   indented three\n");

    @Test
    void theWordsAreTheSameWhicheverWayTheTextIsRead() {
        for (String text : TEXTS) {
            assertThat(PlainMarkdownTest.render(ArticleText.of(text))).as(text)
                    .isEqualTo(PlainMarkdownTest.render(ArticleText.ofCommonmark(text)));
        }
    }

    @Test
    void proseAfterAFenceClosedByThreeSpacesIsCountedAndAfterFourIsNot() {
        assertThat(ArticleText.of("```\nx\n   ```\nProse after the fence.\n").wordCount()).isEqualTo(4);
        assertThat(ArticleText.of("```\nx\n    ```\nStill code here.\n").wordCount()).isZero();
    }
}
