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

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    static Path temp;

    private Stage stage;
    private MainWindow window;
    private Path folder;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        folder = FxTestSupport.copyOfSamples(Files.createTempDirectory(temp, "samples"));
        window = new MainWindow(stage, FxTestSupport.freshSettings());
        window.show();
        window.openFolder(folder);
    }

    @Test
    void typingInTheEditorUpdatesThePreviewAndCtrlSSaves(FxRobot robot) throws Exception {
        TableView<ArticleItem> list = robot.lookup("#article-list").queryTableView();
        waitUntil(() -> list.getItems().size() >= 15);
        robot.interact(() -> list.getSelectionModel().select(0));
        Path file = list.getItems().get(0).path();
        String before = Files.readString(file, StandardCharsets.UTF_8);

        CodeArea editor = robot.lookup("#editor").queryAs(CodeArea.class);
        waitUntil(() -> !editor.getText().isEmpty());
        // the preview is made once WebKit's library is in, which may come after the article opens
        waitUntil(() -> robot.lookup("#preview").tryQuery().isPresent());
        WebView preview = robot.lookup("#preview").queryAs(WebView.class);
        waitUntil(() -> previewText(robot, preview).length() > 20);
        assertThat(stage.getTitle()).isEqualTo(file.getFileName() + " — Masthead");

        robot.interact(() -> editor.moveTo(editor.getLength()));
        robot.clickOn(editor);
        robot.interact(() -> editor.moveTo(editor.getLength()));
        robot.type(KeyCode.ENTER).type(KeyCode.ENTER).write("Quokkas smile often");

        waitUntil(() -> previewText(robot, preview).contains("Quokkas smile often"));
        assertThat(stage.getTitle()).startsWith("• ").endsWith(" — Masthead");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(before);

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> !stage.getTitle().startsWith("•"));
        String after = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(after).contains("\\n\\nQuokkas smile often");
        assertThat(after.lines().count()).isEqualTo(before.lines().count());
    }

    private static String previewText(FxRobot robot, WebView preview) throws Exception {
        Object text = WaitForAsyncUtils.asyncFx(() -> preview.getEngine().executeScript(
                "document.body ? document.body.innerText : ''")).get();
        return text == null ? "" : text.toString();
    }
}
