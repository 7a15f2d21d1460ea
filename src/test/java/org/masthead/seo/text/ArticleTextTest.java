package org.masthead.seo.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What counts as prose: the rendered text, never Markdown syntax, code, math, tables, HTML or template tags. */
class ArticleTextTest {
    @Test
    void blocksKeepTheirKindLevelAndLine() {
        ArticleText text = ArticleText.of("""
                # Title here

                First paragraph, with **bold** and a [link](https://example.org/x_y).

                ## Second level
                - one item
                - two items
                """);
        assertThat(text.blocks()).extracting(ArticleText.Block::kind, ArticleText.Block::level, ArticleText.Block::text,
                ArticleText.Block::line).containsExactly(
                tuple(ArticleText.Kind.HEADING, 1, "Title here", 0),
                tuple(ArticleText.Kind.PARAGRAPH, 0, "First paragraph, with bold and a link.", 2),
                tuple(ArticleText.Kind.HEADING, 2, "Second level", 4),
                tuple(ArticleText.Kind.LIST_ITEM, 0, "one item", 5),
                tuple(ArticleText.Kind.LIST_ITEM, 0, "two items", 6));
        // headings are left out of the prose's words: 7 + 2 + 2
        assertThat(text.wordCount()).isEqualTo(11);
        assertThat(text.firstParagraph().text()).startsWith("First paragraph");
    }

    @Test
    void codeMathTablesHtmlAndTemplateTagsAreNotWords() {
        ArticleText text = ArticleText.of("""
                Run `ls -la` now and see $x^2 + y^2$ here, also \\(a+b\\) and {{< ref "x.md" >}} and {% link a.md %}.

                ```python
                print("hidden words here")
                ```

                | cell one | cell two |
                |---|---|
                | more | words |

                <div>html words</div>

                $$
                \\int f(x) dx
                $$

                    indented code words
                """);
        assertThat(text.blocks()).extracting(ArticleText.Block::text)
                .containsExactly("Run now and see here, also and and .");
        assertThat(text.sentences()).containsExactly(List.of("Run", "now", "and", "see", "here", "also", "and", "and"));
    }

    @Test
    void aListItemThatStartsWithMathKeepsItsWords() {
        // blanked math must not read as indentation, which would make the item an indented code block
        ArticleText text = ArticleText.of("""
                Two cases follow.

                - \\(\\Delta > 0\\): two distinct real roots.
                - $\\Delta = 0$: one repeated root.
                $$
                x = 1
                $$
                After the math.
                """);
        assertThat(text.blocks()).extracting(ArticleText.Block::kind, ArticleText.Block::text).containsExactly(
                tuple(ArticleText.Kind.PARAGRAPH, "Two cases follow."),
                tuple(ArticleText.Kind.LIST_ITEM, ": two distinct real roots."),
                tuple(ArticleText.Kind.LIST_ITEM, ": one repeated root."),
                tuple(ArticleText.Kind.PARAGRAPH, "After the math."));
        assertThat(text.sentences()).hasSize(4);
    }

    @Test
    void imageAltTextsAreCollectedNotCounted() {
        ArticleText text = ArticleText.of("""
                Intro ![A red bicycle](bike.png) text.

                <img src="a.png" alt="An HTML image">
                """);
        assertThat(text.alts()).extracting(ArticleText.Alt::text, ArticleText.Alt::line)
                .containsExactly(tuple("A red bicycle", 0), tuple("An HTML image", 2));
        assertThat(text.wordCount()).isEqualTo(2);
    }

    @Test
    void sentencesEndAtTerminatorsButNotAtAbbreviationsOrDecimals() {
        assertThat(Sentences.of("Pi is 3.14 roughly. See e.g. the table! Is it? Dr. Smith agreed. Done"))
                .containsExactly("Pi is 3.14 roughly.", "See e.g. the table!", "Is it?", "Dr. Smith agreed.", "Done");
        assertThat(Words.of("A well-known don't, x_y 42.")).containsExactly("A", "well-known", "don't", "x", "y", "42");
    }

    @Test
    void syllablesFollowTheDocumentedRule() {
        assertThat(List.of("the", "cat", "make", "table", "creature", "agree", "jumped", "wanted", "makes", "boxes",
                "seemingly", "hybrid", "well-known", "42", "rhythm"))
                .map(Syllables::count).containsExactly(1, 1, 1, 2, 2, 2, 1, 2, 1, 2, 3, 2, 2, 1, 1);
    }

    @Test
    void passiveVoiceIsToBePlusAPastParticiple() {
        assertThat(Passive.isPassive(Words.of("The letter was written by hand"))).isTrue();
        assertThat(Passive.isPassive(Words.of("The data are often collected weekly"))).isTrue();
        assertThat(Passive.isPassive(Words.of("The house is being built"))).isTrue();
        assertThat(Passive.isPassive(Words.of("She wrote the letter by hand"))).isFalse();
        assertThat(Passive.isPassive(Words.of("The apple is red"))).isFalse();
        assertThat(Passive.isPassive(Words.of("What is needed here"))).isFalse();
    }
}
