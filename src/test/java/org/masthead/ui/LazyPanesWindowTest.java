package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.FxTestSupport.waitUntil;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.content.EditJournal;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Folder SEO and Social are left out of the scene until they are first shown, so that the window's
 * first paint does not style and lay them out: each must then appear, whole and working, the first
 * time its tab is clicked or its shortcut pressed. The window is new for each test, on a copy of
 * the 16 samples.
 */
@ExtendWith(ApplicationExtension.class)
class LazyPanesWindowTest {
    @TempDir
    Path temp;

    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path folder = FxTestSupport.copyOfSamples(temp.resolve("samples"));
        MainWindow window = new MainWindow(stage, FxTestSupport.freshSettings(),
                new EditJournal(temp.resolve("journal")));
        window.show();
        window.openFolder(folder);
    }

    private static boolean present(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().isPresent();
    }

    private static void keys(FxRobot robot, KeyCode... codes) {
        robot.press(codes);
        for (int i = codes.length - 1; i >= 0; i--) {
            robot.release(codes[i]);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void listed(FxRobot robot) throws Exception {
        TableView<?> list = robot.lookup("#article-list").queryTableView();
        waitUntil(() -> list.getItems().size() == 16);
    }

    /** Folder SEO's report of the 16 samples is in: totals that count them, a table of findings. */
    private static void folderSeoWorks(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#dashboard-pane").query().isVisible()).isTrue();
        Label totals = robot.lookup("#dashboard-totals").queryAs(Label.class);
        waitUntil(() -> totals.getText().startsWith("16 files")
                && !robot.lookup("#dashboard-progress").query().isVisible());
        TableView<?> findings = robot.lookup("#dashboard-findings").queryTableView();
        waitUntil(() -> !findings.getItems().isEmpty());
    }

    @Test
    void folderSeoIsBuiltWhenItsTabIsFirstClicked(FxRobot robot) throws Exception {
        listed(robot);
        assertThat(present(robot, "#dashboard-pane")).isFalse();
        robot.clickOn("#dashboard-tab");
        waitUntil(() -> present(robot, "#dashboard-pane"));
        folderSeoWorks(robot);
    }

    @Test
    void folderSeoIsBuiltByItsShortcut(FxRobot robot) throws Exception {
        listed(robot);
        assertThat(present(robot, "#dashboard-pane")).isFalse();
        robot.interact(() -> robot.lookup("#article-list").query().requestFocus());
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.DIGIT3);
        folderSeoWorks(robot);
    }

    @Test
    void folderSeoFindingsShortcutBuildsThePaneAndFocusesItsTable(FxRobot robot) throws Exception {
        listed(robot);
        robot.interact(() -> robot.lookup("#article-list").query().requestFocus());
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.DIGIT4);
        Node focused = WaitForAsyncUtils.asyncFx(() -> stage.getScene().getFocusOwner()).get();
        assertThat(focused).isNotNull();
        assertThat(focused.getId()).isEqualTo("dashboard-findings");
        folderSeoWorks(robot);
    }

    @Test
    void socialIsBuiltWhenItsTabIsFirstClickedAndShowsTheOpenArticle(FxRobot robot) throws Exception {
        FxTestSupport.openArticle(robot, stage, "how-does-utf8-encode-characters-as-bytes.md");
        assertThat(present(robot, "#social-pane")).isFalse();
        robot.clickOn("#social-tab");
        waitUntil(() -> present(robot, "#social-pane"));
        Label title = robot.lookup("#social-facebook-title").queryAs(Label.class);
        waitUntil(() -> title.getText().contains("UTF-8"));
        assertThat(robot.lookup("#social-pane").query().isVisible()).isTrue();
    }
}
