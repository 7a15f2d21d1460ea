package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.FxTestSupport.waitUntil;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.content.EditJournal;
import org.masthead.document.Document;
import org.masthead.document.KeyPath;
import org.masthead.session.ArticleItem;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Every keystroke in a form field is an edit of the article, as in the editor. */
@ExtendWith(ApplicationExtension.class)
class FormTypingWindowTest {
    private static final String ARTICLE = "how-does-a-hash-table-handle-collisions.md";

    @TempDir
    Path temp;

    private Stage stage;
    private MainWindow window;
    private EditJournal journal;
    private Path file;
    private String original;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path folder = Files.createDirectories(temp.resolve("articles"));
        journal = new EditJournal(Files.createDirectories(temp.resolve("journal")));
        window = new MainWindow(stage, FxTestSupport.freshSettings(), journal);
        window.show();
        window.openFolder(FxTestSupport.copyOfSamples(folder));
    }

    private void open(FxRobot robot, String name) throws Exception {
        file = FxTestSupport.openArticle(robot, stage, name).path();
        original = Files.readString(file, StandardCharsets.UTF_8);
    }

    /** The form's input for {@code path}, once the form shows it: it is built after the article opens. */
    private static <T extends Node> T field(FxRobot robot, String path, Class<T> type) throws Exception {
        waitUntil(() -> robot.lookup((Node n) -> ("field-" + path).equals(n.getId())).tryQuery().isPresent());
        return robot.lookup((Node n) -> ("field-" + path).equals(n.getId())).queryAs(type);
    }

    /** Puts the caret at the end of a field, as a click there would. */
    private static void focusEnd(FxRobot robot, TextInputControl input) {
        robot.interact(() -> {
            input.requestFocus();
            input.end();
        });
    }

    private String value(String path) throws Exception {
        return Document.parse(file).getString(KeyPath.parse(path)).orElseThrow();
    }

    @Test
    void typingThenSavingAtOnceSavesTheTypedText(FxRobot robot) throws Exception {
        open(robot, ARTICLE);
        TextField author = field(robot, "author", TextField.class);
        focusEnd(robot, author);
        robot.write(" Jr");
        assertThat(stage.getTitle()).as("the marker is there on the first key").startsWith("• ");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> !stage.getTitle().startsWith("•"));
        assertThat(value("author")).isEqualTo(Document.parse("x", original.getBytes(StandardCharsets.UTF_8))
                .getString(KeyPath.parse("author")).orElseThrow() + " Jr");
        assertThat(author.isFocused()).as("the form is not rebuilt under the typing").isTrue();
    }

    @Test
    void typingThenSwitchingArticlesAsksFirst(FxRobot robot) throws Exception {
        open(robot, ARTICLE);
        focusEnd(robot, field(robot, "title", TextInputControl.class));
        robot.write("!");
        TableView<ArticleItem> list = robot.lookup("#article-list").queryTableView();
        ArticleItem other = list.getItems().stream().filter(i -> !i.path().equals(file)).findFirst().orElseThrow();
        // not robot.interact: the dialog it opens waits for an answer inside the FX call
        javafx.application.Platform.runLater(() -> list.getSelectionModel().select(other));
        waitForDialog(robot);
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("Save your changes?");
        robot.clickOn("Cancel");
        waitUntil(() -> Window.getWindows().size() == 1);
        assertThat(stage.getTitle()).isEqualTo("• " + ARTICLE + " — Masthead");
        assertThat(field(robot, "title", TextInputControl.class).getText()).endsWith("!");
    }

    @Test
    void typingThenQuittingAsksAndTheJournalHasTheTyping(FxRobot robot) throws Exception {
        open(robot, ARTICLE);
        focusEnd(robot, field(robot, "author", TextField.class));
        robot.write(" Sr");
        waitUntil(() -> journal.pending().stream().anyMatch(e -> new String(e.edited(), StandardCharsets.UTF_8)
                .contains(" Sr\n")));
        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        waitForDialog(robot);
        robot.clickOn("Cancel");
        waitUntil(() -> Window.getWindows().size() == 1);
        assertThat(stage.isShowing()).isTrue();
    }

    @Test
    void enterInAOneValueFieldAddsNoNewlineAndTabMovesOn(FxRobot robot) throws Exception {
        open(robot, ARTICLE);
        TextArea description = field(robot, "seo.page_description", TextArea.class);
        focusEnd(robot, description);
        robot.type(KeyCode.ENTER).write(" More.").type(KeyCode.TAB);
        assertThat(description.getText()).doesNotContain("\n", "\t").endsWith(" More.");
        assertThat(description.isFocused()).as("Tab moved the focus on").isFalse();
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> !stage.getTitle().startsWith("•"));
        String saved = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(saved).contains("  page_description: >-\n");
        assertThat(value("seo.page_description")).endsWith(" More.").doesNotContain("\n");
        List<String> changed = saved.lines().filter(l -> !original.lines().toList().contains(l)).toList();
        assertThat(changed).hasSize(1);
    }

    @Test
    void undoTakesBackFormAndEditorChangesInTheOrderTheyWereMade(FxRobot robot) throws Exception {
        open(robot, ARTICLE);
        CodeArea editor = robot.lookup("#editor").queryAs(CodeArea.class);
        String text = editor.getText();
        TextField author = field(robot, "author", TextField.class);
        String author0 = author.getText();

        focusEnd(robot, author);
        robot.write(" one");
        robot.interact(() -> {
            editor.requestFocus();
            editor.moveTo(0);
        });
        robot.write("Hello ");
        focusEnd(robot, author);
        robot.write(" two");

        MenuItem undo = undoItem(robot);
        assertThat(undo.getText()).isEqualTo("_Undo edit of author");
        assertThat(undo.getAccelerator()).hasToString("Shortcut+Z");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(author.getText()).isEqualTo(author0 + " one");
        assertThat(editor.getText()).startsWith("Hello ");
        assertThat(undo.getText()).isEqualTo("_Undo typing");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(editor.getText()).isEqualTo(text);
        assertThat(author.getText()).isEqualTo(author0 + " one");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(author.getText()).isEqualTo(author0);
        waitUntil(() -> stage.getTitle().equals(ARTICLE + " — Masthead"));

        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(author.getText()).isEqualTo(author0 + " one");
        waitUntil(() -> stage.getTitle().startsWith("• "));
    }

    @Test
    void theSeoTabFollowsTheTyping(FxRobot robot) throws Exception {
        open(robot, ARTICLE);
        TextField seoTitle = field(robot, "seo.title", TextField.class);
        robot.interact(() -> {
            seoTitle.requestFocus();
            seoTitle.selectAll();
        });
        robot.write("Typed title for the snippet");
        waitUntil(() -> robot.lookup(".snippet-title").queryAll().stream()
                .anyMatch(n -> n instanceof javafx.scene.control.Labeled l && l.getText().contains("Typed title for the snippet")));
    }

    /** Waits until a dialog is on screen, with its buttons shown and ready for a click. */
    private static void waitForDialog(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().map(pane -> pane.getScene() != null
                && pane.getScene().getWindow() != null && pane.getScene().getWindow().isShowing()
                && robot.from(pane).lookup("Cancel").tryQuery().map(Node::isVisible).orElse(false)).orElse(false));
    }

    private static MenuItem undoItem(FxRobot robot) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        WaitForAsyncUtils.waitForFxEvents();
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "menu-undo".equals(i.getId())).findFirst().orElseThrow();
    }
}
