package org.masthead.seo.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The short ways of reading prose ({@link PlainMarkdown} for blocks, {@link Emphasis} for inline
 * text) are held to commonmark: on generated Markdown built from the pieces where the two could
 * part (list markers that may or may not interrupt a paragraph, fences, rules, indentation,
 * emphasis runs beside punctuation, white space and surrogate pairs), {@link ArticleText#of} gives
 * the same blocks, lines, texts, sentences and alt texts as {@link ArticleText#ofCommonmark}.
 */
class PlainMarkdownTest {
    private static final String[] STARTS = {"", "", "", "", "# ", "## ", "###### ", "####### ", "#", "#x ", "- ", "* ",
        "+ ", "1. ", "2. ", "1) ", "10. ", "0. ", "01. ", "1234567890. ", "-", "-\t", "1.\t", "-     ", "- - ", "1. 1. ",
        "- # ", "- > ", "> ", "    ", "   ", " ", "\t", "```", "```py", "~~~", "``", "```a`b", "`~~", "    ```", "   ```",
        "***", "---", "===", "___", "- ***", "1. ___", "- ```", "1. ~~~", "[x]: /u", "[x] ", "<div>", "<b>", "| a | b |",
        "|---|", "\u00a0", "$x$ ", "\\(a\\) ", "- $y$ ", "&nbsp;", "{{< sc >}}", "![a](b) ", "**", "__", "*a*",
        "- **B**: ", "1. **C D**: ", "-x", "+1", "*x", "##  ", "# x #", "# x#", "\r", "\f", "\\", "`", "<", "&", "[", "]"};
    private static final String[] WORDS = {"word", "the", "cat.", "Dr.", "end!", "why?", "x*y", "*em*", "**st**", "_u_",
        "a_b", "it’s", "don't", "3.14", "é", "😀", "[l](u)", "`c`", "<i>", "&amp;", "\\*", "$m$", "![i](p)",
        "<img alt='q'>", "#", "|", "  ", "\t", "***", "___"};
    private static final String[] ENDS = {"\n", "\n", "\n", "\n\n", "\r\n", "  \n", " \n", "\t\n", "\n   \n"};

    @Test
    void plainMarkdownIsReadAsCommonmarkReadsIt() {
        Random random = new Random(20261208);
        int plain = 0;
        for (int k = 0; k < 20_000; k++) {
            StringBuilder md = new StringBuilder();
            int lines = random.nextInt(12);
            for (int l = 0; l < lines; l++) {
                md.append(STARTS[random.nextInt(STARTS.length)]);
                for (int w = random.nextInt(6); w > 0; w--) {
                    md.append(random.nextInt(4) == 0 ? WORDS[random.nextInt(WORDS.length)] : "w" + random.nextInt(5));
                    md.append(random.nextInt(4) > 0 ? " " : "");
                }
                md.append(l < lines - 1 || random.nextBoolean() ? ENDS[random.nextInt(ENDS.length)] : "");
            }
            String text = md.toString();
            assertThat(render(ArticleText.of(text))).as(text).isEqualTo(render(ArticleText.ofCommonmark(text)));
            char[] chars = text.toCharArray();
            plain += PlainMarkdown.read(chars, chars.length) == null ? 0 : 1;
        }
        // both ways are tried often: the subset is neither everything nor nothing
        assertThat(plain).isBetween(2_000, 18_000);
    }

    @Test
    void emphasisIsTakenOutAsCommonmarkTakesItOut() {
        String alphabet = "**__aab  .!()\u00a0\n-é😀,\u3000'\"#";
        Random random = new Random(7);
        for (int k = 0; k < 100_000; k++) {
            StringBuilder md = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                char c = alphabet.charAt(random.nextInt(alphabet.length()));
                md.append(Character.isSurrogate(c) ? "😀" : String.valueOf(c));
            }
            String text = md.toString();
            assertThat(render(ArticleText.of(text))).as(text).isEqualTo(render(ArticleText.ofCommonmark(text)));
        }
    }

    @Test
    void theSubsetIsParagraphsHeadingsListItemsAndFences() {
        String md = """
                # Title

                First line
                continues here.
                - item one
                lazy line
                2. still an item
                ```python
                print("not prose")
                ```
                After **the** fence.
                """;
        char[] chars = md.toCharArray();
        assertThat(PlainMarkdown.read(chars, chars.length)).extracting(f -> f.kind, f -> f.level, f -> f.line, f -> f.lines)
                .containsExactly(tuple(ArticleText.Kind.HEADING, 1, 0, 1), tuple(ArticleText.Kind.PARAGRAPH, 0, 2, 2),
                        tuple(ArticleText.Kind.LIST_ITEM, 0, 4, 2), tuple(ArticleText.Kind.LIST_ITEM, 0, 6, 1),
                        tuple(ArticleText.Kind.PARAGRAPH, 0, 10, 1));
        // an ordered item that does not start at 1 does not interrupt a paragraph outside a list: it is its text
        char[] numbered = "Text\n2. more".toCharArray();
        assertThat(PlainMarkdown.read(numbered, numbered.length)).singleElement().extracting(f -> f.lines).isEqualTo(2);
        for (String outside : List.of("    indented code", "> quote", "<div>x</div>", "a\n---", "***", "| a |",
                "[x]: /url", "- ", "- - nested", "-     code in item", "# closed #", "a\rb")) {
            char[] c = outside.toCharArray();
            assertThat(PlainMarkdown.read(c, c.length)).as(outside).isNull();
        }
    }

    @Test
    void emphasisDelimitersAreDroppedOnlyWhereTheyMatch() {
        assertThat(strip("**Bold lead**: text")).isEqualTo("Bold lead: text");
        assertThat(strip("snake_case and 2 * 3 * 4")).isEqualTo("snake_case and 2 * 3 * 4");
        assertThat(strip("***both*** and *unclosed")).isEqualTo("both and *unclosed");
        assertThat(strip("foo**bar**baz")).isEqualTo("foobarbaz"); // intraword with *, never with _
        assertThat(strip("foo__bar__baz")).isEqualTo("foo__bar__baz");
        assertThat(strip("a `code` span")).isNull();
    }

    private static String strip(String text) {
        char[] chars = text.toCharArray();
        int kept = Emphasis.strip(chars, chars.length);
        return kept < 0 ? null : new String(chars, 0, kept);
    }

    static String render(ArticleText text) {
        StringBuilder out = new StringBuilder();
        for (ArticleText.Block b : text.blocks()) {
            out.append(b.kind()).append(' ').append(b.level()).append(' ').append(b.line()).append(" [")
                    .append(b.text()).append("] ").append(b.sentences()).append('\n');
        }
        for (ArticleText.Alt a : text.alts()) {
            out.append("alt ").append(a.line()).append(' ').append(a.text()).append('\n');
        }
        return out.toString();
    }
}
