package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

class MarkdownStylerTest {

    private static String styleAt(String text, String fragment) {
        StyleSpans<Collection<String>> spans = MarkdownStyler.style(text);
        int at = text.indexOf(fragment);
        Collection<String> style = spans.getStyleSpan(spans.offsetToPosition(at, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor()).getStyle();
        return style.isEmpty() ? "" : style.iterator().next();
    }

    @Test
    void spansCoverTheWholeText() {
        String text = "# Title\n\nSome **bold** and `code` and $x^2$.\n";
        assertThat(MarkdownStyler.style(text).length()).isEqualTo(text.length());
    }

    @Test
    void recognisesTheMainConstructs() {
        String text = "## Heading\n\n1. first\n- item with **strong** and *soft*\n"
                + "| a | b |\n\nInline `x` and $a_1$ and [a link](https://example.org).\n"
                + "```java\nint x = 1;\n```\n$$\\frac{a}{b}$$\n";
        assertThat(styleAt(text, "## Heading")).isEqualTo("md-heading");
        assertThat(styleAt(text, "1. ")).isEqualTo("md-list");
        assertThat(styleAt(text, "**strong**")).isEqualTo("md-strong");
        assertThat(styleAt(text, "*soft*")).isEqualTo("md-emph");
        assertThat(styleAt(text, "| a | b |")).isEqualTo("md-table");
        assertThat(styleAt(text, "`x`")).isEqualTo("md-code");
        assertThat(styleAt(text, "$a_1$")).isEqualTo("md-math");
        assertThat(styleAt(text, "[a link]")).isEqualTo("md-link");
        assertThat(styleAt(text, "int x = 1;")).isEqualTo("md-fence");
        assertThat(styleAt(text, "$$\\frac")).isEqualTo("md-displaymath");
        assertThat(styleAt(text, "Inline")).isEmpty();
    }

    @Test
    void underscoresInsideMathAreNotEmphasis() {
        String text = "Let $a_1 + b_2$ be given.";
        assertThat(styleAt(text, "_1")).isEqualTo("md-math");
    }

    private static Collection<String> stylesAt(StyleSpans<Collection<String>> spans, int at) {
        return spans.getStyleSpan(spans.offsetToPosition(at, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward)
                .getMajor()).getStyle();
    }

    @Test
    void literalNewlineMarksGoOnTheBackslashNOrOnTheLettersALineBreakWillJoin() {
        String text = "```\ncd C:\\new\n```\n\n$$\nx = 1\neq 2\n$$\n";
        StyleSpans<Collection<String>> spans = MarkdownStyler.style(text,
                org.masthead.document.LiteralNewlines.find(text));
        assertThat(spans.length()).isEqualTo(text.length());
        int backslash = text.indexOf("\\new");
        assertThat(stylesAt(spans, backslash)).containsExactlyInAnyOrder("md-fence", "literal-newline");
        assertThat(stylesAt(spans, backslash + 1)).contains("literal-newline");
        assertThat(stylesAt(spans, backslash + 2)).containsExactly("md-fence");
        int eq = text.indexOf("eq 2");
        assertThat(stylesAt(spans, eq)).containsExactlyInAnyOrder("md-displaymath", "literal-newline");
        assertThat(stylesAt(spans, eq + 1)).contains("literal-newline");
        assertThat(stylesAt(spans, eq + 2)).containsExactly("md-displaymath");
        assertThat(stylesAt(spans, eq - 2)).containsExactly("md-displaymath");
    }
}
