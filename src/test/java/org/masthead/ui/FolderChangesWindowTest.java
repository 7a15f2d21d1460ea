package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.BulkEditWindowTest.clickButton;
import static org.masthead.ui.BulkEditWindowTest.fireLater;
import static org.masthead.ui.FxTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.content.EditJournal;
import org.masthead.content.batch.FolderReplace;
import org.masthead.content.batch.Taxonomy;
import org.masthead.session.FolderTableModel.Row;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Replace in Folder with a match left out, a tag renamed, and an article renamed with its references. */
@ExtendWith(ApplicationExtension.class)
class FolderChangesWindowTest {
    private static final String ARTICLE = "how-does-a-hash-table-handle-collisions.md";
    private static final String REFERRER = "how-does-utf8-encode-characters-as-bytes.md";

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
    @SuppressWarnings("unchecked")
    void replaceInFolderLeavesTheMatchThatWasUnticked(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#article-list").queryTableView().getItems().size() == 16);
        fireLater(robot, "menu-bar", "menu-replace-in-folder");
        waitUntil(() -> robot.lookup("#folder-replace-pattern").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#folder-replace-pattern").queryAs(TextField.class).setText("Masthead Samples");
            robot.lookup("#folder-replace-with").queryAs(TextField.class).setText("The Editors");
            robot.lookup("#folder-replace-scope").queryAs(ComboBox.class).getSelectionModel().select(2);
            robot.lookup("#folder-replace-field").queryAs(TextField.class).setText("author");
        });
        robot.clickOn("#folder-replace-find");
        ListView<FolderReplace.Match> matches = robot.lookup("#folder-replace-matches").queryListView();
        waitUntil(() -> matches.getItems().size() == 16);
        FolderReplace.Match left = matches.getItems().stream()
                .filter(m -> m.file().getFileName().toString().equals(ARTICLE)).findFirst().orElseThrow();
        robot.interact(() -> matches.scrollTo(left));
        waitUntil(() -> robot.lookup(".check-box-list-cell").match((CheckBoxListCell<FolderReplace.Match> c) ->
                left.equals(c.getItem())).tryQuery().isPresent());
        robot.clickOn(robot.lookup(".check-box-list-cell").match((CheckBoxListCell<FolderReplace.Match> c) ->
                left.equals(c.getItem())).lookup(".check-box").queryAs(javafx.scene.control.CheckBox.class));
        String before = Files.readString(folder.resolve(ARTICLE));
        String other = Files.readString(folder.resolve(REFERRER));
        clickButton(robot, "Preview…");
        waitUntil(() -> robot.lookup("#batch-preview").tryQuery().isPresent());
        assertThat(robot.lookup("#batch-files").queryListView().getItems()).hasSize(15);
        clickButton(robot, "Apply");
        BulkEditWindowTest.waitApplied(robot, 15);
        assertThat(Files.readString(folder.resolve(REFERRER)))
                .isEqualTo(other.replace("author: Masthead Samples\n", "author: The Editors\n"));
        assertThat(Files.readString(folder.resolve(ARTICLE))).as("the unticked match").isEqualTo(before);
    }

    @Test
    void renamingAnArticleUpdatesTheRelatedArticleOfItsReferrer(FxRobot robot) throws Exception {
        TableView<Row> table = FolderTableWindowTest.openTable(robot);
        BulkEditWindowTest.select(robot, table, List.of(ARTICLE));
        String referrer = Files.readString(folder.resolve(REFERRER));
        fireLater(robot, "table-menu-bar", "table-rename-article");
        waitUntil(() -> robot.lookup("#rename-article-name").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#rename-article-name").queryAs(TextField.class).setText("hash-collisions.md"));
        clickButton(robot, "OK");
        waitUntil(() -> robot.lookup("#batch-preview").tryQuery().isPresent());
        assertThat(robot.lookup("#batch-files").queryListView().getItems()).extracting(Object::toString)
                .anyMatch(s -> s.contains(REFERRER));
        clickButton(robot, "Apply");
        String oldSlug = ARTICLE.substring(0, ARTICLE.length() - 3);
        waitUntil(() -> String.valueOf(robot.lookup("#message").queryLabeled().getText()).contains("files changed."));
        assertThat(Files.readString(folder.resolve(REFERRER))).as("only the related article's url changed")
                .isEqualTo(referrer.replace("/" + oldSlug + "\n", "/hash-collisions\n"));
        assertThat(folder.resolve(ARTICLE)).doesNotExist();
        assertThat(folder.resolve("hash-collisions.md")).exists();
        // the table sees the move as one change: the old row goes, the new one comes
        waitUntil(() -> table.getItems().stream().anyMatch(r -> r.relative().equals("hash-collisions.md"))
                && table.getItems().stream().noneMatch(r -> r.relative().equals(ARTICLE)));
    }

    @Test
    void aTagIsRenamedAcrossTheFolder(FxRobot robot) throws Exception {
        Path blog = Files.createDirectories(temp.resolve("blog"));
        Files.writeString(blog.resolve("a.md"), """
                ---
                title: A
                tags: [golang, web]
                ---
                A
                """);
        Files.writeString(blog.resolve("b.md"), """
                ---
                title: B
                tags:
                  - web
                  - golang   # the language
                ---
                B
                """);
        Files.writeString(blog.resolve("c.md"), """
                ---
                title: C
                tags:
                  - Golang
                ---
                C
                """);
        robot.interact(() -> window.openFolder(blog));
        waitUntil(() -> robot.lookup("#article-list").queryTableView().getItems().size() == 3);
        fireLater(robot, "menu-bar", "menu-taxonomy");
        waitUntil(() -> robot.lookup("#taxonomy-terms").tryQuery().isPresent());
        TableView<Taxonomy.Term> terms = robot.lookup("#taxonomy-terms").queryTableView();
        waitUntil(() -> terms.getItems().size() == 3);
        waitUntil(() -> robot.lookup("#taxonomy-status").queryLabeled().getText().contains("near-duplicate"));
        assertThat(robot.lookup("#taxonomy-status").queryLabeled().getText()).contains("1 near-duplicate");
        robot.interact(() -> terms.getSelectionModel().select(terms.getItems().stream()
                .filter(t -> t.value().equals("golang")).findFirst().orElseThrow()));
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> robot.lookup("#taxonomy-rename").queryButton().fire());
        waitUntil(() -> robot.lookup("#taxonomy-input").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#taxonomy-input .text-field").queryAs(TextField.class).setText("go"));
        clickButton(robot, "OK");
        waitUntil(() -> robot.lookup("#batch-preview").tryQuery().isPresent());
        clickButton(robot, "Apply");
        BulkEditWindowTest.waitApplied(robot, 2);
        assertThat(Files.readString(blog.resolve("b.md"))).contains("  - go   # the language\n");
        assertThat(Files.readString(blog.resolve("a.md"))).contains("tags: [go, web]\n");
        assertThat(Files.readString(blog.resolve("c.md"))).as("another spelling is another value").contains("  - Golang\n");
        waitUntil(() -> terms.getItems().stream().anyMatch(t -> t.value().equals("go") && t.count() == 2));
    }
}
