package org.masthead.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Where a Docusaurus admonition starts and ends: {@code :::kind} opens it at most three spaces in,
 * and a line of only colons, at least as many as opened it and at most three spaces in, closes it.
 */
class AdmonitionFencesTest {
    private static final String NOTE = "<div class=\"markdown-alert markdown-alert-note\" data-source-line=\"1\" dir=\"auto\">"
            + "<p class=\"markdown-alert-title\">Note</p>\n";

    private final MarkdownRenderer renderer = new MarkdownRenderer(false);

    @Test
    void anOpenerIndentedFourSpacesIsCode() {
        assertThat(renderer.render("    :::tip\n    x\n    :::\n"))
                .isEqualTo("<pre data-source-line=\"1\" dir=\"auto\"><code>:::tip\nx\n:::\n</code></pre>\n");
    }

    @Test
    void aCloserIndentedFourSpacesIsText() {
        assertThat(renderer.render(":::note\nText.\n    :::\nMore.\n:::\n"))
                .isEqualTo(NOTE + "<p data-source-line=\"2\" dir=\"auto\">Text.\n:::\nMore.</p>\n</div>\n");
    }

    @Test
    void colonsFollowedByAWordDoNotClose() {
        assertThat(renderer.render(":::note\nA\n:::x\nB\n:::\n"))
                .isEqualTo(NOTE + "<p data-source-line=\"2\" dir=\"auto\">A\n:::x\nB</p>\n</div>\n");
    }

    @Test
    void aLongerFenceIsClosedOnlyByAsManyColons() {
        assertThat(renderer.render("::::note\nA\n:::\nB\n::::\n"))
                .isEqualTo(NOTE + "<p data-source-line=\"2\" dir=\"auto\">A\n:::\nB</p>\n</div>\n");
    }
}
