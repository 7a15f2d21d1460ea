package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.FxTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.content.EditJournal;
import org.masthead.document.KeyPath;
import org.masthead.session.FolderTableModel.Row;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Bulk edits of the table's selection: preview, apply, undo, and an open article with unsaved edits. */
@ExtendWith(ApplicationExtension.class)
class BulkEditWindowTest {
    private static final List<String> CHOSEN = List.of("how-does-a-hash-table-handle-collisions.md",
            "how-does-utf8-encode-characters-as-bytes.md", "how-do-you-balance-a-chemical-equation.md");

    @TempDir
    Path temp;

    private Stage stage;
    private Path folder;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        folder = FxTestSupport.copyOfSamples(Files.createDirectories(temp.resolve("articles")));
        window = new MainWindow(stage, FxTestSupport.freshSettings(),
                new EditJournal(Files.createDirectories(temp.resolve("journal"))));
        window.show();
        window.openFolder(folder);
    }

    /** Fires the menu item with {@code id} of any menu bar, later, so that the dialog it opens can be answered. */
    static void fireLater(FxRobot robot, String barId, String id) {
        MenuBar bar = robot.lookup("#" + barId).queryAs(MenuBar.class);
        for (Menu menu : bar.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (id.equals(item.getId())) {
                    Platform.runLater(item::fire);
                    return;
                }
            }
        }
        throw new AssertionError("no menu item " + id);
    }

    static void clickButton(FxRobot robot, String text) throws Exception {
        waitUntil(() -> robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals(text))
                .tryQuery().isPresent());
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals(text)).queryButton());
    }

    /** Waits until the window says a batch of {@code files} files was applied: every file is written then. */
    static void waitApplied(FxRobot robot, int files) throws Exception {
        String said = files + (files == 1 ? " file" : " files") + " changed.";
        waitUntil(() -> robot.lookup("#message").queryLabeled().getText() != null
                && robot.lookup("#message").queryLabeled().getText().contains(said));
    }

    static void select(FxRobot robot, TableView<Row> table, List<String> names) {
        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            for (String name : names) {
                table.getSelectionModel().select(FolderTableWindowTest.row(table, name));
            }
        });
    }

    /** Edit > Set Value on the selection, answered with {@code path} and {@code value}, up to the preview. */
    static void setValue(FxRobot robot, String path, String value) throws Exception {
        fireLater(robot, "table-menu-bar", "bulk-set");
        waitUntil(() -> robot.lookup("#bulk-path").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#bulk-path").queryAs(ComboBox.class).getEditor().setText(path);
            robot.lookup("#bulk-value").queryAs(TextField.class).setText(value);
        });
        clickButton(robot, "OK");
        waitUntil(() -> robot.lookup("#batch-preview").tryQuery().isPresent());
    }

    private Map<String, String> texts() throws Exception {
        Map<String, String> out = new HashMap<>();
        try (var files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (file.toString().endsWith(".md")) {
                    out.put(file.getFileName().toString(), Files.readString(file));
                }
            }
        }
        return out;
    }

    @Test
    void selectedRowsGetAFieldSetAfterAPreviewAndOneUndoTakesItBack(FxRobot robot) throws Exception {
        Map<String, String> before = texts();
        TableView<Row> table = FolderTableWindowTest.openTable(robot);
        select(robot, table, CHOSEN);
        setValue(robot, "author", "Jane Doe");
        ListView<?> files = robot.lookup("#batch-files").queryListView();
        assertThat(files.getItems()).hasSize(3);
        waitUntil(() -> robot.lookup("#diff-rows").tryQuery().isPresent());
        clickButton(robot, "Apply");
        waitApplied(robot, 3);
        Map<String, String> after = texts();
        for (Map.Entry<String, String> e : before.entrySet()) {
            String expected = CHOSEN.contains(e.getKey())
                    ? e.getValue().replace("author: Masthead Samples\n", "author: Jane Doe\n") : e.getValue();
            assertThat(after.get(e.getKey())).as(e.getKey()).isEqualTo(expected);
        }
        fireLater(robot, "table-menu-bar", "table-undo-batch");
        waitUntil(() -> texts().equals(before));
    }

    @Test
    void aBatchThatMeetsAnOpenEditedArticleSkipsItWhenAsked(FxRobot robot) throws Exception {
        FxTestSupport.openArticle(robot, stage, CHOSEN.get(0));
        robot.interact(() -> window.applyEdit(KeyPath.of("author"), "Me, typing"));
        waitUntil(() -> stage.getTitle().startsWith("• "));
        Map<String, String> before = texts();
        TableView<Row> table = FolderTableWindowTest.openTable(robot);
        select(robot, table, CHOSEN.subList(0, 2));
        setValue(robot, "author", "Jane Doe");
        clickButton(robot, "Apply");
        waitUntil(() -> robot.lookup("#batch-open-edits").tryQuery().isPresent());
        clickButton(robot, "Skip It");
        waitApplied(robot, 1);
        assertThat(texts().get(CHOSEN.get(1))).contains("author: Jane Doe\n");
        assertThat(texts().get(CHOSEN.get(0))).as("the open article is not written").isEqualTo(before.get(CHOSEN.get(0)));
        assertThat(stage.getTitle()).as("its edits are still unsaved").startsWith("• ");
    }

    @Test
    void undoAsksAboutFilesChangedSinceAndLeavesThem(FxRobot robot) throws Exception {
        Map<String, String> before = texts();
        TableView<Row> table = FolderTableWindowTest.openTable(robot);
        select(robot, table, CHOSEN.subList(0, 2));
        setValue(robot, "author", "Jane Doe");
        clickButton(robot, "Apply");
        waitUntil(() -> robot.lookup("#table-message").queryLabeled().getText().contains("2 files changed"));
        Path changed = folder.resolve(CHOSEN.get(0));
        String theirs = Files.readString(changed).replace("author: Jane Doe", "author: Someone Else");
        Files.writeString(changed, theirs);
        fireLater(robot, "menu-bar", "menu-undo-batch");
        waitUntil(() -> robot.lookup("#batch-changed-since").tryQuery().isPresent());
        assertThat(robot.lookup("#batch-changed-since").queryAs(javafx.scene.control.DialogPane.class).getContentText())
                .contains(CHOSEN.get(0)).doesNotContain(CHOSEN.get(1));
        clickButton(robot, "Undo the Others");
        waitUntil(() -> texts().get(CHOSEN.get(1)).equals(before.get(CHOSEN.get(1))));
        assertThat(Files.readString(changed)).isEqualTo(theirs);
    }
}
