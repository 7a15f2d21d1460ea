package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.FxTestSupport.waitUntil;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.session.ArticleItem;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Writing in the middle of a long article in the window: the preview follows and shows the typing. */
@ExtendWith(ApplicationExtension.class)
class LongArticleWindowTest {
    @TempDir
    Path temp;

    private Stage stage;
    private Path file;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        StringBuilder text = new StringBuilder("---\ntitle: A long article\n---\n");
        for (int i = 0; i < 4000; i++) {
            text.append("Paragraph ").append(i).append(i % 10 == 0 ? " with $y_" + i + "$" : "").append(".\n\n");
        }
        file = Files.writeString(temp.resolve("long.md"), text, StandardCharsets.UTF_8);
        MainWindow window = new MainWindow(stage, FxTestSupport.freshSettings());
        window.show();
        window.openFolder(temp);
    }

    private static Object eval(WebView preview, String js) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> preview.getEngine().executeScript(js)).get();
    }

    private static String previewText(WebView preview) throws Exception {
        return String.valueOf(eval(preview, "(function () { var c = document.getElementById('content');"
                + " return c ? c.textContent : ''; })()"));
    }

    @Test
    void typingInTheMiddleShowsInThePreviewAndSavesOnlyThatLine(FxRobot robot) throws Exception {
        String original = Files.readString(file, StandardCharsets.UTF_8);
        TableView<ArticleItem> list = robot.lookup("#article-list").queryTableView();
        waitUntil(() -> list.getItems().size() == 1);
        robot.interact(() -> list.getSelectionModel().select(0));
        CodeArea editor = robot.lookup("#editor").queryAs(CodeArea.class);
        waitUntil(() -> editor.getText().contains("Paragraph 3999."));
        waitUntil(() -> robot.lookup("#preview").tryQuery().isPresent());
        WebView preview = robot.lookup("#preview").queryAs(WebView.class);
        waitUntil(() -> previewText(preview).contains("A long article"));
        assertThat(previewText(preview)).doesNotContain("Paragraph 3001.");

        int at = editor.getText().indexOf("Paragraph 3001.") + "Paragraph 3001".length();
        // the part of the article in the preview follows the editor to where the caret is; the
        // caret is put there again while the window may still be settling the article it opened
        waitUntil(() -> {
            if (editor.getCaretPosition() != at) {
                robot.interact(() -> {
                    editor.moveTo(at);
                    editor.requestFollowCaret();
                    editor.requestFocus();
                });
            }
            return previewText(preview).contains("Paragraph 3001.");
        });
        robot.write(" and more");
        waitUntil(() -> previewText(preview).contains("Paragraph 3001 and more."));
        assertThat(previewText(preview)).doesNotContain("A long article");
        assertThat(stage.getTitle()).startsWith("• ");

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> !stage.getTitle().startsWith("•"));
        String saved = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(saved).isEqualTo(original.replace("Paragraph 3001.", "Paragraph 3001 and more."));
    }
}
