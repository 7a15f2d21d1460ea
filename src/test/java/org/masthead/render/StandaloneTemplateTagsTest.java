package org.masthead.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A template tag alone on its line is a block of the preview (a labelled box, around the Markdown
 * up to its closing tag when it has one); a tag with text beside it is a chip in that text.
 */
class StandaloneTemplateTagsTest {
    private static final String HUGO = "title=\"Hugo shortcode (shown, not run, in the preview)\"";
    private static final String LIQUID = "title=\"Liquid or Nunjucks tag (shown, not run, in the preview)\"";
    private static final String FIGURE_LABEL = "<div class=\"template-label\"><span class=\"template-name\">figure</span>"
            + " <span class=\"template-args\">src=&quot;a.png&quot;</span></div>";

    private final MarkdownRenderer renderer = new MarkdownRenderer(false);

    private static String figureBlock(int line) {
        return "<div class=\"template template-hugo\" " + HUGO + " data-source-line=\"" + line + "\" dir=\"auto\">" + FIGURE_LABEL + "</div>\n";
    }

    @Test
    void aTagOnTheLastLineWithoutALineBreakIsABlock() {
        String intro = "<p data-source-line=\"1\" dir=\"auto\">Intro.</p>\n";
        assertThat(renderer.render("Intro.\n\n{{< figure src=\"a.png\" >}}")).isEqualTo(intro + figureBlock(3));
        assertThat(renderer.render("Intro.\n\n  {{< figure src=\"a.png\" >}}")).isEqualTo(intro + figureBlock(3));
        assertThat(renderer.render("{{< figure src=\"a.png\" >}}  ")).isEqualTo(figureBlock(1));
    }

    @Test
    void aBodyStartingWithABlankLineStillPairsItsTags() {
        // a body read after its front matter often starts with an empty line
        assertThat(renderer.render("\n{{< note >}}\nInside.\n{{< /note >}}\n")).isEqualTo(
                "<div class=\"template template-hugo\" " + HUGO + " data-source-line=\"2\" dir=\"auto\">"
                        + "<div class=\"template-label\"><span class=\"template-name\">note</span></div><div class=\"template-body\">\n"
                        + "<p data-source-line=\"3\" dir=\"auto\">Inside.</p>\n</div></div>\n");
    }

    @Test
    void aTagWithTextAfterItOnItsLineIsAChip() {
        assertThat(renderer.render("{{< new-in 0.1 >}} is out\n")).isEqualTo("<p data-source-line=\"1\" dir=\"auto\">"
                + "<span class=\"template-chip template-hugo\" " + HUGO + "><span class=\"template-name\">new-in</span>"
                + " <span class=\"template-args\">0.1</span></span> is out</p>\n");
    }

    @Test
    void liquidTagsAndCommentsAloneOnTheirLinesAreBlocks() {
        assertThat(renderer.render("{% include note.html %}\n")).isEqualTo("<div class=\"template template-liquid\" " + LIQUID
                + " data-source-line=\"1\" dir=\"auto\"><div class=\"template-label\"><span class=\"template-name\">include</span>"
                + " <span class=\"template-args\">note.html</span></div></div>\n");
        assertThat(renderer.render("{# draft #}\n")).isEqualTo("<div class=\"template template-liquid\""
                + " title=\"Template comment (shown, not run, in the preview)\" data-source-line=\"1\" dir=\"auto\">"
                + "<div class=\"template-label\"><span class=\"template-name\">comment</span>"
                + " <span class=\"template-args\">draft</span></div></div>\n");
    }

    @Test
    void aClosingTagPairsOnlyWithAnOpenerOfItsOwnLanguage() {
        assertThat(renderer.render("{{< note >}}\nText.\n{% endnote %}\n")).isEqualTo(
                "<div class=\"template template-hugo\" " + HUGO + " data-source-line=\"1\" dir=\"auto\">"
                        + "<div class=\"template-label\"><span class=\"template-name\">note</span></div></div>\n"
                        + "<p data-source-line=\"2\" dir=\"auto\">Text.</p>\n"
                        + "<div class=\"template template-liquid template-closing\" " + LIQUID + " data-source-line=\"3\" dir=\"auto\">"
                        + "<div class=\"template-label\"><span class=\"template-name\">/note</span></div></div>\n");
    }

    @Test
    void aTagBlockInAListItemIsLaidOutAsAnyBlockThere() {
        String li = "<ul data-source-line=\"1\" dir=\"auto\">\n<li data-source-line=\"1\" dir=\"auto\">\n";
        assertThat(renderer.render("-\n  {{< figure src=\"a.png\" >}}\n")).isEqualTo(li + figureBlock(2) + "</li>\n</ul>\n");
        assertThat(renderer.render("- Step\n\n  {{< figure src=\"a.png\" >}}\n"))
                .isEqualTo(li + "<p data-source-line=\"1\" dir=\"auto\">Step</p>\n" + figureBlock(3) + "</li>\n</ul>\n");
    }

    @Test
    void aTagOverSeveralLinesIsOneBlockAndTheLinesBelowItAreNotItsArguments() {
        assertThat(renderer.render("{{< figure\n  src=\"a.png\" >}}\nText after.\n")).isEqualTo(figureBlock(1)
                + "<p data-source-line=\"3\" dir=\"auto\">Text after.</p>\n");
        assertThat(renderer.render("{{< highlight go\n  \"linenos=table\" >}}\nx := 1\n{{< /highlight >}}\n")).isEqualTo(
                "<div class=\"template template-hugo\" " + HUGO + " data-source-line=\"1\" dir=\"auto\">"
                        + "<div class=\"template-label\"><span class=\"template-name\">highlight</span>"
                        + " <span class=\"template-args\">go\n  &quot;linenos=table&quot;</span></div>"
                        + "<pre><code class=\"language-go\">x := 1\n</code></pre></div>\n");
    }

    @Test
    void aCodeShortcodeWhoseCloserIsNotYetWrittenLeavesTheTextBelowAsMarkdown() {
        assertThat(renderer.render("{{< highlight go >}}\n\nText *below*.\n")).isEqualTo(
                "<div class=\"template template-hugo\" " + HUGO + " data-source-line=\"1\" dir=\"auto\">"
                        + "<div class=\"template-label\"><span class=\"template-name\">highlight</span>"
                        + " <span class=\"template-args\">go</span></div></div>\n"
                        + "<p data-source-line=\"3\" dir=\"auto\">Text <em>below</em>.</p>\n");
    }

    @Test
    void aTagIndentedFourSpacesIsCode() {
        assertThat(renderer.render("    {{< figure src=\"a.png\" >}}\n")).isEqualTo(
                "<pre data-source-line=\"1\" dir=\"auto\"><code>{{&lt; figure src=&quot;a.png&quot; &gt;}}\n</code></pre>\n");
    }
}
