package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.BulkEditWindowTest.clickButton;
import static org.masthead.ui.BulkEditWindowTest.fireLater;
import static org.masthead.ui.FxTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.content.EditJournal;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Folder SEO: a check's fix applied to all of its findings, or to the selected ones, after a preview. */
@ExtendWith(ApplicationExtension.class)
class DashboardFixWindowTest {
    @TempDir
    Path temp;

    private Path folder;

    @Start
    void start(Stage stage) throws Exception {
        folder = Files.createDirectories(temp.resolve("blog"));
        for (String name : new String[] {"a", "b", "c"}) {
            Files.writeString(folder.resolve(name + ".md"), """
                    ---
                    title: Article %s
                    author: "%s"
                    ---
                    Text.
                    """.formatted(name, name.equals("c") ? "Jane" : " Jane "));
        }
        MainWindow window = new MainWindow(stage, FxTestSupport.freshSettings(),
                new EditJournal(Files.createDirectories(temp.resolve("journal"))));
        window.show();
        window.openFolder(folder);
    }

    @SuppressWarnings("unchecked")
    private static TableView<DashboardPane.CheckCount> checks(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#article-list").queryTableView().getItems().size() == 3);
        fireLater(robot, "menu-bar", "menu-tab-3");
        waitUntil(() -> robot.lookup("#dashboard-checks").queryTableView().getItems().stream()
                .anyMatch(c -> ((DashboardPane.CheckCount) c).check().equals("whitespace")));
        return robot.lookup("#dashboard-checks").queryAs(TableView.class);
    }

    @Test
    void aChecksFixIsAppliedToAllItsFindingsAsOneChange(FxRobot robot) throws Exception {
        TableView<DashboardPane.CheckCount> checks = checks(robot);
        robot.interact(() -> checks.getSelectionModel().select(checks.getItems().stream()
                .filter(c -> c.check().equals("whitespace")).findFirst().orElseThrow()));
        Platform.runLater(() -> checks.getContextMenu().getItems().get(0).fire());
        waitUntil(() -> robot.lookup("#batch-preview").tryQuery().isPresent());
        assertThat(robot.lookup("#batch-files").queryListView().getItems()).hasSize(2);
        String clean = Files.readString(folder.resolve("c.md"));
        clickButton(robot, "Apply");
        BulkEditWindowTest.waitApplied(robot, 2);
        assertThat(Files.readString(folder.resolve("b.md"))).contains("author: \"Jane\"\n");
        assertThat(Files.readString(folder.resolve("a.md"))).contains("author: \"Jane\"\n");
        assertThat(Files.readString(folder.resolve("c.md"))).isEqualTo(clean);
    }

    @Test
    @SuppressWarnings("unchecked")
    void onlyTheSelectedFindingsAreFixed(FxRobot robot) throws Exception {
        TableView<DashboardPane.CheckCount> checks = checks(robot);
        robot.interact(() -> checks.getSelectionModel().select(checks.getItems().stream()
                .filter(c -> c.check().equals("whitespace")).findFirst().orElseThrow()));
        TableView<DashboardModel.Row> findings = robot.lookup("#dashboard-findings").queryAs(TableView.class);
        waitUntil(() -> findings.getItems().size() == 2);
        robot.interact(() -> findings.getSelectionModel().select(findings.getItems().stream()
                .filter(r -> r.path().endsWith("a.md")).findFirst().orElseThrow()));
        String b = Files.readString(folder.resolve("b.md"));
        Platform.runLater(() -> findings.getContextMenu().getItems().get(0).fire());
        waitUntil(() -> robot.lookup("#batch-preview").tryQuery().isPresent());
        assertThat(robot.lookup("#batch-files").queryListView().getItems()).hasSize(1);
        clickButton(robot, "Apply");
        BulkEditWindowTest.waitApplied(robot, 1);
        assertThat(Files.readString(folder.resolve("a.md"))).contains("author: \"Jane\"\n");
        assertThat(Files.readString(folder.resolve("b.md"))).isEqualTo(b);
    }
}
