package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.FxTestSupport.waitUntil;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class DiskChangeWindowTest {
    @TempDir
    Path temp;

    private Stage stage;
    private MainWindow window;
    private Path file;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        file = temp.resolve("a.md");
        Files.writeString(file, "---\ntitle: A\n---\nFirst version\n", StandardCharsets.UTF_8);
        window = new MainWindow(stage, FxTestSupport.freshSettings());
        window.show();
        window.openFolder(temp);
    }

    private CodeArea editAndChangeOnDisk(FxRobot robot) throws Exception {
        TableView<ArticleItem> list = robot.lookup("#article-list").queryTableView();
        waitUntil(() -> list.getItems().size() == 1);
        robot.interact(() -> list.getSelectionModel().select(0));
        CodeArea editor = robot.lookup("#editor").queryAs(CodeArea.class);
        waitUntil(() -> editor.getText().equals("First version\n"));
        robot.interact(() -> {
            editor.requestFocus();
            editor.moveTo(0);
        });
        robot.write("Mine: ");
        waitUntil(() -> stage.getTitle().startsWith("• "));
        Files.writeString(file, "---\ntitle: A\n---\nTheirs from git\n", StandardCharsets.UTF_8);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("The file changed on disk").tryQuery().isPresent());
        return editor;
    }

    @Test
    void savingOverAnOutsideChangeAsksAndKeepMineOverwrites(FxRobot robot) throws Exception {
        editAndChangeOnDisk(robot);
        assertThat(Files.readString(file)).contains("Theirs from git");
        robot.clickOn("Show difference");
        waitUntil(() -> robot.lookup("#diff-text").tryQuery().isPresent());
        String diff = robot.lookup("#diff-text").queryAs(TextArea.class).getText();
        assertThat(diff).contains("-Theirs from git").contains("+Mine: First version");
        robot.clickOn("OK");
        waitUntil(() -> robot.lookup("Keep mine").tryQuery().isPresent());
        robot.clickOn("Keep mine");
        waitUntil(() -> Files.readString(file).contains("Mine: First version"));
        waitUntil(() -> !stage.getTitle().startsWith("•"));
    }

    @Test
    void reloadTakesTheVersionOnDisk(FxRobot robot) throws Exception {
        CodeArea editor = editAndChangeOnDisk(robot);
        robot.clickOn("Reload from disk");
        waitUntil(() -> editor.getText().equals("Theirs from git\n"));
        assertThat(Files.readString(file)).isEqualTo("---\ntitle: A\n---\nTheirs from git\n");
        assertThat(Window.getWindows()).hasSize(1);
    }
}
