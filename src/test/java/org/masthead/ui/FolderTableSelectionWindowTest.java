package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.FxTestSupport.waitUntil;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

/** The table's selection stays on the same articles when the folder's rows are read again. */
@ExtendWith(ApplicationExtension.class)
class FolderTableSelectionWindowTest {
    private static final String ARTICLE = "how-does-a-hash-table-handle-collisions.md";
    private static final String OTHER = "how-does-utf8-encode-characters-as-bytes.md";

    @TempDir
    Path temp;

    private Path folder;

    @Start
    void start(Stage stage) throws Exception {
        folder = FxTestSupport.copyOfSamples(Files.createDirectories(temp.resolve("articles")));
        MainWindow window = new MainWindow(stage, FxTestSupport.freshSettings(),
                new EditJournal(Files.createDirectories(temp.resolve("journal"))));
        window.show();
        window.openFolder(folder);
    }

    /** Rewrites the article's subject (the table's second field column) on disk, as another program would, and waits for the table to show it. */
    private void changeSubjectOutside(TableView<Row> table, String name, String subject) throws Exception {
        Path file = folder.resolve(name);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(FolderTableWindowTest.row(table, name).value(1)).isEqualTo("Computer Science");
        Files.writeString(file, text.replace("subject: Computer Science", "subject: " + subject), StandardCharsets.UTF_8);
        waitUntil(() -> subject.equals(FolderTableWindowTest.row(table, name).value(1)));
    }

    @Test
    void everyRowSelectedStaysSelectedAfterAFileChanges(FxRobot robot) throws Exception {
        TableView<Row> table = FolderTableWindowTest.openTable(robot);
        robot.interact(() -> table.getSelectionModel().selectAll());
        changeSubjectOutside(table, ARTICLE, "Data Structures");

        robot.interact(() -> {
            assertThat(table.getItems()).hasSize(16);
            assertThat(table.getSelectionModel().getSelectedItems()).hasSize(16)
                    .containsExactlyInAnyOrderElementsOf(table.getItems());
        });
    }

    @Test
    void someRowsSelectedStayOnTheSameArticlesAfterAFileChanges(FxRobot robot) throws Exception {
        TableView<Row> table = FolderTableWindowTest.openTable(robot);
        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().select(FolderTableWindowTest.row(table, ARTICLE));
            table.getSelectionModel().select(FolderTableWindowTest.row(table, OTHER));
        });
        changeSubjectOutside(table, OTHER, "Text Encoding");

        robot.interact(() -> assertThat(table.getSelectionModel().getSelectedItems()).extracting(Row::relative)
                .containsExactlyInAnyOrderElementsOf(List.of(ARTICLE, OTHER)));
    }
}
