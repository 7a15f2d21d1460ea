package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.FxTestSupport.waitUntil;
import static org.masthead.ui.FxTestSupport.waitUntilOnFx;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.session.ArticleItem;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A window opened on a folder before it shows (as the application starts) shows the list alone,
 * and the form, the editor and the right-hand tabs join once the first rows are painted; the
 * article opened from the first rows meanwhile is in the editor when it joins, and edits of it save.
 */
@ExtendWith(ApplicationExtension.class)
class ListFirstWindowTest {
    @TempDir
    Path temp;

    private Stage stage;
    private boolean listAtShow;
    private boolean editorAtShow;
    private boolean formAtShow;
    private boolean previewAtShow;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path folder = FxTestSupport.copyOfSamples(temp);
        MainWindow window = new MainWindow(stage, FxTestSupport.freshSettings());
        window.openFolder(folder);
        window.show();
        // still the FX task that showed it: no row can have reached the list yet
        Scene scene = stage.getScene();
        listAtShow = scene.lookup("#article-list") != null;
        editorAtShow = scene.lookup("#editor") != null;
        formAtShow = scene.lookup("#fields-tabs") != null;
        previewAtShow = scene.lookup("#right-tabs") != null;
    }

    @Test
    void theListShowsFirstAndTheOpenedArticleIsInTheEditorWhenItJoins(FxRobot robot) throws Exception {
        assertThat(listAtShow).isTrue();
        assertThat(editorAtShow).isFalse();
        assertThat(formAtShow).isFalse();
        assertThat(previewAtShow).isFalse();

        waitUntilOnFx(() -> stage.getScene().lookup("#editor") != null && stage.getScene().lookup("#right-tabs") != null
                && stage.getScene().lookup("#fields-tabs") != null);
        waitUntil(() -> stage.getTitle().endsWith(".md — Masthead"));
        TableView<ArticleItem> list = robot.lookup("#article-list").queryTableView();
        Path file = list.getSelectionModel().getSelectedItem().path();
        assertThat(stage.getTitle()).isEqualTo(file.getFileName() + " — Masthead");
        CodeArea editor = robot.lookup("#editor").queryAs(CodeArea.class);
        waitUntil(() -> !editor.getText().isEmpty());
        String shown = editor.getText();
        String before = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(before).doesNotContain("Zq");

        robot.interact(() -> {
            editor.requestFocus();
            editor.moveTo(0);
        });
        robot.write("Zq");
        waitUntil(() -> stage.getTitle().startsWith("• "));
        assertThat(editor.getText()).isEqualTo("Zq" + shown);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> !stage.getTitle().startsWith("•"));
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("Zq");
    }

    @Test
    void aWindowShownBeforeItsFolderHasEveryPaneAtOnce(FxRobot robot) {
        boolean[] panes = new boolean[3];
        robot.interact(() -> {
            Stage other = new Stage();
            MainWindow window = new MainWindow(other, FxTestSupport.freshSettings());
            window.show();
            panes[0] = other.getScene().lookup("#editor") != null;
            panes[1] = other.getScene().lookup("#fields-tabs") != null;
            panes[2] = other.getScene().lookup("#right-tabs") != null;
            other.close();
        });
        assertThat(panes).containsExactly(true, true, true);
    }
}
