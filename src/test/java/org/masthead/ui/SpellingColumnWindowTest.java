package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.FxTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.content.EditJournal;
import org.masthead.session.ArticleItem;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The article list's Spelling column: a count per article, sortable. */
@ExtendWith(ApplicationExtension.class)
class SpellingColumnWindowTest {
    @TempDir
    Path temp;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createDirectories(temp.resolve("articles"));
        // about spelling: the one-line bodies' text findings would crowd Folder SEO's to-do list
        Files.writeString(folder.resolve(".masthead.yml"), "seo:\n  text:\n    enabled: false\n");
        // Misspelled by hand: none, two (Teh, systm) and one (recieve).
        Files.writeString(folder.resolve("clean.md"), "---\ntitle: A clean page\n---\nThe system works well.\n");
        // Empty titles give two.md and one.md one finding each (title-empty), for Folder SEO's to-do list.
        Files.writeString(folder.resolve("two.md"), "---\ntitle: \"\"\n---\nTeh systm works.\n");
        Files.writeString(folder.resolve("one.md"), "---\ntitle: ''\n---\nYou will recieve it.\n");
        MainWindow window = new MainWindow(stage, FxTestSupport.freshSettings(),
                new EditJournal(Files.createDirectories(temp.resolve("journal"))));
        window.show();
        window.openFolder(folder);
    }

    @SuppressWarnings("unchecked")
    @Test
    void eachArticleShowsItsMisspellingCountAndTheColumnSortsByIt(FxRobot robot) throws Exception {
        TableView<ArticleItem> table = robot.lookup("#article-list").queryTableView();
        TableColumn<ArticleItem, String> spelling = (TableColumn<ArticleItem, String>) table.getColumns().stream()
                .filter(c -> "article-spelling".equals(c.getId())).findFirst().orElseThrow();
        waitUntil(() -> table.getItems().size() == 3
                && table.getItems().stream().noneMatch(i -> spelling.getCellData(i).isEmpty()));

        robot.interact(() -> {
            spelling.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(spelling);
        });
        waitUntil(() -> names(table).equals(List.of("two.md", "one.md", "clean.md")));
        assertThat(table.getItems().stream().map(spelling::getCellData).toList()).containsExactly("2", "1", "0");

        robot.interact(() -> spelling.setSortType(TableColumn.SortType.ASCENDING));
        waitUntil(() -> names(table).equals(List.of("clean.md", "one.md", "two.md")));
    }

    private static List<String> names(TableView<ArticleItem> table) {
        return table.getItems().stream().map(i -> i.path().getFileName().toString()).toList();
    }

    /** Folder SEO's to-do list has the same counts; sorting by them puts two.md first, and picking it narrows the findings. */
    @SuppressWarnings("unchecked")
    @Test
    void folderSeoListsEachArticlesMisspellingsBesideItsFindings(FxRobot robot) throws Exception {
        TableView<ArticleItem> list = robot.lookup("#article-list").queryTableView();
        waitUntil(() -> onFx(() -> list.getItems().size() == 3));
        javafx.scene.control.TabPane tabs = robot.lookup("#right-tabs").queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "dashboard-tab".equals(t.getId())).findFirst().orElseThrow()));
        TableView<DashboardModel.Todo> todo = robot.lookup("#dashboard-articles").queryTableView();
        TableColumn<DashboardModel.Todo, Integer> spelling = (TableColumn<DashboardModel.Todo, Integer>) todo.getColumns()
                .stream().filter(c -> c.getText().equals("Spelling")).findFirst().orElseThrow();
        waitUntil(() -> onFx(() -> todo.getItems().size() == 3
                && todo.getItems().stream().allMatch(t -> spelling.getCellData(t) != null)));

        robot.interact(() -> {
            spelling.setSortType(TableColumn.SortType.DESCENDING);
            todo.getSortOrder().setAll(spelling);
        });
        waitUntil(() -> onFx(() -> todo.getItems().stream().map(DashboardModel.Todo::path).toList()
                .equals(List.of("two.md", "one.md", "clean.md"))));
        assertThat(onFxList(() -> todo.getItems().stream().map(spelling::getCellData).toList())).containsExactly(2, 1, 0);

        TableView<DashboardModel.Row> findings = robot.lookup("#dashboard-findings").queryTableView();
        robot.interact(() -> todo.getSelectionModel().select(0));
        waitUntil(() -> onFx(() -> !findings.getItems().isEmpty()
                && findings.getItems().stream().allMatch(r -> r.path().equals("two.md"))));
        assertThat(onFxList(() -> findings.getItems().stream().map(r -> r.finding().check()).toList()))
                .containsExactly("title-empty");
    }

    private static boolean onFx(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(condition).get();
    }

    private static <T> List<T> onFxList(java.util.concurrent.Callable<List<T>> read) throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(read).get();
    }
}
