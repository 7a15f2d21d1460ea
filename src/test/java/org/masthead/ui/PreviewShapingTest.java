package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.FxTestSupport.waitUntil;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.masthead.document.Document;
import org.masthead.session.Pages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The live preview shapes every script: Arabic joins, right-to-left blocks run right to left, an emoji is one glyph. */
@ExtendWith(ApplicationExtension.class)
class PreviewShapingTest {
    private static final Pages PAGES = new Pages();
    // four letters that each join on both sides, then a fifth that ends the word
    private static final String WORD = "تعلمت";
    private static final String ZWNJ = "\u200c";
    private PreviewPane preview;

    @Start
    void start(Stage stage) {
        preview = new PreviewPane();
        stage.setScene(new Scene(new StackPane(preview.node()), 800, 600));
        stage.show();
    }

    @Test
    void arabicLettersJoinAndRunRightToLeft(FxRobot robot) throws Exception {
        String apart = String.join(ZWNJ, WORD.split(""));
        show(robot, WORD + "\n\n" + apart + "\n\nשלום עולם\n\nPlain English.\n");
        waitUntil(() -> number("document.querySelectorAll('#content p').length") == 4);
        double joined = width(0);
        double separated = width(1);
        // joined letters overlap into one another; ZWNJ keeps each in a form of its own
        assertThat(joined).isPositive().isLessThan(separated);
        assertThat(eval("getComputedStyle(document.querySelectorAll('#content p')[0]).direction")).isEqualTo("rtl");
        assertThat(eval("getComputedStyle(document.querySelectorAll('#content p')[2]).direction")).isEqualTo("rtl");
        assertThat(eval("getComputedStyle(document.querySelectorAll('#content p')[3]).direction")).isEqualTo("ltr");
        assertThat(number("document.querySelectorAll('#content [data-source-line]:not([dir=auto])').length")).isZero();
    }

    @Test
    void anEmojiIsOneGlyphNeverTwoBoxes(FxRobot robot) throws Exception {
        // the first is in DejaVu Sans; the crab (Unicode 8) and the test tube (Unicode 11) are in no font here but an emoji font's
        show(robot, "😀\n\n:smile:\n\n🦀\n\n🧪\n");
        waitUntil(() -> number("document.querySelectorAll('#content p').length") == 4);
        double emoji = width(0);
        double crab = width(2);
        double tube = width(3);
        // what a split surrogate pair draws: a box for each half
        double halves = ((Number) eval("(function () { var s = document.createElement('span');"
                + " s.textContent = String.fromCharCode(0xD83D); document.querySelector('#content p').parentNode.appendChild(s);"
                + " var w = s.getBoundingClientRect().width; s.remove(); return 2 * w; })()")).doubleValue();
        assertThat(emoji).isPositive().isLessThan(halves);
        assertThat(crab).isPositive().isLessThan(halves);
        assertThat(tube).isPositive().isLessThan(halves);
        assertThat(eval("document.querySelectorAll('#content p')[1].textContent")).isEqualTo("😄");
    }

    private void show(FxRobot robot, String markdown) throws Exception {
        Document doc = Document.parse("a.md", ("---\ntitle: T\n---\n" + markdown).getBytes(StandardCharsets.UTF_8));
        Pages.Preview page = PAGES.article(doc, Path.of("/tmp/a.md"), false, false);
        robot.interact(() -> preview.show(page.shellUrl(), page.content()));
    }

    /** The width of the text of paragraph {@code index}, not of its box. */
    private double width(int index) throws Exception {
        return ((Number) eval("(function () { var r = document.createRange();"
                + " r.selectNodeContents(document.querySelectorAll('#content p')[" + index + "]);"
                + " return r.getBoundingClientRect().width; })()")).doubleValue();
    }

    private int number(String js) throws Exception {
        Object value = eval(js);
        return value instanceof Number n ? n.intValue() : -1;
    }

    private Object eval(String js) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> preview.engine().executeScript(js)).get();
    }
}
