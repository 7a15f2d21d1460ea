package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.FxTestSupport.waitUntil;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.masthead.document.Document;
import org.masthead.document.JsonStrings;
import org.masthead.session.Pages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A page of many blocks is filled in slices over several timer ticks. Once every slice is in, the
 * page is the one a fill at once gives, math typeset; edits made while it fills are all in it.
 */
@ExtendWith(ApplicationExtension.class)
class PreviewSlicingTest {
    // one set of pages, as the window keeps: a new one would write a new shell and reload the preview
    private static final Pages PAGES = new Pages();
    private static final String FRONT = """
            ---
            title: Sliced
            ---
            """;
    private PreviewPane preview;

    @Start
    void start(Stage stage) {
        preview = new PreviewPane();
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(preview.node()), 700, 500));
        stage.show();
    }

    /** Paragraphs with math, a heading every 40; the last block is a heading with a formula. */
    private static String article(int paragraphs) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < paragraphs; i++) {
            if (i % 40 == 0) {
                text.append("## Section ").append(i / 40).append("\n\n");
            }
            text.append("Paragraph ").append(i).append(" where $x_{").append(i).append("}^2 + \\frac{1}{")
                    .append(i + 1).append("}$ holds.\n\n");
        }
        return text.append("## The last heading $\\sqrt{2}$\n").toString();
    }

    private static Pages.Preview page(String markdown) throws Exception {
        Document doc = Document.parse("sliced.md", (FRONT + markdown).getBytes(StandardCharsets.UTF_8));
        return PAGES.article(doc, Path.of("/tmp/sliced.md"), false, false);
    }

    private Object eval(String js) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> preview.engine().executeScript(js)).get();
    }

    private boolean filling() throws Exception {
        return Boolean.TRUE.equals(eval("window.mastheadFilling ? window.mastheadFilling() : true"));
    }

    private int[] part() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> preview.part()).get();
    }

    /** The page's blocks, from the first mark to the last, against {@code html} typeset in a box of its own. */
    private Object sameAsTypeset(String html) throws Exception {
        return eval("(function (html) { var box = document.createElement('div'); box.innerHTML = html;"
                + " window.mastheadTypeset(box); var want = box.innerHTML;"
                + " var c = document.getElementById('content').innerHTML;"
                + " var from = c.indexOf('<!--mh-->'); var to = c.lastIndexOf('<!--mh-->') + 9;"
                + " var got = c.substring(from, to);"
                + " if (got === want) { return 'same'; }"
                + " var i = 0; while (i < got.length && got.charAt(i) === want.charAt(i)) { i++; }"
                + " return 'differs at ' + i + ': ' + got.substring(Math.max(0, i - 80), i + 80)"
                + " + ' / wanted ' + want.substring(Math.max(0, i - 80), i + 80); })(" + JsonStrings.quote(html) + ")");
    }

    /** Shows a short article and waits for it: the page and its scripts are loaded. */
    private void pageLoaded(FxRobot robot) throws Exception {
        Pages.Preview ready = page("Ready.\n");
        robot.interact(() -> preview.show(ready));
        waitUntil(() -> String.valueOf(eval("document.getElementById('content') ? document.getElementById('content').textContent : ''"))
                .contains("Ready."));
    }

    /**
     * Slices of 2 ms, so that the first one leaves blocks for later on the fastest machine; then,
     * once that is seen, of 50 ms, so that the rest comes in soon on a loaded one.
     */
    private void shortSlices(boolean shortOnes) {
        preview.engine().executeScript("window.mastheadSliceMs = " + (shortOnes ? 2 : 50));
    }

    private void waitUntilFilled() throws Exception {
        waitUntil(() -> !filling());
    }

    @Test
    void aLongArticleShownWholeEndsAsAFillAtOnceWouldLeaveIt(FxRobot robot) throws Exception {
        // fewer blocks than the preview holds in part: the whole article, filled from its top
        String markdown = article(480);
        Pages.Preview page = page(markdown);
        pageLoaded(robot);
        boolean[] slicing = new boolean[1];
        robot.interact(() -> {
            shortSlices(true);
            preview.show(page);
            // the first slice is put in at once; the rest waits for the page's timer
            slicing[0] = Boolean.TRUE.equals(preview.engine().executeScript("window.mastheadFilling()"));
            shortSlices(false);
        });
        assertThat(slicing[0]).as("filling after the first slice").isTrue();
        waitUntilFilled();
        assertThat(part()[1]).isGreaterThan(PreviewPane.WINDOW_LIMIT / 2).isLessThanOrEqualTo(PreviewPane.WINDOW_LIMIT);
        assertThat(eval("document.getElementById('content').textContent")).asString()
                .contains("Sliced").contains("Paragraph 479 where").contains("The last heading");
        assertThat(eval("document.querySelectorAll('#content .math').length")).isEqualTo(481);
        assertThat(eval("document.querySelectorAll('#content .math:not([data-tex])').length")).isEqualTo(0);
        assertThat(eval("document.querySelectorAll('#content .math .katex').length")).isEqualTo(481);
        assertThat(sameAsTypeset(page.blocks().html(0, page.blocks().blocks().size()))).isEqualTo("same");
    }

    @Test
    void aPartFilledInSlicesEndsAsTheWholeRenderOfItsBlocks(FxRobot robot) throws Exception {
        String markdown = article(3000);
        Pages.Preview page = page(markdown);
        pageLoaded(robot);
        robot.interact(() -> preview.show(page));
        waitUntilFilled();
        // to the end: the last heading comes in with the part that holds it
        int lastLine = markdown.split("\n", -1).length - 1;
        robot.interact(() -> preview.scrollToSourceLine(lastLine));
        waitUntilFilled();
        int[] held = part();
        assertThat(held[1]).isEqualTo(page.blocks().blocks().size());
        assertThat(eval("document.getElementById('content').textContent")).asString().contains("The last heading");
        assertThat(eval("document.querySelectorAll('#content .math:not([data-tex])').length")).isEqualTo(0);
        assertThat(sameAsTypeset(page.blocks().html(held[0], held[1]))).isEqualTo("same");
        // the view is at the line asked for once every slice is in
        Object top = eval("Math.round(document.querySelector('#content h2:last-of-type').getBoundingClientRect().top)");
        assertThat(((Number) top).intValue()).isBetween(-2, 500);
    }

    @Test
    void editsMadeWhileAPartFillsAreAllInItWhenItIsFull(FxRobot robot) throws Exception {
        String base = article(3000);
        // in the middle of the article, where the part is filled around
        String[] edits = {
            base.replace("Paragraph 1500 where", "Paragraph 1500 typed where"),
            // a block more at the focus: the blocks below it move down a source line each
            base.replace("Paragraph 1500 where", "Paragraph 1500 typed\n\nand split where"),
            // and one near the part's far end, which may not be in the page yet
            base.replace("Paragraph 1500 where", "Paragraph 1500 typed\n\nand split where")
                    .replace("Paragraph 1590 where", "Paragraph 1590 changed where"),
        };
        Pages.Preview first = page(base);
        pageLoaded(robot);
        robot.interact(() -> preview.show(first));
        waitUntilFilled();
        robot.interact(() -> preview.scrollToSourceLine(firstLineOf(base, "Paragraph 1500 where")));
        waitUntilFilled();
        Pages.Preview[] pages = new Pages.Preview[edits.length];
        for (int i = 0; i < edits.length; i++) {
            pages[i] = page(edits[i]);
        }
        boolean[] slicing = new boolean[1];
        robot.interact(() -> {
            shortSlices(true);
            // the part moves, and the edits come in before its second slice
            preview.scrollToSourceLine(firstLineOf(base, "Paragraph 1300 where"));
            preview.scrollToSourceLine(firstLineOf(base, "Paragraph 1500 where"));
            slicing[0] = Boolean.TRUE.equals(preview.engine().executeScript("window.mastheadFilling()"));
            for (Pages.Preview p : pages) {
                preview.show(p);
            }
            shortSlices(false);
        });
        assertThat(slicing[0]).as("filling when the edits came").isTrue();
        waitUntilFilled();
        int[] held = part();
        Pages.Preview last = pages[pages.length - 1];
        String text = String.valueOf(eval("document.getElementById('content').textContent"));
        assertThat(text).contains("Paragraph 1500 typed").contains("and split where").contains("Paragraph 1590 changed");
        assertThat(sameAsTypeset(last.blocks().html(held[0], held[1]))).isEqualTo("same");
    }

    private static int firstLineOf(String markdown, String text) {
        int at = markdown.indexOf(text);
        return (int) markdown.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
