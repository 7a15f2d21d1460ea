package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.FxTestSupport.waitUntil;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.seo.Finding;
import org.masthead.session.ArticleItem;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class SeoWindowTest {
    @TempDir
    Path temp;

    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window = new MainWindow(stage, FxTestSupport.freshSettings());
        window.show();
        window.openFolder(FxTestSupport.copyOfSamples(temp));
    }

    private ListView<Finding> open(FxRobot robot, String fileName) throws Exception {
        TableView<ArticleItem> list = robot.lookup("#article-list").queryTableView();
        waitUntil(() -> list.getItems().size() >= 15);
        ArticleItem item = list.getItems().stream()
                .filter(i -> i.fileName().equals(fileName)).findFirst().orElseThrow();
        robot.interact(() -> list.getSelectionModel().select(item));
        javafx.scene.control.TabPane tabs = robot.lookup("#right-tabs").queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        return robot.lookup("#seo-findings").queryListView();
    }

    @Test
    void aTooLongDescriptionIsReportedAndTheSnippetIsCutWithAnEllipsis(FxRobot robot) throws Exception {
        ListView<Finding> findings = open(robot, "how-did-the-printing-press-change-european-society.md");
        waitUntil(() -> findings.getItems().stream().anyMatch(f -> f.check().equals("seo-description-length")));
        Finding length = findings.getItems().stream().filter(f -> f.check().equals("seo-description-length")).findFirst().orElseThrow();
        assertThat(length.field()).isEqualTo("seo.page_description");
        assertThat(length.line()).isEqualTo(13);
        Label description = robot.lookup("#snippet-desktop-description").queryAs(Label.class);
        assertThat(description.getText()).endsWith("…").hasSizeLessThan(200);
        assertThat(robot.lookup("#seo-counters").queryAs(Label.class).getText()).contains("Description: 285 characters");
    }

    @Test
    void editingTheSeoTitleUpdatesTheFindingsAsYouGo(FxRobot robot) throws Exception {
        ListView<Finding> findings = open(robot, "what-happens-during-each-stage-of-mitosis.md");
        waitUntil(() -> findings.getItems().stream().anyMatch(f -> f.check().equals("required-field")));
        TextField title = robot.lookup((javafx.scene.Node n) -> "field-title".equals(n.getId())).queryAs(TextField.class);
        assertThat(title).isNotNull();
        robot.interact(() -> window.applyEdit(org.masthead.document.KeyPath.parse("seo.title"), "Mitosis, stage by stage | Masthead Samples"));
        Label snippetTitle = robot.lookup("#snippet-desktop-title").queryAs(Label.class);
        waitUntil(() -> snippetTitle.getText().equals("Mitosis, stage by stage | Masthead Samples"));
        waitUntil(() -> findings.getItems().stream().noneMatch(f -> f.field().equals("seo.title")));
    }

    @Test
    void aQuickFixRemovesTheDuplicateRelatedArticleAndCanBeUndone(FxRobot robot) throws Exception {
        String name = "what-caused-the-fall-of-the-western-roman-empire.md";
        Path file = temp.resolve(name);
        String before = Files.readString(file, StandardCharsets.UTF_8);
        ListView<Finding> findings = open(robot, name);
        waitUntil(() -> findings.getItems().stream().anyMatch(f -> f.check().equals("related-duplicate")));
        clickFix(robot);
        waitUntil(() -> findings.getItems().stream().noneMatch(f -> f.check().equals("related-duplicate")));
        assertThat(stage.getTitle()).startsWith("• ");

        robot.interact(() -> window.undo());
        waitUntil(() -> findings.getItems().stream().anyMatch(f -> f.check().equals("related-duplicate")));
        assertThat(stage.getTitle()).doesNotStartWith("• ");

        clickFix(robot);
        waitUntil(() -> stage.getTitle().startsWith("• "));
        robot.interact(() -> window.save());
        waitUntil(() -> !stage.getTitle().startsWith("•"));
        String after = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(after).doesNotContain("related_article2:");
        assertThat(before.lines().filter(l -> !after.lines().toList().contains(l)).toList())
                .allMatch(l -> l.startsWith("    ") || l.startsWith("related_article2:"));
    }

    @Test
    void whatLinksHereListsTheArticlesThatNameThisOneAndOpensThem(FxRobot robot) throws Exception {
        open(robot, "how-did-the-printing-press-change-european-society.md");
        ListView<ArticleItem> incoming = robot.lookup("#seo-incoming").queryListView();
        waitUntil(() -> incoming.getItems().stream()
                .anyMatch(i -> i.fileName().equals("what-caused-the-fall-of-the-western-roman-empire.md")));
        for (ArticleItem item : incoming.getItems()) {
            assertThat(Files.readString(item.path())).contains("id: 900113");
        }
        robot.interact(() -> incoming.getSelectionModel().select(incoming.getItems().stream()
                .filter(i -> i.fileName().startsWith("what-caused")).findFirst().orElseThrow()));
        // the list is the last part of the tab, below the findings: scrolled into view as a user would
        robot.interact(() -> robot.lookup("#seo-pane").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        robot.doubleClickOn(robot.lookup("#seo-incoming .list-cell").queryAll().stream()
                .filter(n -> ((javafx.scene.control.ListCell<?>) n).isSelected()).findFirst().orElseThrow());
        waitUntil(() -> stage.getTitle().equals("what-caused-the-fall-of-the-western-roman-empire.md — Masthead"));
    }

    @Test
    void aFindingOnTheFolderDashboardOpensItsArticleAtTheField(FxRobot robot) throws Exception {
        TableView<ArticleItem> list = robot.lookup("#article-list").queryTableView();
        waitUntil(() -> list.getItems().size() >= 15);
        javafx.scene.control.TabPane tabs = robot.lookup("#right-tabs").queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "dashboard-tab".equals(t.getId())).findFirst().orElseThrow()));
        TableView<DashboardModel.Row> rows = robot.lookup("#dashboard-findings").queryTableView();
        waitUntil(() -> rows.getItems().stream().anyMatch(r -> r.finding().check().equals("seo-description-length")));
        DashboardModel.Row row = rows.getItems().stream()
                .filter(r -> r.finding().check().equals("seo-description-length")).findFirst().orElseThrow();
        robot.interact(() -> {
            rows.getSelectionModel().select(row);
            rows.requestFocus();
        });
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> stage.getTitle().equals("how-did-the-printing-press-change-european-society.md — Masthead"));
        waitUntil(() -> {
            javafx.scene.Node focused = stage.getScene().getFocusOwner();
            return focused != null && "field-seo.page_description".equals(focused.getId());
        });
    }

    /** List cells are reused, so wait for the cell that shows the finding to be drawn, then click its button. */
    private static void clickFix(FxRobot robot) throws Exception {
        String id = "#fix-related-duplicate-related_article2";
        // the text checks' findings may push it below the list's fold
        ListView<Finding> findings = robot.lookup("#seo-findings").queryListView();
        robot.interact(() -> findings.getItems().stream().filter(f -> f.check().equals("related-duplicate"))
                .findFirst().ifPresent(findings::scrollTo));
        waitUntil(() -> robot.lookup(id).queryAll().stream().anyMatch(n -> n.isVisible() && n.getScene() != null
                && n.localToScreen(n.getBoundsInLocal()) != null));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Button button = (javafx.scene.control.Button) robot.lookup(id).queryAll().stream()
                .filter(javafx.scene.Node::isVisible).findFirst().orElseThrow();
        robot.interact(button::fire);
    }
}
