package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.FxTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.content.EditJournal;
import org.masthead.session.FolderTableModel.Row;
import org.masthead.session.Settings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** View > Table of Articles: columns chosen and remembered, sorting, filtering, and a cell edited in place. */
@ExtendWith(ApplicationExtension.class)
class FolderTableWindowTest {
    private static final String ARTICLE = "how-does-a-hash-table-handle-collisions.md";
    private static final String OTHER = "how-does-utf8-encode-characters-as-bytes.md";

    @TempDir
    Path temp;

    private Stage stage;
    private Path folder;
    private MainWindow window;
    private final Settings settings = FxTestSupport.freshSettings();

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        folder = FxTestSupport.copyOfSamples(Files.createDirectories(temp.resolve("articles")));
        window = new MainWindow(stage, settings, new EditJournal(Files.createDirectories(temp.resolve("journal"))));
        window.show();
        window.openFolder(folder);
    }

    @SuppressWarnings("unchecked")
    static TableView<Row> openTable(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#article-list").queryTableView().getItems().size() == 16);
        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#folder-table").tryQuery().isPresent());
        TableView<Row> table = robot.lookup("#folder-table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 16 && table.getItems().stream().allMatch(r -> !r.values().contains(null)));
        return table;
    }

    static Row row(TableView<Row> table, String name) {
        return table.getItems().stream().filter(r -> r.relative().equals(name)).findFirst().orElseThrow();
    }

    private static int columnIndex(TableView<Row> table, String name) {
        for (int i = 0; i < table.getColumns().size(); i++) {
            if (table.getColumns().get(i).getText().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no column " + name);
    }

    @Test
    void columnsAreChosenReadFromTheFilesAndRememberedForTheFolder(FxRobot robot) throws Exception {
        TableView<Row> table = openTable(robot);
        assertThat(table.getColumns()).extracting(TableColumn::getText)
                .containsExactly("File", "title", "subject", "date", "seo.title");
        Platform.runLater(() -> robot.lookup("#table-menu-bar").queryAs(javafx.scene.control.MenuBar.class)
                .getMenus().get(0).getItems().get(0).fire());
        waitUntil(() -> robot.lookup("#column-path").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#column-path").queryAs(ComboBox.class).getEditor().setText("author"));
        robot.clickOn("#column-add");
        // the new column goes to the top, before title
        robot.interact(() -> {
            var list = robot.lookup("#column-list").queryListView();
            list.getSelectionModel().select(list.getItems().size() - 1);
        });
        for (int i = 0; i < 4; i++) {
            robot.clickOn("#column-up");
        }
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("OK")).queryButton());
        waitUntil(() -> table.getColumns().size() == 6 && table.getColumns().get(1).getText().equals("author")
                && table.getItems().stream().allMatch(r -> "Masthead Samples".equals(r.value(0))));

        // another folder, then this one again: the columns come back
        robot.interact(() -> window.openFolder(Path.of(System.getProperty("masthead.samples", "samples"))));
        waitUntil(() -> table.getColumns().size() == 5);
        robot.interact(() -> window.openFolder(folder));
        waitUntil(() -> table.getColumns().size() == 6 && table.getColumns().get(1).getText().equals("author"));
    }

    @Test
    void rowsSortAndFilterOnAnyColumn(FxRobot robot) throws Exception {
        TableView<Row> table = openTable(robot);
        TableColumn<Row, ?> date = table.getColumns().get(columnIndex(table, "date"));
        robot.interact(() -> {
            date.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(date));
        });
        int dateAt = (Integer) date.getUserData();
        waitUntil(() -> table.getItems().get(0).value(dateAt).compareTo(table.getItems().get(15).value(dateAt)) > 0);
        assertThat(table.getItems()).extracting(r -> r.value(dateAt)).isSortedAccordingTo(Comparator.reverseOrder());

        robot.interact(() -> robot.lookup("#table-filter-column").queryAs(ComboBox.class).getSelectionModel().select("subject"));
        robot.interact(() -> robot.lookup("#table-filter").queryAs(TextField.class).setText("physics"));
        int subjectAt = (Integer) table.getColumns().get(columnIndex(table, "subject")).getUserData();
        waitUntil(() -> table.getItems().size() == 3);
        assertThat(table.getItems()).allMatch(r -> r.value(subjectAt).equals("Physics"));
        // on the title column, "physics" is in no row
        robot.interact(() -> robot.lookup("#table-filter-column").queryAs(ComboBox.class).getSelectionModel().select("title"));
        waitUntil(() -> table.getItems().isEmpty());
    }

    @Test
    void aCellEditedInPlaceIsASplicedSaveOfThatField(FxRobot robot) throws Exception {
        TableView<Row> table = openTable(robot);
        Path file = folder.resolve(OTHER);
        String before = Files.readString(file);
        int column = columnIndex(table, "subject");
        robot.interact(() -> {
            int at = table.getItems().indexOf(row(table, OTHER));
            table.getSelectionModel().clearAndSelect(at);
            table.edit(at, table.getColumns().get(column));
        });
        waitUntil(() -> robot.lookup("#folder-table .text-field").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#folder-table .text-field").queryAs(TextField.class).setText("Computing"));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> Files.readString(file).contains("subject: Computing\n"));
        assertThat(Files.readString(file)).isEqualTo(before.replace("subject: Computer Science\nfile_name",
                "subject: Computing\nfile_name"));
        int subjectAt = (Integer) table.getColumns().get(column).getUserData();
        waitUntil(() -> row(table, OTHER).value(subjectAt).equals("Computing"));
    }

    @Test
    void aCellOfTheOpenArticleBecomesAnUnsavedEditThere(FxRobot robot) throws Exception {
        FxTestSupport.openArticle(robot, stage, ARTICLE);
        TableView<Row> table = openTable(robot);
        Path file = folder.resolve(ARTICLE);
        String before = Files.readString(file);
        int column = columnIndex(table, "seo.title");
        robot.interact(() -> table.edit(table.getItems().indexOf(row(table, ARTICLE)), table.getColumns().get(column)));
        waitUntil(() -> robot.lookup("#folder-table .text-field").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#folder-table .text-field").queryAs(TextField.class).setText("Hash collisions"));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> stage.getTitle().equals("• " + ARTICLE + " — Masthead"));
        assertThat(Files.readString(file)).as("nothing written behind the editor").isEqualTo(before);
        window.save();
        waitUntil(() -> Files.readString(file).contains("title: Hash collisions\n"));
        assertThat(Files.readString(file)).isEqualTo(before.replace(
                "title: Hash Table Collision Handling | Masthead Samples\n", "title: Hash collisions\n"));
    }
}
