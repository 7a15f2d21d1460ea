package org.masthead.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer(false);

    private String render(String markdown) {
        return renderer.render(markdown);
    }

    @Nested
    class Markdown {
        @Test
        void pipeTablesBecomeHtmlTables() {
            String html = render("| Name | Value |\n|---|---:|\n| pi | 3.14 |\n");
            assertThat(html).contains("<table", "<th>Name</th>", "<td>pi</td>").contains("3.14</td>");
            assertThat(html).doesNotContain("|---");
        }

        @Test
        void codeFencesKeepTheirTextAndLanguage() {
            String html = render("```java\nif (a < b && c) { x = $y$; }\n```\n");
            assertThat(html).contains("<pre", "class=\"language-java\"",
                    "if (a &lt; b &amp;&amp; c) { x = $y$; }");
            assertThat(html).doesNotContain("math");
        }

        @Test
        void dollarsInInlineCodeStayCode() {
            assertThat(render("Run `echo $HOME $PATH` now")).contains("<code>echo $HOME $PATH</code>")
                    .doesNotContain("math");
        }

        @Test
        void strikethroughTaskListsAutolinksAndHeadingAnchors() {
            String html = render("## Getting started\n\n- [x] done ~~old~~\n- [ ] todo\n\nSee www.example.org today.\n");
            assertThat(html).contains("<h2 id=\"getting-started\"", "<del>old</del>", "type=\"checkbox\"",
                    "href=\"http://www.example.org\"");
        }
    }

    @Nested
    class Math {
        @Test
        void inlineMathIsNotParsedAsEmphasis() {
            String html = render("Take $a_1 * b_2 * c$ and $x_i_j$ here.");
            assertThat(html).contains("<span class=\"math inline\">a_1 * b_2 * c</span>")
                    .contains("<span class=\"math inline\">x_i_j</span>")
                    .doesNotContain("<em>");
        }

        @Test
        void pricesStayText() {
            String html = render("It costs $5 and $10 today.");
            assertThat(html).contains("<p data-source-line=\"1\" dir=\"auto\">It costs $5 and $10 today.</p>")
                    .doesNotContain("math");
        }

        @Test
        void pandocRuleForDollars() {
            assertThat(render("a $b $ c")).doesNotContain("math");
            assertThat(render("a $ b$ c")).doesNotContain("math");
            assertThat(render("$ $ and $$")).doesNotContain("math");
            assertThat(render("from $8 to $12 and on")).doesNotContain("math");
            assertThat(render("$x$ costs $5")).contains("<span class=\"math inline\">x</span> costs $5");
            // a closer anywhere later in the paragraph still pairs, as in pandoc
            assertThat(render("from $8 to $12, or $y$")).contains("<span class=\"math inline\">8 to $12, or $y</span>");
            assertThat(render("escaped \\$x$ is text")).doesNotContain("math").contains("$x$");
        }

        @Test
        void mathPaddedOnBothSidesAsRealArticlesWriteIt() {
            assertThat(render("denoted as $ p \\oplus q $, is true"))
                    .contains("denoted as <span class=\"math inline\"> p \\oplus q </span>, is true");
            assertThat(render("| $ p $ | $ q $ |\n|---|---|\n| T | F |\n"))
                    .contains("<th><span class=\"math inline\"> p </span></th>");
            // padded math must close on its own line
            assertThat(render("a $ b\nc $ d")).doesNotContain("math");
            assertThat(render("costs $ 5, or $ 10")).contains("math");
        }

        @Test
        void parenthesisAndBracketDelimiters() {
            String html = render("Where \\(a_b * c_d *e*\\) and \\[x^2\\] inline.");
            assertThat(html).contains("<span class=\"math inline\">a_b * c_d *e*</span>")
                    .contains("<span class=\"math display\">x^2</span>")
                    .doesNotContain("<em>");
            assertThat(render("Plain \\(parenthesis only.")).contains("Plain (parenthesis only.");
        }

        @Test
        void displayBlockBetweenDollarLines() {
            String html = render("The formula:\n$$\nx = \\frac{-b \\pm \\sqrt{b^2-4ac}}{2a}\n$$\nwhere *a* is not 0.\n");
            assertThat(html).contains("<p data-source-line=\"1\" dir=\"auto\">The formula:</p>")
                    .contains("<div class=\"math display\" data-source-line=\"2\" dir=\"auto\">x = \\frac{-b \\pm \\sqrt{b^2-4ac}}{2a}</div>")
                    .contains("<p data-source-line=\"5\" dir=\"auto\">where <em>a</em> is not 0.</p>");
        }

        @Test
        void displayBlockOnOneLineAndWithBrackets() {
            assertThat(render("$$ E = mc^2 $$\n")).contains("<div class=\"math display\" data-source-line=\"1\" dir=\"auto\">E = mc^2</div>");
            assertThat(render("\\[\na_1 \\ne b_1\n\\]\n")).contains("<div class=\"math display\" data-source-line=\"1\" dir=\"auto\">a_1 \\ne b_1</div>");
        }

        @Test
        void displayBlockInsideListItem() {
            String html = render("1. **Step**:\n   $$\n   P(X = 2) = \\binom{5}{2}\n   $$\n   Simplify.\n");
            assertThat(html).contains("<li").contains("class=\"math display\"").contains("P(X = 2) = \\binom{5}{2}")
                    .contains("Simplify.");
            assertThat(html.indexOf("math display")).isBetween(html.indexOf("<li"), html.indexOf("</li>"));
        }

        @Test
        void noMathInsideCode() {
            assertThat(render("```\n$$\nx_1\n$$\n```\n")).contains("<code>$$\nx_1\n$$\n</code>").doesNotContain("math");
            assertThat(render("    $$ x $$\n")).contains("<code>$$ x $$\n</code>").doesNotContain("math");
        }

        @Test
        void texCommandsThatLookLikeEscapesSurvive() {
            String html = render("$a \\neq b$ and $$\\nabla \\cdot E$$ and $\\{x\\}$");
            assertThat(html).contains(">a \\neq b<", ">\\nabla \\cdot E<", ">\\{x\\}<");
        }

        @Test
        void texIsHtmlEscaped() {
            assertThat(render("$a<b \\& c>d$")).contains(">a&lt;b \\&amp; c&gt;d</span>");
        }

        @Test
        void unclosedDisplayBlockFallsBackToAParagraph() {
            String html = render("$$\nx = *1*\n\nNext paragraph.\n");
            assertThat(html).doesNotContain("math display")
                    .contains("<p data-source-line=\"1\" dir=\"auto\">$$\nx = <em>1</em></p>")
                    .contains("<p data-source-line=\"4\" dir=\"auto\">Next paragraph.</p>");
        }
    }

    @Nested
    class Safety {
        @Test
        void rawHtmlIsEscaped() {
            String html = render("Hello <script>alert(1)</script>\n\n<div onclick=\"x()\">block</div>\n");
            assertThat(html).doesNotContain("<script").doesNotContain("<div onclick")
                    .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                    .contains("&lt;div onclick=");
        }

        @Test
        void javascriptLinksAreNeutralised() {
            String html = render("[click](javascript:alert(1)) [also](JaVaScRiPt:alert(2)) <javascript:alert(3)>"
                    + " [data](data:text/html,hi) [ok](https://example.org/a)");
            assertThat(html.toLowerCase()).doesNotContain("href=\"javascript").doesNotContain("href=\"data:");
            assertThat(html).contains("href=\"https://example.org/a\"");
        }

        @Test
        void remoteImagesAreNotLoadedByDefault() {
            String html = render("![A chart of *growth*](https://example.org/chart.png) ![local](img/a.png)");
            assertThat(html).doesNotContain("src=\"https://example.org")
                    .contains("class=\"blocked-image\"")
                    .contains(">A chart of growth</span>")
                    .contains("<img src=\"img/a.png\" alt=\"local\"");
            assertThat(render("![x](//cdn.example.org/x.png)")).doesNotContain("<img");
        }

        @Test
        void remoteImagesLoadWhenAllowed() {
            String html = new MarkdownRenderer(true).render("![chart](https://example.org/chart.png)");
            assertThat(html).contains("<img src=\"https://example.org/chart.png\" alt=\"chart\"")
                    .doesNotContain("blocked-image");
        }

        @Test
        void inlineDataImagesAreKept() {
            assertThat(render("![dot](data:image/png;base64,iVBORw0KGgo=)")).contains("src=\"data:image/png;base64,");
        }
    }

    @Nested
    class SourceLines {
        @Test
        void everyBlockCarriesItsFirstLine() {
            String markdown = String.join("\n",
                    "# Title",                // 1
                    "",
                    "First paragraph",        // 3
                    "continues here.",
                    "",
                    "- one",                  // 6
                    "- two",                  // 7
                    "",
                    "> quoted",               // 9
                    "",
                    "```",                    // 11
                    "code",
                    "```",
                    "",
                    "| a | b |",              // 15
                    "|---|---|",
                    "| 1 | 2 |",              // 17
                    "",
                    "$$",                     // 19
                    "x",
                    "$$",
                    "",
                    "---",                    // 23
                    "",
                    "Last.");                 // 25
            String html = render(markdown);
            assertThat(lineOf(html, "<h1")).isEqualTo(1);
            assertThat(lineOf(html, "<p data-source-line=\"3\" dir=\"auto\">First")).isEqualTo(3);
            assertThat(lineOf(html, "<ul")).isEqualTo(6);
            assertThat(lineOf(html, "<li data-source-line=\"7\" dir=\"auto\">two")).isEqualTo(7);
            assertThat(lineOf(html, "<blockquote")).isEqualTo(9);
            assertThat(lineOf(html, "<pre")).isEqualTo(11);
            assertThat(lineOf(html, "<table")).isEqualTo(15);
            assertThat(lineOf(html, "<div class=\"math display\"")).isEqualTo(19);
            assertThat(lineOf(html, "<hr")).isEqualTo(23);
            assertThat(html).contains("<p data-source-line=\"25\" dir=\"auto\">Last.</p>");
            assertThat(html).contains("<tr data-source-line=\"17\" dir=\"auto\">");
        }

        private int lineOf(String html, String prefix) {
            Matcher m = Pattern.compile(Pattern.quote(prefix) + "[^>]*?data-source-line=\"(\\d+)\"").matcher(html);
            Matcher self = Pattern.compile(Pattern.quote(prefix)).matcher(html);
            assertThat(self.find()).as("element %s present", prefix).isTrue();
            if (prefix.contains("data-source-line")) {
                Matcher inPrefix = Pattern.compile("data-source-line=\"(\\d+)\"").matcher(prefix);
                inPrefix.find();
                return Integer.parseInt(inPrefix.group(1));
            }
            assertThat(m.find()).as("data-source-line on %s", prefix).isTrue();
            return Integer.parseInt(m.group(1));
        }
    }

    @Test
    void nullAndEmptyInputRenderNothing() {
        assertThat(render(null)).isEmpty();
        assertThat(render("")).isEmpty();
    }
}
