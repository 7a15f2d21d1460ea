package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.BulkEditWindowTest.clickButton;
import static org.masthead.ui.BulkEditWindowTest.fireLater;
import static org.masthead.ui.FxTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.content.EditJournal;
import org.masthead.session.FolderTableModel.Row;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Table > Export CSV writes the rows shown; Import CSV previews and applies only the cells that differ. */
@ExtendWith(ApplicationExtension.class)
class TableCsvWindowTest {
    private static final String ARTICLE = "how-does-a-hash-table-handle-collisions.md";

    @TempDir
    Path temp;

    private Path folder;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        folder = FxTestSupport.copyOfSamples(Files.createDirectories(temp.resolve("articles")));
        window = new MainWindow(stage, FxTestSupport.freshSettings(),
                new EditJournal(Files.createDirectories(temp.resolve("journal"))));
        window.show();
        window.openFolder(folder);
    }

    @Test
    void theFilteredViewGoesOutAsCsvAndAnEditedCellComesBackAsAPreviewedChange(FxRobot robot) throws Exception {
        TableView<Row> table = FolderTableWindowTest.openTable(robot);
        Path csv = temp.resolve("table.csv");
        robot.interact(() -> robot.lookup("#table-filter").queryAs(TextField.class).setText("hash table"));
        waitUntil(() -> table.getItems().size() == 1);
        robot.interact(() -> window.bulk().changes().setCsvFiles(save -> Optional.of(csv)));
        fireLater(robot, "table-menu-bar", "table-export-csv");
        waitUntil(() -> Files.exists(csv) && Files.readString(csv).endsWith("\r\n")
                && robot.lookup("#table-message").queryLabeled().getText().contains("1 rows written"));
        String exported = Files.readString(csv);
        assertThat(exported).startsWith("path,title,subject,date,seo.title\r\n" + ARTICLE + ",");
        assertThat(exported.lines()).hasSize(2);

        String before = Files.readString(folder.resolve(ARTICLE));
        Files.writeString(csv, exported.replace("Computer Science", "Computing"));
        fireLater(robot, "table-menu-bar", "table-import-csv");
        waitUntil(() -> robot.lookup("#batch-preview").tryQuery().isPresent());
        assertThat(robot.lookup("#batch-files").queryListView().getItems()).hasSize(1);
        clickButton(robot, "Apply");
        BulkEditWindowTest.waitApplied(robot, 1);
        assertThat(Files.readString(folder.resolve(ARTICLE)))
                .isEqualTo(before.replace("subject: Computer Science\nfile_name", "subject: Computing\nfile_name"));
    }
}
