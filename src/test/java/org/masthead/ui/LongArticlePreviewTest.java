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

/** A long article is held in the preview's page in part, and the part follows the user. */
@ExtendWith(ApplicationExtension.class)
class LongArticlePreviewTest {
    // one set of pages, as the window keeps: a new one would write a new shell and reload the preview
    private static final Pages PAGES = new Pages();
    private static final int PARAGRAPHS = 3000;
    private static final String FRONT = """
            ---
            title: Long one
            ---
            """;
    private PreviewPane preview;

    @Start
    void start(Stage stage) {
        preview = new PreviewPane();
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(preview.node()), 700, 500));
        stage.show();
    }

    /** Paragraph i starts at Markdown line 2i + 1 (before any edit at the top). */
    private static String article(String top) {
        StringBuilder text = new StringBuilder(top);
        for (int i = 0; i < PARAGRAPHS; i++) {
            text.append("Paragraph ").append(i).append(i % 7 == 0 ? " with $x^" + i + "$" : "").append(".\n\n");
        }
        return text.toString();
    }

    private Pages.Preview page(String markdown) throws Exception {
        Document doc = Document.parse("long.md", (FRONT + markdown).getBytes(StandardCharsets.UTF_8));
        return PAGES.article(doc, Path.of("/tmp/long.md"), false, false);
    }

    private void show(FxRobot robot, String markdown) throws Exception {
        Pages.Preview page = page(markdown);
        robot.interact(() -> preview.show(page));
    }

    private Object eval(String js) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> preview.engine().executeScript(js)).get();
    }

    private String text() throws Exception {
        return String.valueOf(eval("document.getElementById('content') ? document.getElementById('content').textContent : ''"));
    }

    private int topOf(String paragraph) throws Exception {
        Object top = eval("(function () { var ps = document.querySelectorAll('#content p');"
                + " for (var i = 0; i < ps.length; i++) { if (ps[i].textContent.indexOf(" + JsonStrings.quote(paragraph) + ") === 0) {"
                + " return Math.round(ps[i].getBoundingClientRect().top); } } return -100000; })()");
        return ((Number) top).intValue();
    }

    private int[] part() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> preview.part()).get();
    }

    @Test
    void thePageHoldsAPartOfALongArticleAndScrollsToAnyLine(FxRobot robot) throws Exception {
        show(robot, article(""));
        waitUntil(() -> text().contains("Paragraph 10."));
        assertThat(text()).contains("Long one").doesNotContain("Paragraph 2000.");
        assertThat(part()[1] - part()[0]).isLessThan(PARAGRAPHS / 5);

        robot.interact(() -> preview.scrollToSourceLine(2 * 2000 + 1));
        waitUntil(() -> text().contains("Paragraph 2000."));
        assertThat(topOf("Paragraph 2000.")).isBetween(0, 16);
        assertThat(text()).doesNotContain("Long one").doesNotContain("Paragraph 10.");
        // math in the part is typeset
        assertThat(eval("document.querySelectorAll('#content .katex').length > 10")).isEqualTo(true);

        robot.interact(() -> preview.scrollToSourceLine(1));
        waitUntil(() -> text().contains("Long one"));
        assertThat(((Number) eval("window.scrollY")).intValue()).isZero();
    }

    /**
     * The page fills a part in slices of a few ms; a fast machine puts a whole part in within the
     * first one, a slow one a block at a time. Either way a scroll down and back to the top ends
     * at the top, and the part stays there.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {1_000_000, 0})
    void aScrollBackToTheTopEndsThereWhateverTheSlicesTake(int sliceMs, FxRobot robot) throws Exception {
        show(robot, article(""));
        waitUntil(() -> text().contains("Long one"));
        eval("window.mastheadSliceMs = " + sliceMs);

        robot.interact(() -> preview.scrollToSourceLine(2 * 2000 + 1));
        waitUntil(() -> text().contains("Paragraph 2000."));
        robot.interact(() -> preview.scrollToSourceLine(1));
        waitUntil(() -> Boolean.FALSE.equals(eval("window.mastheadFilling()")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(part()[0]).isZero();
        assertThat(text()).contains("Long one").contains("Paragraph 10.").doesNotContain("Paragraph 2000.");
        assertThat(((Number) eval("window.scrollY")).intValue()).isZero();
    }

    @Test
    void editsInsideAndBeforeThePartLeaveItAsAWholeRenderWouldShowIt(FxRobot robot) throws Exception {
        String base = article("");
        show(robot, base);
        robot.interact(() -> preview.scrollToSourceLine(2 * 1500 + 1));
        waitUntil(() -> text().contains("Paragraph 1500."));
        String typed = base.replace("Paragraph 1500.", "Paragraph 1500 typed.\n\nA new one.\n\n- a list");
        // each edit from the one before it: inside the part, inside again, before it (twice), after it, across it
        String[] edits = {
            base.replace("Paragraph 1500.", "Paragraph 1500 typed."),
            typed,
            "Inserted at the top.\n\nAnd more.\n\n" + typed,
            "Inserted at the top.\n\n" + typed,
            "Inserted at the top.\n\n" + typed.replace("Paragraph 2990.", "Paragraph 2990 far below."),
            base,
        };
        for (String markdown : edits) {
            show(robot, markdown);
            Pages.Preview whole = page(markdown);
            // a part filled again comes in slices
            waitUntil(() -> Boolean.FALSE.equals(eval("window.mastheadFilling()")));
            int[] held = part();

            // the blocks the page holds, typeset, are the whole render's blocks of the same positions
            String expected = whole.blocks().html(held[0], held[1]);
            Object same = eval("(function (html) { var box = document.createElement('div'); box.innerHTML = html;"
                    + " window.mastheadTypeset(box); var c = document.getElementById('content').innerHTML;"
                    + " var from = c.indexOf('<div id=\"mh-before\"'); from = c.indexOf('</div>', from) + 6;"
                    + " var to = c.indexOf('<div id=\"mh-after\"');"
                    + " return box.innerHTML === c.substring(from, to) ? 'same' : c.substring(from, from + 300); })("
                    + JsonStrings.quote(expected) + ")");
            assertThat(same).as("after the edit starting %s", markdown.substring(0, 30)).isEqualTo("same");
            assertThat(text()).contains("Paragraph 1500");
        }
    }

    @Test
    void scrollingThePreviewItselfBringsInTheBlocksItReaches(FxRobot robot) throws Exception {
        show(robot, article(""));
        waitUntil(() -> text().contains("Paragraph 10."));
        int firstEnd = part()[1];
        // down to the last blocks the page holds: the part moves on
        robot.interact(() -> preview.engine().executeScript(
                "window.scrollTo(0, document.getElementById('mh-after').offsetTop - window.innerHeight)"));
        waitUntil(() -> part()[1] > firstEnd);
        assertThat(text()).contains("Paragraph " + firstEnd + ".");

        // a jump into the spacer, as dragging the scroll bar does: the blocks about there appear in view
        robot.interact(() -> preview.engine().executeScript("window.scrollTo(0, document.body.scrollHeight * 0.8)"));
        waitUntil(() -> part()[0] > PARAGRAPHS / 2);
        int shown = (part()[0] + part()[1]) / 2;
        assertThat(shown).isBetween((int) (PARAGRAPHS * 0.6), PARAGRAPHS);
        Object visible = eval("(function () { var ps = document.querySelectorAll('#content p');"
                + " for (var i = 0; i < ps.length; i++) { var r = ps[i].getBoundingClientRect();"
                + " if (r.top >= 0 && r.bottom <= window.innerHeight) { return ps[i].textContent; } } return null; })()");
        assertThat(visible).isNotNull();
        java.util.regex.Matcher number = java.util.regex.Pattern.compile("Paragraph (\\d+)").matcher(String.valueOf(visible));
        assertThat(number.find()).isTrue();
        assertThat(Integer.parseInt(number.group(1))).isBetween((int) (PARAGRAPHS * 0.6), PARAGRAPHS);
    }

    @Test
    void draggingTheScrollBarUpFromTheEndLandsAboutWhereItIsLetGo(FxRobot robot) throws Exception {
        show(robot, article(""));
        waitUntil(() -> text().contains("Paragraph 10."));
        robot.interact(() -> preview.scrollToSourceLine(2 * (PARAGRAPHS - 1) + 1));
        waitUntil(() -> text().contains("Paragraph " + (PARAGRAPHS - 1) + "."));
        javafx.geometry.Bounds box = robot.lookup("#preview").query().localToScreen(
                robot.lookup("#preview").query().getBoundsInLocal());
        double x = box.getMaxX() - 6;
        // the thumb is at the bottom of the track, above the arrow button
        robot.moveTo(new javafx.geometry.Point2D(x, box.getMaxY() - 22)).press(javafx.scene.input.MouseButton.PRIMARY);
        for (double y = box.getMaxY() - 40; y > box.getMinY() + box.getHeight() / 2; y -= 40) {
            robot.moveTo(new javafx.geometry.Point2D(x, y));
            WaitForAsyncUtils.waitForFxEvents();
        }
        robot.release(javafx.scene.input.MouseButton.PRIMARY);
        // the page moves its part after the scroll settles: wait for the part to reach the middle, or time out
        waitUntil(() -> {
            int[] part = part();
            return (part[0] + part[1]) / 2 >= PARAGRAPHS / 4 && (part[0] + part[1]) / 2 <= PARAGRAPHS * 3 / 4;
        });
        int middle = (part()[0] + part()[1]) / 2;
        assertThat(middle).as("the part after the drag").isBetween(PARAGRAPHS / 4, PARAGRAPHS * 3 / 4);
    }

    @Test
    void aLinkToAHeadingOutsideThePartBringsItIntoView(FxRobot robot) throws Exception {
        String markdown = "[Go to the end](#the-far-end)\n\n" + article("") + "## The far end\n\nLast words.\n";
        show(robot, markdown);
        waitUntil(() -> text().contains("Go to the end"));
        assertThat(text()).doesNotContain("Last words.");
        robot.interact(() -> preview.engine().executeScript("document.querySelector('a[href=\"#the-far-end\"]').click()"));
        waitUntil(() -> text().contains("Last words."));
        Object top = eval("Math.round(document.getElementById('the-far-end').getBoundingClientRect().top)");
        assertThat(((Number) top).intValue()).isBetween(-2, 400);
    }
}
