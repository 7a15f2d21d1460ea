package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.BulkEditWindowTest.clickButton;
import static org.masthead.ui.BulkEditWindowTest.fireLater;
import static org.masthead.ui.FxTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.content.EditJournal;
import org.masthead.session.FolderTableModel.Row;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Undo Batch over more files than its question names: it names twenty, counts the rest, and writes nothing on Cancel. */
@ExtendWith(ApplicationExtension.class)
class BatchUndoWindowTest {
    private static final int ARTICLES = 23;

    @TempDir
    Path temp;

    private Path folder;

    @Start
    void start(Stage stage) throws Exception {
        folder = Files.createDirectories(temp.resolve("articles"));
        for (int i = 0; i < ARTICLES; i++) {
            Files.writeString(folder.resolve("article-" + i + ".md"), """
                    ---
                    title: Article %d
                    author: Ann
                    ---
                    Body %d.
                    """.formatted(i, i));
        }
        MainWindow window = new MainWindow(stage, FxTestSupport.freshSettings(),
                new EditJournal(Files.createDirectories(temp.resolve("journal"))));
        window.show();
        window.openFolder(folder);
    }

    @Test
    void undoOfABatchWhoseFilesAllChangedSinceNamesTwentyCountsTheRestAndCancelWritesNothing(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#article-list").queryTableView().getItems().size() == ARTICLES);
        fireLater(robot, "menu-bar", "menu-table");
        waitUntil(() -> robot.lookup("#folder-table").tryQuery().isPresent());
        TableView<Row> table = robot.lookup("#folder-table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == ARTICLES);
        robot.interact(() -> table.getSelectionModel().selectAll());
        BulkEditWindowTest.setValue(robot, "author", "Bea");
        assertThat(robot.lookup("#batch-files").queryListView().getItems()).hasSize(ARTICLES);
        clickButton(robot, "Apply");
        BulkEditWindowTest.waitApplied(robot, ARTICLES);
        for (int i = 0; i < ARTICLES; i++) {
            Path file = folder.resolve("article-" + i + ".md");
            assertThat(Files.readString(file)).contains("author: Bea\n");
            Files.writeString(file, Files.readString(file).replace("author: Bea", "author: Cy"));
        }
        fireLater(robot, "menu-bar", "menu-undo-batch");
        waitUntil(() -> robot.lookup("#batch-changed-since").tryQuery().isPresent());
        String asked = robot.lookup("#batch-changed-since").queryAs(DialogPane.class).getContentText();
        assertThat(asked).contains(" and " + (ARTICLES - 20) + " more");
        assertThat(asked.split("\\.md", -1)).as("twenty names").hasSize(21);
        clickButton(robot, "Cancel");
        waitUntil(() -> robot.lookup("#batch-changed-since").tryQuery().isEmpty());
        for (int i = 0; i < ARTICLES; i++) {
            assertThat(Files.readString(folder.resolve("article-" + i + ".md"))).contains("author: Cy\n");
        }
    }
}
