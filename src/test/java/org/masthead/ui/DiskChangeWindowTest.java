package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.FxTestSupport.waitUntil;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.document.KeyPath;
import org.masthead.session.ArticleItem;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class DiskChangeWindowTest {
    private static final String LOADED = """
            ---
            title: A
            ---
            First version
            """;
    private static final String THEIRS = """
            ---
            title: A
            ---
            Theirs from git
            """;

    @TempDir
    Path temp;

    private Stage stage;
    private MainWindow window;
    private Path file;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        file = temp.resolve("a.md");
        Files.writeString(file, LOADED, StandardCharsets.UTF_8);
        window = new MainWindow(stage, FxTestSupport.freshSettings());
        window.show();
        window.openFolder(temp);
    }

    private CodeArea openAndType(FxRobot robot, String loadedBody, String typed) throws Exception {
        TableView<ArticleItem> list = robot.lookup("#article-list").queryTableView();
        waitUntil(() -> list.getItems().size() == 1);
        robot.interact(() -> list.getSelectionModel().select(0));
        CodeArea editor = robot.lookup("#editor").queryAs(CodeArea.class);
        waitUntil(() -> editor.getText().equals(loadedBody));
        robot.interact(() -> {
            editor.requestFocus();
            editor.moveTo(0);
        });
        robot.write(typed);
        waitUntil(() -> stage.getTitle().startsWith("• "));
        return editor;
    }

    private CodeArea editAndChangeOnDisk(FxRobot robot) throws Exception {
        CodeArea editor = openAndType(robot, "First version\n", "Mine: ");
        Files.writeString(file, THEIRS, StandardCharsets.UTF_8);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("The file changed on disk").tryQuery().isPresent());
        return editor;
    }

    /** A button of a dialog, not of the banner that may show the same choice in the window. */
    private void clickInDialog(FxRobot robot, String text) throws Exception {
        waitUntil(() -> dialogButton(robot, text) != null);
        robot.clickOn(dialogButton(robot, text));
    }

    private Node dialogButton(FxRobot robot, String text) {
        return robot.lookup((Node n) -> n instanceof Button b && b.getText().equals(text) && b.isVisible()
                && b.getScene() != stage.getScene()).tryQuery().orElse(null);
    }

    private ConflictBanner.State bannerState(FxRobot robot) {
        Node banner = robot.lookup("#conflict-banner").query();
        if (!banner.isVisible()) {
            return ConflictBanner.State.HIDDEN;
        }
        return robot.lookup("#banner-merge").tryQuery().map(Node::isVisible).orElse(false) ? ConflictBanner.State.CHANGED
                : robot.lookup("#banner-save-here").tryQuery().map(Node::isVisible).orElse(false) ? ConflictBanner.State.DELETED
                : ConflictBanner.State.NOTE;
    }

    private void waitForBanner(FxRobot robot, ConflictBanner.State state) throws Exception {
        FxTestSupport.waitUntilOnFx(() -> bannerState(robot) == state);
    }

    private List<String> bannerButtons(FxRobot robot) {
        Pane buttons = (Pane) ((Pane) robot.lookup("#conflict-banner").query()).getChildren().get(1);
        return buttons.getChildren().stream().map(n -> ((Button) n).getText()).toList();
    }

    @Test
    void savingOverAnOutsideChangeAsksAndKeepMineOverwrites(FxRobot robot) throws Exception {
        editAndChangeOnDisk(robot);
        assertThat(Files.readString(file)).contains("Theirs from git");
        clickInDialog(robot, "Show difference");
        waitUntil(() -> robot.lookup("#diff-dialog").tryQuery().isPresent());
        assertThat(rowTexts(robot, "diff-kind-changed")).containsExactly("   4  Theirs from git|   4  Mine: First version");
        clickInDialog(robot, "Close");
        clickInDialog(robot, "Keep mine");
        waitUntil(() -> Files.readString(file).contains("Mine: First version"));
        waitUntil(() -> !stage.getTitle().startsWith("•"));
    }

    @Test
    void reloadTakesTheVersionOnDisk(FxRobot robot) throws Exception {
        CodeArea editor = editAndChangeOnDisk(robot);
        clickInDialog(robot, "Reload from disk");
        waitUntil(() -> editor.getText().equals("Theirs from git\n"));
        assertThat(Files.readString(file)).isEqualTo(THEIRS);
        assertThat(Window.getWindows()).hasSize(1);
    }

    /** The rows of the open diff with this kind, as "left|right". */
    private List<String> rowTexts(FxRobot robot, String kind) {
        return robot.lookup(".diff-row").queryAllAs(Pane.class).stream()
                .filter(row -> row.getStyleClass().contains(kind))
                .map(row -> ((Label) row.getChildren().get(0)).getText() + "|" + ((Label) row.getChildren().get(1)).getText())
                .toList();
    }

    @Test
    void anOutsideChangeUnderUnsavedEditsShowsTheWholeBannerWithItsButtonsAndNoDialog(FxRobot robot) throws Exception {
        CodeArea editor = openAndType(robot, "First version\n", "Mine: ");
        Files.writeString(file, THEIRS, StandardCharsets.UTF_8);
        waitForBanner(robot, ConflictBanner.State.CHANGED);
        assertThat(bannerButtons(robot)).containsExactly("Show difference", "Keep mine", "Take theirs", "Merge");
        Label text = robot.lookup("#conflict-text").queryAs(Label.class);
        assertThat(text.getText()).startsWith("a.md changed on disk");
        // shown in full: the label is as tall as its wrapped text needs, never cut to one line
        // [height, height its wrapped text needs at its width, height of one line]
        double[] sizes = new double[3];
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            sizes[0] = text.getHeight();
            sizes[1] = text.prefHeight(text.getWidth());
            sizes[2] = text.prefHeight(Double.MAX_VALUE);
        });
        assertThat(sizes[1]).as("the text wraps over several lines").isGreaterThan(1.5 * sizes[2]);
        assertThat(sizes[0]).as("all of them shown").isGreaterThanOrEqualTo(sizes[1] - 0.5);
        assertThat(Window.getWindows()).hasSize(1);
        assertThat(editor.getText()).isEqualTo("Mine: First version\n");

        // a checkout back to the bytes the editor loaded: the banner goes by itself
        Files.writeString(file, LOADED, StandardCharsets.UTF_8);
        waitForBanner(robot, ConflictBanner.State.HIDDEN);
        assertThat(editor.getText()).isEqualTo("Mine: First version\n");
        assertThat(stage.getTitle()).startsWith("• ");
    }

    @Test
    void keepMineHidesTheBannerAndTheNextSaveReplacesTheirsWithoutAsking(FxRobot robot) throws Exception {
        openAndType(robot, "First version\n", "Mine: ");
        Files.writeString(file, THEIRS, StandardCharsets.UTF_8);
        waitForBanner(robot, ConflictBanner.State.CHANGED);
        robot.clickOn("#banner-keep-mine");
        waitForBanner(robot, ConflictBanner.State.HIDDEN);
        assertThat(Files.readString(file)).isEqualTo(THEIRS);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> Files.readString(file).equals("""
                ---
                title: A
                ---
                Mine: First version
                """));
        waitUntil(() -> !stage.getTitle().startsWith("•"));
        assertThat(Window.getWindows()).hasSize(1);
    }

    @Test
    void takeTheirsLoadsTheVersionOnDisk(FxRobot robot) throws Exception {
        CodeArea editor = openAndType(robot, "First version\n", "Mine: ");
        Files.writeString(file, THEIRS, StandardCharsets.UTF_8);
        waitForBanner(robot, ConflictBanner.State.CHANGED);
        robot.clickOn("#banner-take-theirs");
        waitUntil(() -> editor.getText().equals("Theirs from git\n"));
        waitUntil(() -> !stage.getTitle().startsWith("•"));
        assertThat(bannerState(robot)).isEqualTo(ConflictBanner.State.HIDDEN);
        assertThat(Files.readString(file)).isEqualTo(THEIRS);
    }

    @Test
    void mergeTakesTheirChangesToUntouchedFieldsAndKeepsMineWhereBothChanged(FxRobot robot) throws Exception {
        String loaded = """
                ---
                title: A
                subject: Physics
                author: Ann
                ---
                One.

                Two.
                """;
        Files.writeString(file, loaded, StandardCharsets.UTF_8);
        CodeArea editor = openAndType(robot, """
                One.

                Two.
                """, "My ");
        robot.interact(() -> window.applyEdit(KeyPath.parse("author"), "Mine"));
        // theirs: a new subject and a new second paragraph (both untouched here), and another author
        Files.writeString(file, """
                ---
                title: A
                subject: Chemistry
                author: Bob
                ---
                One.

                Their two.
                """,
                StandardCharsets.UTF_8);
        waitForBanner(robot, ConflictBanner.State.CHANGED);
        robot.clickOn("#banner-merge");
        waitForBanner(robot, ConflictBanner.State.NOTE);
        String note = robot.lookup("#conflict-text").queryAs(Label.class).getText();
        assertThat(note).contains("Took theirs in: subject, body").contains("Both changed author");
        waitUntil(() -> editor.getText().equals("""
                My One.

                Their two.
                """));
        assertThat(stage.getTitle()).startsWith("• ");

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> Files.readString(file).equals(
                """
                        ---
                        title: A
                        subject: Chemistry
                        author: Mine
                        ---
                        My One.

                        Their two.
                        """));
        assertThat(Window.getWindows()).hasSize(1);
    }

    @Test
    void aDeletedFileKeepsItsTextAndCanBeSavedHereAgain(FxRobot robot) throws Exception {
        CodeArea editor = openAndType(robot, "First version\n", "Mine: ");
        Files.delete(file);
        waitForBanner(robot, ConflictBanner.State.DELETED);
        assertThat(bannerButtons(robot)).containsExactly("Save as…", "Save here again", "Close");
        assertThat(editor.getText()).isEqualTo("Mine: First version\n");
        robot.clickOn("#banner-save-here");
        waitUntil(() -> Files.exists(file) && Files.readString(file).equals("""
                ---
                title: A
                ---
                Mine: First version
                """));
        waitForBanner(robot, ConflictBanner.State.HIDDEN);
        waitUntil(() -> !stage.getTitle().startsWith("•"));
    }

    @Test
    void aDeletedFileCanBeClosed(FxRobot robot) throws Exception {
        CodeArea editor = openAndType(robot, "First version\n", "Mine: ");
        Files.delete(file);
        waitForBanner(robot, ConflictBanner.State.DELETED);
        robot.clickOn("#banner-close");
        waitUntil(() -> stage.getTitle().equals("Masthead"));
        assertThat(editor.getText()).isEmpty();
        assertThat(bannerState(robot)).isEqualTo(ConflictBanner.State.HIDDEN);
        assertThat(Files.exists(file)).isFalse();
    }

    @Test
    void showDifferenceIsAMinimalSideBySideDiff(FxRobot robot) throws Exception {
        String loaded = """
                ---
                title: A
                ---
                l1
                l2
                l3
                l4
                l5
                """;
        Files.writeString(file, loaded, StandardCharsets.UTF_8);
        openAndType(robot, """
                l1
                l2
                l3
                l4
                l5
                """, "x");
        // theirs drops l2 and appends l6; mine changed l1
        Files.writeString(file, """
                ---
                title: A
                ---
                l1
                l3
                l4
                l5
                l6
                """, StandardCharsets.UTF_8);
        waitForBanner(robot, ConflictBanner.State.CHANGED);
        robot.clickOn("#banner-compare");
        waitUntil(() -> robot.lookup("#diff-dialog").tryQuery().isPresent());
        assertThat(rowTexts(robot, "diff-kind-changed")).containsExactly("   4  l1|   4  xl1");
        assertThat(rowTexts(robot, "diff-kind-removed")).containsExactly("   8  l6|");
        assertThat(rowTexts(robot, "diff-kind-added")).containsExactly("|   5  l2");
        // the lines both hold are shown unmarked, once
        assertThat(rowTexts(robot, "diff-kind-same")).contains("   5  l3|   6  l3", "   1  ---|   1  ---");
        clickInDialog(robot, "Close");
    }

    @Test
    void showDifferenceComparesTheDecodedBodyFieldOfTheReferenceFormat(FxRobot robot) throws Exception {
        String paragraphs = "Opening paragraph, long enough to wrap: " + "word ".repeat(200).strip()
                + "\\n\\nMiddle paragraph.\\n\\nClosing paragraph.";
        String loaded = """
                ---
                id: 7
                title: >-
                  Ohm
                answer: >-
                   \s""" + paragraphs + """

                subject: Physics
                ---

                &nbsp;""";
        Files.writeString(file, loaded, StandardCharsets.UTF_8);
        CodeArea editor = robot.lookup("#editor").queryAs(CodeArea.class);
        waitUntil(() -> editor.getText().startsWith("Opening paragraph"));
        openAndType(robot, editor.getText(), "Mine: ");
        Files.writeString(file, loaded.replace("Middle paragraph.", "Their middle."), StandardCharsets.UTF_8);
        waitForBanner(robot, ConflictBanner.State.CHANGED);
        robot.clickOn("#banner-compare");
        waitUntil(() -> robot.lookup("#diff-dialog").tryQuery().isPresent());
        List<String> changed = rowTexts(robot, "diff-kind-changed");
        assertThat(changed).hasSize(2);
        assertThat(changed.get(0)).startsWith("   5  Opening paragraph").contains("|   5  Mine: Opening paragraph");
        assertThat(changed.get(1)).isEqualTo("   7  Their middle.|   7  Middle paragraph.");
        assertThat(rowTexts(robot, "diff-kind-removed")).isEmpty();
        assertThat(rowTexts(robot, "diff-kind-added")).isEmpty();
        assertThat(rowTexts(robot, "diff-kind-same")).contains("   1  id: 7|   1  id: 7", "   3  subject: Physics|   3  subject: Physics",
                "   9  Closing paragraph.|   9  Closing paragraph.");
        // the long paragraph wraps inside its half instead of being cut
        Label longLine = robot.lookup(".diff-kind-changed .diff-left").queryAllAs(Label.class).iterator().next();
        assertThat(longLine.getHeight()).isGreaterThan(3 * longLine.getFont().getSize());
        clickInDialog(robot, "Close");
    }
}
