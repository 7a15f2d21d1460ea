package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.FxTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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

/** A file changed on disk under an article with no unsaved edits reloads where the user is, undoably. */
@ExtendWith(ApplicationExtension.class)
class ReloadInPlaceWindowTest {
    private static final String ARTICLE = "how-does-a-hash-table-handle-collisions.md";
    private static final KeyPath SEO_TITLE = KeyPath.parse("seo.title");

    @TempDir
    Path temp;

    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path folder = Files.createDirectories(temp.resolve("articles"));
        window = new MainWindow(stage, FxTestSupport.freshSettings(),
                new EditJournal(Files.createDirectories(temp.resolve("journal"))));
        window.show();
        window.openFolder(FxTestSupport.copyOfSamples(folder));
    }

    @Test
    void aChangeOnDiskReloadsInPlaceAndUndoTakesItBack(FxRobot robot) throws Exception {
        Path file = FxTestSupport.openArticle(robot, stage, ARTICLE).path();
        CodeArea editor = robot.lookup("#editor").queryAs(CodeArea.class);
        String before = editor.getText();
        int caret = before.indexOf(' ', 120);
        robot.interact(() -> {
            editor.requestFocus();
            editor.moveTo(caret);
        });
        Document loaded = Document.parse(file);
        String oldTitle = loaded.getString(SEO_TITLE).orElseThrow();

        Document onDisk = loaded.set(SEO_TITLE, "Changed on disk").withMarkdown(before + "\n\nAdded on disk.");
        Files.write(file, onDisk.toBytes());
        waitUntil(() -> editor.getText().endsWith("Added on disk."));
        waitUntil(() -> robot.lookup((Node n) -> "field-seo.title".equals(n.getId())).tryQueryAs(TextField.class)
                .map(f -> f.getText().equals("Changed on disk")).orElse(false));
        assertThat(editor.getCaretPosition()).as("the caret stays where it was").isEqualTo(caret);
        waitUntil(() -> stage.getTitle().equals(ARTICLE + " — Masthead"));
        assertThat(Window.getWindows()).hasSize(1);

        robot.interact(editor::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(editor.getText()).isEqualTo(before);
        assertThat(robot.lookup((Node n) -> "field-seo.title".equals(n.getId())).queryAs(TextField.class).getText())
                .isEqualTo(oldTitle);
        waitUntil(() -> stage.getTitle().startsWith("• "));

        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        assertThat(editor.getText()).endsWith("Added on disk.");
        waitUntil(() -> stage.getTitle().equals(ARTICLE + " — Masthead"));
    }

    /** Opens the article and types {@code text} at the start of its body, unsaved; returns its file. */
    private Path openAndTypeAtTheStart(FxRobot robot, String text) throws Exception {
        Path file = FxTestSupport.openArticle(robot, stage, ARTICLE).path();
        CodeArea editor = robot.lookup("#editor").queryAs(CodeArea.class);
        robot.interact(() -> {
            editor.requestFocus();
            editor.moveTo(0);
        });
        robot.write(text);
        return file;
    }

    @Test
    void aFileRenamedOnDiskStaysOpenWithItsTypingAndSavesUnderItsNewName(FxRobot robot) throws Exception {
        Path file = openAndTypeAtTheStart(robot, "Typed before the rename. ");
        CodeArea editor = robot.lookup("#editor").queryAs(CodeArea.class);

        TableView<ArticleItem> list = robot.lookup("#article-list").queryTableView();
        Path renamed = file.resolveSibling("hash-tables-renamed.md");
        Files.move(file, renamed);
        waitUntil(() -> stage.getTitle().equals("• hash-tables-renamed.md — Masthead"));
        assertThat(editor.getText()).startsWith("Typed before the rename. ");
        assertThat(Window.getWindows()).as("no dialog").hasSize(1);
        waitUntil(() -> list.getSelectionModel().getSelectedItem() != null
                && list.getSelectionModel().getSelectedItem().path().equals(renamed));

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> stage.getTitle().equals("hash-tables-renamed.md — Masthead"));
        assertThat(Document.parse(renamed).markdown()).startsWith("Typed before the rename. ");
        assertThat(file).doesNotExist();
    }

    @Test
    void aFileDeletedOnDiskIsSavedUnderANameTheUserChooses(FxRobot robot) throws Exception {
        Path file = openAndTypeAtTheStart(robot, "Kept after the delete. ");
        CodeArea editor = robot.lookup("#editor").queryAs(CodeArea.class);
        Path chosen = file.resolveSibling("kept-after-delete.md");
        robot.interact(() -> window.setSaveAsChooser(deleted -> java.util.Optional.of(chosen)));

        Files.delete(file);
        waitUntil(() -> robot.lookup("#banner-save-as").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#banner-save-here").query().isVisible()).isTrue();
        assertThat(robot.lookup("#banner-close").query().isVisible()).isTrue();
        assertThat(Window.getWindows()).as("no dialog").hasSize(1);
        robot.clickOn("#banner-save-as");
        waitUntil(() -> stage.getTitle().equals("kept-after-delete.md — Masthead"));
        assertThat(Document.parse(chosen).markdown()).startsWith("Kept after the delete. ");
        assertThat(file).doesNotExist();
        waitUntil(() -> !robot.lookup("#conflict-banner").query().isVisible());
    }
}
