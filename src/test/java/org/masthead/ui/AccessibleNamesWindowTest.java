package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.FxTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.content.EditJournal;
import org.masthead.seo.Finding;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What a screen reader would be told, read through JavaFX's accessibility API, as the platform readers read it. */
@ExtendWith(ApplicationExtension.class)
class AccessibleNamesWindowTest {
    private static final String ARTICLE = "how-does-a-hash-table-handle-collisions.md";

    @TempDir
    Path temp;

    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path folder = FxTestSupport.copyOfSamples(Files.createDirectories(temp.resolve("articles")));
        MainWindow window = new MainWindow(stage, FxTestSupport.freshSettings(),
                new EditJournal(Files.createDirectories(temp.resolve("journal"))));
        window.show();
        window.openFolder(folder);
    }

    /**
     * The name a reader speaks for a control: its accessible text, else what the control itself
     * reports as its text. A text box's own text is its value, not its name, so it needs a name.
     */
    private static String name(Node node) {
        String text = node.getAccessibleText();
        if (text != null && !text.isBlank()) {
            return text;
        }
        if (node instanceof TextInputControl) {
            return "";
        }
        Object reported = node.queryAccessibleAttribute(AccessibleAttribute.TEXT);
        return reported == null ? "" : reported.toString().strip();
    }

    private static void collect(Node node, List<Node> out) {
        out.add(node);
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, out);
            }
        }
    }

    private List<Node> everyNode() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            List<Node> all = new ArrayList<>();
            collect(stage.getScene().getRoot(), all);
            return all;
        }).get();
    }

    @Test
    void everyFocusableControlHasANameAndNoRemoveButtonIsATabStop(FxRobot robot) throws Exception {
        FxTestSupport.openArticle(robot, stage, ARTICLE);
        waitUntil(() -> robot.lookup("#preview").tryQuery().isPresent());
        TabPane tabs = robot.lookup("#right-tabs").queryAs(TabPane.class);
        List<String> unnamed = new ArrayList<>();
        int focusable = 0;
        int removeButtons = 0;
        // each tab in turn, so that the content of every tab is in the scene and laid out
        for (int i = 0; i < tabs.getTabs().size(); i++) {
            int index = i;
            robot.interact(() -> tabs.getSelectionModel().select(index));
            WaitForAsyncUtils.waitForFxEvents();
            List<Node> nodes = everyNode();
            List<String> names = WaitForAsyncUtils.asyncFx(() -> nodes.stream()
                    .filter(n -> n.isFocusTraversable() && !n.isDisabled())
                    .map(n -> n.getClass().getSimpleName() + "#" + n.getId() + "=" + name(n)).toList()).get();
            focusable += names.size();
            names.stream().filter(n -> n.endsWith("=")).forEach(unnamed::add);
            for (Node n : nodes) {
                if (n.getStyleClass().contains("field-remove")) {
                    removeButtons++;
                    assertThat(n.isFocusTraversable()).as(n.getId()).isFalse();
                    assertThat(n.getAccessibleText()).as(n.getId()).startsWith("Remove ");
                }
            }
        }
        assertThat(unnamed).as("focusable controls without a name").isEmpty();
        assertThat(focusable).isGreaterThan(30);
        assertThat(removeButtons).isGreaterThan(10);

        // a form field by its key path, a tab by its title
        TextField seoTitle = robot.lookup((Node n) -> "field-seo.title".equals(n.getId())).queryAs(TextField.class);
        assertThat(WaitForAsyncUtils.asyncFx(() -> seoTitle.queryAccessibleAttribute(AccessibleAttribute.TEXT)).get())
                .isEqualTo("seo.title");
        // its remove button, out of the tab order, is on its context menu instead
        assertThat(seoTitle.getContextMenu().getItems()).extracting(javafx.scene.control.MenuItem::getText)
                .containsExactly("Cut", "Copy", "Paste", "Select All", null, "Remove seo.title (Ctrl+Shift+Delete)");
        List<Object> tabNames = WaitForAsyncUtils.asyncFx(() -> robot.lookup(".tab").queryAll().stream()
                .map(t -> t.queryAccessibleAttribute(AccessibleAttribute.TEXT)).toList()).get();
        assertThat(tabNames).contains("Preview", "SEO", "Folder SEO");

        // a row of the article list by its title
        List<String> rows = WaitForAsyncUtils.asyncFx(() -> robot.lookup("#article-list").lookup(".table-row-cell")
                .queryAll().stream().map(Node::getAccessibleText).filter(t -> t != null).toList()).get();
        assertThat(rows).contains("How does a hash table handle collisions?");
    }

    @Test
    void findingsAreNamedBySeverityAndTheCountersAreAnnouncedWithoutTakingTheFocus(FxRobot robot) throws Exception {
        FxTestSupport.openArticle(robot, stage, ARTICLE);
        TabPane tabs = robot.lookup("#right-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        TextField seoTitle = robot.lookup((Node n) -> "field-seo.title".equals(n.getId())).queryAs(TextField.class);
        robot.interact(() -> {
            seoTitle.requestFocus();
            seoTitle.selectAll();
        });
        // 3 characters: far too short, which the checks report as a warning
        robot.write("Abc");
        Label counters = robot.lookup("#seo-counters").queryAs(Label.class);
        waitUntil(() -> counters.getAccessibleText() != null
                && counters.getAccessibleText().contains("SEO title: 3 characters"));
        assertThat(seoTitle.isFocused()).isTrue();
        Label summary = robot.lookup("#seo-summary").queryAs(Label.class);
        waitUntil(() -> summary.getAccessibleText() != null && summary.getAccessibleText().startsWith("Findings: ")
                && summary.getAccessibleText().contains("warning"));

        @SuppressWarnings("unchecked")
        ListView<Finding> findings = robot.lookup("#seo-findings").queryAs(ListView.class);
        waitUntil(() -> findings.getItems().stream().anyMatch(f -> f.field().equals("seo.title")));
        List<String> cellNames = WaitForAsyncUtils.asyncFx(() -> robot.from(findings).lookup(".list-cell").queryAll()
                .stream().map(Node::getAccessibleText).filter(t -> t != null).toList()).get();
        Finding title = findings.getItems().stream().filter(f -> f.field().equals("seo.title")).findFirst().orElseThrow();
        assertThat(cellNames).contains(title.severity().label() + ": " + title.message());
        assertThat(seoTitle.isFocused()).isTrue();
        List<Button> fixes = robot.from(findings).lookup(".finding-fix").queryAllAs(Button.class).stream().toList();
        fixes.forEach(b -> assertThat(b.getAccessibleText()).startsWith("Fix: "));
    }
}
