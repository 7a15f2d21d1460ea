package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.FxTestSupport.waitUntil;
import static org.masthead.ui.FxTestSupport.waitUntilOnFx;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.bench.EditingArticles;
import org.masthead.document.Document;
import org.masthead.testing.TestCorpus;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Keys typed into a 1 MB article the moment it opens, while its preview is still being filled
 * in slices: every key is in the file saved, and the preview ends complete, with the keys in it
 * and every formula it holds typeset.
 */
@ExtendWith(ApplicationExtension.class)
class BigArticlePreviewWindowTest {
    private static final String TYPED = " typed while the preview fills";

    @TempDir
    Path temp;

    private Stage stage;
    private Path plain;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        List<String> answers = EditingArticles.answers(TestCorpus.vendored().resolve("quicktakes"));
        plain = Files.write(temp.resolve("plain-1mb.md"), EditingArticles.plainMegabyte(answers));
        MainWindow window = new MainWindow(stage, FxTestSupport.freshSettings());
        window.show();
        window.openFolder(temp);
    }

    private Object eval(FxRobot robot, String js) throws Exception {
        WebView preview = robot.lookup("#preview").queryAs(WebView.class);
        return WaitForAsyncUtils.asyncFx(() -> preview.getEngine().executeScript(js)).get();
    }

    @Test
    void keysTypedWhileTheOneMegabytePreviewFillsAreSavedAndShown(FxRobot robot) throws Exception {
        byte[] original = Files.readAllBytes(plain);
        Document before = Document.parse(plain);
        String markdown = before.markdown();
        // the end of a paragraph near the top, in the part of the article the preview holds first
        int at = markdown.indexOf("\n\n", 3000);
        FxTestSupport.openArticle(robot, stage, plain.getFileName().toString());
        CodeArea editor = robot.lookup("#editor").queryAs(CodeArea.class);
        waitUntil(() -> robot.lookup("#preview").tryQuery().isPresent());
        WebView preview = robot.lookup("#preview").queryAs(WebView.class);
        // the keys go in, one event each, once the preview has begun to fill the page with the article
        waitUntilOnFx(() -> {
            if (editor.getLength() != markdown.length()
                    || !Boolean.TRUE.equals(preview.getEngine().executeScript("window.mastheadFilling && window.mastheadFilling()"))) {
                return false;
            }
            editor.moveTo(at);
            for (char c : TYPED.toCharArray()) {
                editor.fireEvent(new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(c), "", KeyCode.UNDEFINED,
                        false, false, false, false));
            }
            return true;
        });
        waitUntil(() -> String.valueOf(eval(robot, "document.getElementById('content') ? document.getElementById('content').textContent : ''"))
                .contains(TYPED.trim()));
        waitUntil(() -> Boolean.FALSE.equals(eval(robot, "window.mastheadFilling ? window.mastheadFilling() : true")));
        assertThat(eval(robot, "document.querySelectorAll('#content .math').length")).asString().isNotEqualTo("0");
        assertThat(eval(robot, "document.querySelectorAll('#content .math:not([data-tex])').length")).isEqualTo(0);
        // the page holds the blocks of its part, each after its mark
        Object marks = eval(robot, "(function () { var n = 0; var w = document.createTreeWalker("
                + "document.getElementById('content'), NodeFilter.SHOW_COMMENT, null, false);"
                + " while (w.nextNode()) { if (w.currentNode.nodeValue === 'mh') { n++; } } return n; })()");
        assertThat(((Number) marks).intValue()).isGreaterThan(100);

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> !stage.getTitle().startsWith("•"));
        String expected = markdown.substring(0, at) + TYPED + markdown.substring(at);
        byte[] saved = Files.readAllBytes(plain);
        assertThat(saved.length).isEqualTo(original.length + TYPED.getBytes(StandardCharsets.UTF_8).length);
        assertThat(Arrays.mismatch(saved, before.withMarkdown(expected).toBytes())).isEqualTo(-1);
    }
}
