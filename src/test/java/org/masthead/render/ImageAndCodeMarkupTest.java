package org.masthead.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Images, code and emoji as the preview writes them. */
class ImageAndCodeMarkupTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer(false);

    @Test
    void anImagesAltIsItsPlainTextAndItsTitleIsKept() {
        assertThat(renderer.render("![t](a.png \"Title\") ![u](a.png) ![$x^2$ plot](a.png) ![~~old~~ new](a.png)")).isEqualTo(
                "<p data-source-line=\"1\" dir=\"auto\"><img src=\"a.png\" alt=\"t\" title=\"Title\" /> <img src=\"a.png\" alt=\"u\" />"
                        + " <img src=\"a.png\" alt=\"x^2 plot\" /> <img src=\"a.png\" alt=\"old new\" /></p>\n");
    }

    @Test
    void anImageWithAScriptAddressLoadsNothing() {
        assertThat(renderer.render("![x](javascript:alert(1))")).isEqualTo("<p data-source-line=\"1\" dir=\"auto\"><img src=\"\" alt=\"x\" /></p>\n");
    }

    @Test
    void anEscapedShortcodeInIndentedCodeShowsAsHugoPrintsIt() {
        assertThat(renderer.render("    {{</* x */>}}\n"))
                .isEqualTo("<pre data-source-line=\"1\" dir=\"auto\"><code>{{&lt; x &gt;}}\n</code></pre>\n");
    }

    @Test
    void anEmojiShortcodeAtTheStartOfALineIsAnEmoji() {
        assertThat(renderer.render(":tada: Released!\n")).isEqualTo("<p data-source-line=\"1\" dir=\"auto\">\uD83C\uDF89 Released!</p>\n");
    }

    @Test
    void withoutASiteJekyllsLinkAndUrlFiltersGiveASitePath() {
        assertThat(renderer.render("[a]({% link reference/config.md %}) [b]({% link /reference/config.md %})"
                + " [c]({{ \"/about\" | upcase }}) [d]({{ \"/about\" | absolute_url }}) [e]({{ \"/about\" | url }})")).isEqualTo(
                "<p data-source-line=\"1\" dir=\"auto\"><a rel=\"nofollow\" href=\"/reference/config.md\">a</a>"
                        + " <a rel=\"nofollow\" href=\"/reference/config.md\">b</a> <a rel=\"nofollow\" href=\"\">c</a>"
                        + " <a rel=\"nofollow\" href=\"/about\">d</a> <a rel=\"nofollow\" href=\"/about\">e</a></p>\n");
    }
}
