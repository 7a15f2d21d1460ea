package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.FxTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.content.EditJournal;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At 2x on a 1600x1000 screen layout sees a window of 1600x1000 whose fonts are twice as big
 * (zoom sets the root's font size the same way), and there no text of the form, SEO or Folder SEO
 * may be cut short with an ellipsis: it wraps, or its pane scrolls.
 */
@ExtendWith(ApplicationExtension.class)
class ScaledLabelsWindowTest {
    private static final String ARTICLE = "how-does-a-hash-table-handle-collisions.md";

    @TempDir
    Path temp;

    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path folder = FxTestSupport.copyOfSamples(Files.createDirectories(temp.resolve("articles")));
        // a wrong file name, so that the SEO pane and Folder SEO list a finding with a long message and a fix
        Path article = folder.resolve(ARTICLE);
        String text = Files.readString(article);
        String wrong = text.replace("file_name: " + ARTICLE, "file_name: hash-tables.md");
        assertThat(wrong).isNotEqualTo(text);
        Files.writeString(article, wrong);
        window = new MainWindow(stage, FxTestSupport.freshSettings(),
                new EditJournal(Files.createDirectories(temp.resolve("journal"))));
        window.show();
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1600);
        stage.setHeight(1000);
        window.zoom(2);
        window.openFolder(folder);
    }

    /** The text a label shows, as its skin laid it out: its own text, or that text cut with an ellipsis. */
    private static String shown(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getClass().getSimpleName().equals("LabeledText")) {
                return text.getText();
            }
        }
        return labeled.getText();
    }

    private static boolean showing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static void truncated(Node node, List<String> out) {
        if (node instanceof Labeled labeled && showing(labeled) && labeled.getText() != null
                && !labeled.getText().isEmpty() && !shown(labeled).equals(labeled.getText())) {
            out.add(labeled.getClass().getSimpleName() + "#" + labeled.getId() + " '" + labeled.getText()
                    + "' shown as '" + shown(labeled) + "'");
        }
        // a table cell that wraps its text in a Text node must be as tall as the text
        if (node instanceof Text text && text.getParent() instanceof TableCell<?, ?> cell && showing(cell)
                && text.getLayoutBounds().getHeight() > cell.getHeight() - cell.snappedTopInset()
                - cell.snappedBottomInset() + 1) {
            out.add("TableCell '" + text.getText() + "' " + text.getLayoutBounds().getHeight() + " px high in "
                    + cell.getHeight() + " px");
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                truncated(child, out);
            }
        }
    }

    private int labelCount(Node node) {
        int n = node instanceof Labeled l && showing(l) && l.getText() != null && !l.getText().isEmpty() ? 1 : 0;
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                n += labelCount(child);
            }
        }
        return n;
    }

    private void assertNothingCut(FxRobot robot, String paneId, int atLeast) throws Exception {
        Node pane = robot.lookup("#" + paneId).query();
        WaitForAsyncUtils.waitForFxEvents();
        List<String> cut = WaitForAsyncUtils.asyncFx(() -> {
            pane.getScene().getRoot().applyCss();
            pane.getScene().getRoot().layout();
            List<String> out = new ArrayList<>();
            truncated(pane, out);
            return out;
        }).get();
        assertThat(cut).as("labels cut short in " + paneId).isEmpty();
        assertThat(WaitForAsyncUtils.asyncFx(() -> labelCount(pane)).get()).as("labels in " + paneId)
                .isGreaterThanOrEqualTo(atLeast);
    }

    @Test
    void formSeoAndFolderSeoShowWholeLabelsAtTwiceTheFontSize(FxRobot robot) throws Exception {
        assertThat(stage.getScene().getRoot().getStyle()).contains("-fx-font-size: 26px");
        FxTestSupport.openArticle(robot, stage, ARTICLE);
        waitUntil(() -> robot.lookup((Node n) -> "label-seo.title".equals(n.getId())).tryQuery().isPresent());
        assertNothingCut(robot, "form", 10);

        TabPane tabs = robot.lookup("#right-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        waitUntil(() -> !robot.lookup("#seo-counters").queryLabeled().getText().isEmpty());
        // the text checks' findings come first: bring the finding with the fix into view
        javafx.scene.control.ListView<org.masthead.seo.Finding> seoFindings = robot.lookup("#seo-findings").queryListView();
        waitUntil(() -> seoFindings.getItems().stream().anyMatch(f -> f.check().equals("file-name-slug")));
        robot.interact(() -> seoFindings.scrollTo(seoFindings.getItems().stream()
                .filter(f -> f.check().equals("file-name-slug")).findFirst().orElseThrow()));
        waitUntil(() -> robot.lookup("#fix-file-name-slug-file_name").tryQuery().isPresent());
        assertNothingCut(robot, "seo-pane", 5);

        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "dashboard-tab".equals(t.getId())).findFirst().orElseThrow()));
        waitUntil(() -> !robot.lookup("#dashboard-totals").queryLabeled().getText().isEmpty());
        assertNothingCut(robot, "dashboard-pane", 5);
    }
}
