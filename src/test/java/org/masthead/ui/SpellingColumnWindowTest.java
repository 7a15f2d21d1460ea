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
        // Misspelled by hand: none, two (Teh, systm) and one (recieve).
        Files.writeString(folder.resolve("clean.md"), "---\ntitle: A clean page\n---\nThe system works well.\n");
        Files.writeString(folder.resolve("two.md"), "---\ntitle: Two errors\n---\nTeh systm works.\n");
        Files.writeString(folder.resolve("one.md"), "---\ntitle: One error\n---\nYou will recieve it.\n");
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
}
