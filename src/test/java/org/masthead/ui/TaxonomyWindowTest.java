package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.BulkEditWindowTest.clickButton;
import static org.masthead.ui.BulkEditWindowTest.fireLater;
import static org.masthead.ui.FxTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.content.EditJournal;
import org.masthead.content.batch.Taxonomy;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Taxonomy's Merge and Delete across the folder, each previewed and applied, the list's order and style kept. */
@ExtendWith(ApplicationExtension.class)
class TaxonomyWindowTest {
    private static final String A = """
            ---
            title: A
            tags: [golang, Go, web]
            ---
            A
            """;
    private static final String B = """
            ---
            title: B
            tags:
              - web
              - go-lang   # the language
              - css
            ---
            B
            """;
    private static final String C = """
            ---
            title: C
            tags:
              - Go
            ---
            C
            """;

    @TempDir
    Path temp;

    private Path blog;

    @Start
    void start(Stage stage) throws Exception {
        blog = Files.createDirectories(temp.resolve("blog"));
        Files.writeString(blog.resolve("a.md"), A);
        Files.writeString(blog.resolve("b.md"), B);
        Files.writeString(blog.resolve("c.md"), C);
        MainWindow window = new MainWindow(stage, FxTestSupport.freshSettings(),
                new EditJournal(Files.createDirectories(temp.resolve("journal"))));
        window.show();
        window.openFolder(blog);
    }

    private static TableView<Taxonomy.Term> openTaxonomy(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#article-list").queryTableView().getItems().size() == 3);
        fireLater(robot, "menu-bar", "menu-taxonomy");
        waitUntil(() -> robot.lookup("#taxonomy-terms").tryQuery().isPresent());
        TableView<Taxonomy.Term> terms = robot.lookup("#taxonomy-terms").queryTableView();
        waitUntil(() -> terms.getItems().size() == 5);
        return terms;
    }

    private static void select(FxRobot robot, TableView<Taxonomy.Term> terms, List<String> values) {
        robot.interact(() -> {
            terms.getSelectionModel().clearSelection();
            for (String value : values) {
                terms.getSelectionModel().select(terms.getItems().stream()
                        .filter(t -> t.value().equals(value)).findFirst().orElseThrow());
            }
        });
    }

    @Test
    void mergingThreeSpellingsIntoOneKeepsEachListsOrderAndStyle(FxRobot robot) throws Exception {
        TableView<Taxonomy.Term> terms = openTaxonomy(robot);
        select(robot, terms, List.of("Go", "golang", "go-lang"));
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#taxonomy-merge").queryButton().fire());
        waitUntil(() -> robot.lookup("#taxonomy-input").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#taxonomy-input .text-field").queryAs(TextField.class).setText("Go"));
        clickButton(robot, "OK");
        waitUntil(() -> robot.lookup("#batch-preview").tryQuery().isPresent());
        assertThat(robot.lookup("#batch-files").queryListView().getItems()).hasSize(2);
        clickButton(robot, "Apply");
        BulkEditWindowTest.waitApplied(robot, 2);
        assertThat(Files.readString(blog.resolve("a.md"))).as("Go was there: golang goes, Go keeps its place")
                .isEqualTo(A.replace("[golang, Go, web]", "[Go, web]"));
        assertThat(Files.readString(blog.resolve("b.md"))).isEqualTo(B.replace("  - go-lang   #", "  - Go   #"));
        assertThat(Files.readString(blog.resolve("c.md"))).isEqualTo(C);
        waitUntil(() -> terms.getItems().stream().anyMatch(t -> t.value().equals("Go") && t.count() == 3)
                && terms.getItems().size() == 3);
    }

    @Test
    void deletingAValueRemovesItFromEveryArticleAndNothingElse(FxRobot robot) throws Exception {
        TableView<Taxonomy.Term> terms = openTaxonomy(robot);
        select(robot, terms, List.of("web"));
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#taxonomy-delete").queryButton().fire());
        waitUntil(() -> robot.lookup("#batch-preview").tryQuery().isPresent());
        assertThat(Files.readString(blog.resolve("a.md"))).as("nothing is written before Apply").isEqualTo(A);
        clickButton(robot, "Apply");
        BulkEditWindowTest.waitApplied(robot, 2);
        assertThat(Files.readString(blog.resolve("a.md"))).isEqualTo(A.replace("[golang, Go, web]", "[golang, Go]"));
        assertThat(Files.readString(blog.resolve("b.md"))).isEqualTo(B.replace("  - web\n", ""));
        assertThat(Files.readString(blog.resolve("c.md"))).isEqualTo(C);
        waitUntil(() -> terms.getItems().stream().noneMatch(t -> t.value().equals("web")));
    }
}
