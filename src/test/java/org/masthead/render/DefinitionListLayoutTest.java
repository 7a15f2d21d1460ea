package org.masthead.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Definition lists as PHP Markdown Extra (whose syntax Goldmark follows) and kramdown write them:
 * a definition's text starts after the colon and up to three more spaces, and a later line
 * indented as far as that text, after a blank line, is a further paragraph of the same
 * definition. The markup is that of CommonMark's other containers: each tag on its own line.
 */
class DefinitionListLayoutTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer(false);

    private static String dl(int line, String term, String... descriptions) {
        StringBuilder out = new StringBuilder("<dl data-source-line=\"" + line + "\" dir=\"auto\">\n<dt dir=\"auto\">" + term + "</dt>\n");
        for (String description : descriptions) {
            out.append(description);
        }
        return out.append("</dl>\n").toString();
    }

    /** A definition: its line is the colon's (the first line of its text). */
    private static String dd(int line, String blocks) {
        return "<dd data-source-line=\"" + line + "\" dir=\"auto\">\n" + blocks + "</dd>\n";
    }

    private static String p(int line, String text) {
        return "<p data-source-line=\"" + line + "\" dir=\"auto\">" + text + "</p>\n";
    }

    @Test
    void aFurtherParagraphIndentedToTheTextStaysInTheDefinition() {
        assertThat(renderer.render("Term\n: First.\n\n  Second.\n"))
                .isEqualTo(dl(1, "Term", dd(2, p(2, "First.") + p(4, "Second."))));
        assertThat(renderer.render("""
                Term
                :   Two paragraphs, the first
                    over two lines.

                    Second.
                : Another.
                """)).isEqualTo(dl(1, "Term", dd(2, p(2, "Two paragraphs, the first\nover two lines.") + p(5, "Second.")),
                dd(6, p(6, "Another."))));
    }

    @Test
    void aLineIndentedLessThanTheTextEndsTheList() {
        assertThat(renderer.render("Term\n: First.\n\nNot in it.\n")).isEqualTo(dl(1, "Term", dd(2, p(2, "First."))) + p(4, "Not in it."));
        // three spaces after the colon put the text at column 4: two spaces are not enough
        assertThat(renderer.render("Term\n:   First.\n\n  Not in it.\n"))
                .isEqualTo(dl(1, "Term", dd(2, p(2, "First."))) + p(4, "Not in it."));
    }

    @Test
    void anIndentedColonIndentsTheTextAsFar() {
        // two spaces, the colon, two spaces: the text starts at column 5
        assertThat(renderer.render("Term\n  :  Indented colon.\n\n     Second.\n\n   Not enough.\n"))
                .isEqualTo(dl(1, "Term", dd(2, p(2, "Indented colon.") + p(4, "Second."))) + p(6, "Not enough."));
    }

    @Test
    void inABlockQuoteTheIndentationCountsFromTheQuoteMarker() {
        assertThat(renderer.render("> Term\n>  : In a quote.\n>\n>    Second.\n")).isEqualTo(
                "<blockquote data-source-line=\"1\" dir=\"auto\">\n" + dl(1, "Term", dd(2, p(2, "In a quote.") + p(4, "Second."))) + "</blockquote>\n");
    }

    @Test
    void aDefinitionMayStartOnTheLineAfterItsColon() {
        assertThat(renderer.render("Term\n:  \n   Text on the next line.\n")).isEqualTo(dl(1, "Term", dd(2, p(3, "Text on the next line."))));
    }

    @Test
    void aColonIndentedFourSpacesOrWithoutATermIsText() {
        assertThat(renderer.render("Term\n    : four spaces in\n")).isEqualTo(p(1, "Term\n: four spaces in"));
        assertThat(renderer.render(": No term before.\n")).isEqualTo(p(1, ": No term before."));
    }

    @Test
    void aDefinitionListInAListItemIsLaidOutAsAnyBlockThere() {
        assertThat(renderer.render("- Term\n  : Definition.\n")).isEqualTo("<ul data-source-line=\"1\" dir=\"auto\">\n"
                + "<li data-source-line=\"1\" dir=\"auto\">\n" + dl(1, "Term", dd(2, p(2, "Definition."))) + "</li>\n</ul>\n");
    }

    @Test
    void atMostThreeSpacesAfterTheColonCountTowardsTheIndentation() {
        // four spaces after the colon: the text is at column 4 as with three, so four spaces continue it
        assertThat(renderer.render("Term\n:    Four.\n\n    Second.\n")).isEqualTo(dl(1, "Term", dd(2, p(2, "Four.") + p(4, "Second."))));
    }

    @Test
    void aColonAloneAtTheEndOfALineIsText() {
        assertThat(renderer.render("Term\n:")).isEqualTo(p(1, "Term\n:"));
        assertThat(renderer.render("Term\n:\n")).isEqualTo(p(1, "Term\n:"));
    }
}
