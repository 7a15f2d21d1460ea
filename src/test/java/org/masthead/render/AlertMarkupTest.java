package org.masthead.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * GitHub's alerts ({@code > [!NOTE]} alone on the quote's first line) and Docusaurus admonitions
 * ({@code :::tip}) as the preview shows them: a titled box in place of the quote, laid out as
 * CommonMark lays out a block quote (each tag of the box on its own line).
 */
class AlertMarkupTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer(false);

    private static String box(String kind, String title, int line, String body) {
        return "<div class=\"markdown-alert markdown-alert-" + kind + "\" data-source-line=\"" + line + "\" dir=\"auto\">"
                + "<p class=\"markdown-alert-title\">" + title + "</p>\n" + body + "</div>\n";
    }

    private static String p(int line, String text) {
        return "<p data-source-line=\"" + line + "\" dir=\"auto\">" + text + "</p>\n";
    }

    private static String inListItem(String block) {
        return "<ul data-source-line=\"1\" dir=\"auto\">\n<li data-source-line=\"1\" dir=\"auto\">\n" + block + "</li>\n</ul>\n";
    }

    @Test
    void anAlertReplacesItsQuoteAndItsMarkerParagraph() {
        assertThat(renderer.render("> [!TIP]\n>\n> Use it.\n")).isEqualTo(box("tip", "Tip", 1, p(3, "Use it.")));
        assertThat(renderer.render("> [!WARNING]\n> Back up first.\n")).isEqualTo(box("warning", "Warning", 1, p(1, "Back up first.")));
    }

    @Test
    void anAlertInsideAQuoteIsFoundToo() {
        assertThat(renderer.render("> > [!NOTE]\n> > Inner.\n")).isEqualTo("<blockquote data-source-line=\"1\" dir=\"auto\">\n"
                + box("note", "Note", 1, p(1, "Inner.")) + "</blockquote>\n");
    }

    @Test
    void aMarkerWithMoreOnItsLineIsAPlainQuote() {
        String quote = "<blockquote data-source-line=\"1\" dir=\"auto\">\n";
        assertThat(renderer.render("> [!NOTE] Title here\n> Body.\n")).isEqualTo(quote + p(1, "[!NOTE] Title here\nBody.") + "</blockquote>\n");
        assertThat(renderer.render("> [!NOTE]*x*\n> Body.\n")).isEqualTo(quote + p(1, "[!NOTE]<em>x</em>\nBody.") + "</blockquote>\n");
        assertThat(renderer.render("> NOTE]\n")).isEqualTo(quote + p(1, "NOTE]") + "</blockquote>\n");
    }

    @Test
    void boxesInAListItemAreLaidOutAsAQuoteThere() {
        String quote = renderer.render("- > Body.\n");
        assertThat(quote).isEqualTo(inListItem("<blockquote data-source-line=\"1\" dir=\"auto\">\n" + p(1, "Body.") + "</blockquote>\n"));
        assertThat(renderer.render("- > [!NOTE]\n  > Body.\n")).isEqualTo(inListItem(box("note", "Note", 1, p(1, "Body."))));
        assertThat(renderer.render("- :::tip\n  Body.\n  :::\n")).isEqualTo(inListItem(box("tip", "Tip", 1, p(2, "Body."))));
        assertThat(renderer.render("- :::info Read this\n  Body.\n  :::\n")).isEqualTo(inListItem(box("note", "Read this", 1, p(2, "Body."))));
    }

    @Test
    void displayMathInAListItemIsLaidOutAsAnyBlockThere() {
        assertThat(renderer.render("- $$\n  x^2\n  $$\n"))
                .isEqualTo(inListItem("<div class=\"math display\" data-source-line=\"1\" dir=\"auto\">x^2</div>\n"));
    }
}
