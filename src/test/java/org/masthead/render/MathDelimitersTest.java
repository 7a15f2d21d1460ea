package org.masthead.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Where TeX math starts and ends in text, as pandoc reads {@code $}: an escaped dollar or
 * backslash inside math is part of it, and a dollar followed by a digit is money, not a closer.
 */
class MathDelimitersTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer(false);

    private String paragraph(String markdown) {
        String html = renderer.render(markdown);
        return html.substring(html.indexOf('>') + 1, html.lastIndexOf("</p>"));
    }

    private static String inline(String tex) {
        return "<span class=\"math inline\">" + tex + "</span>";
    }

    @Test
    void anEscapedDollarInsideMathIsPartOfIt() {
        assertThat(paragraph("The sign $\\$x$ here.")).isEqualTo("The sign " + inline("\\$x") + " here.");
        assertThat(paragraph("The price is $$a + \\$$$ here."))
                .isEqualTo("The price is <span class=\"math display\">a + \\$</span> here.");
    }

    @Test
    void anEscapedBackslashDoesNotCloseBackslashParenMath() {
        assertThat(paragraph("Break \\(a \\\\) b\\) here.")).isEqualTo("Break " + inline("a \\\\) b") + " here.");
    }

    @Test
    void aDollarBeforeADigitDoesNotCloseMath() {
        assertThat(paragraph("the $n$th term")).isEqualTo("the " + inline("n") + "th term");
        assertThat(paragraph("odd $x$0 and $y$9")).isEqualTo("odd $x$0 and $y$9");
    }

    @Test
    void displayMathMayCloseOnItsLastLineOfTex() {
        assertThat(renderer.render("$$\na + b\n= c$$\n"))
                .isEqualTo("<div class=\"math display\" data-source-line=\"1\" dir=\"auto\">a + b\n= c</div>\n");
    }

    @Test
    void anEmptyPairOfDoubleDollarsOpensNoBlock() {
        assertThat(renderer.render("$$$$\nx\n$$\n")).isEqualTo(
                "<p data-source-line=\"1\" dir=\"auto\">$$$$\nx</p>\n<p data-source-line=\"3\" dir=\"auto\">$$</p>\n");
    }
}
