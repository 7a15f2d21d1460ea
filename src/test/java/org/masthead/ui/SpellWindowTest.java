package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.FxTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.event.Event;
import javafx.scene.input.ContextMenuEvent;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Misspellings underlined in the window, and the context menu's spelling entries. */
@ExtendWith(ApplicationExtension.class)
class SpellWindowTest {
    @TempDir
    Path folder;

    private Stage stage;

    static final String ARTICLE = """
            ---
            title: A spelling tset
            date: 2024-03-01
            ---
            The systm wil recieve it.

            Code `recieve` and $recieve$ math and https://example.com/recieve here.

            ```
            recieve in a fence
            ```
            """;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Files.writeString(folder.resolve("spelling.md"), ARTICLE);
        Files.writeString(folder.resolve("other.md"), "---\ntitle: Other\n---\nFine words only.\n");
        MainWindow window = new MainWindow(stage, FxTestSupport.freshSettings());
        window.show();
        window.openFolder(folder);
    }

    private CodeArea open(FxRobot robot) throws Exception {
        FxTestSupport.openArticle(robot, stage, "spelling.md");
        CodeArea editor = robot.lookup("#editor").queryAs(CodeArea.class);
        waitUntil(() -> editor.getText().startsWith("The systm"));
        return editor;
    }

    private static boolean underlined(CodeArea editor, String text, String word, int occurrence) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = text.indexOf(word, at + 1);
        }
        for (int i = at; i < at + word.length(); i++) {
            if (!editor.getStyleOfChar(i).contains("spell-error")) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyUnderline(CodeArea editor, int from, int to) {
        for (int i = from; i < to; i++) {
            if (editor.getStyleOfChar(i).contains("spell-error")) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aMisspellingInProseIsUnderlinedAndNoneInCodeMathOrAUrl(FxRobot robot) throws Exception {
        CodeArea editor = open(robot);
        String text = editor.getText();
        waitUntil(() -> underlined(editor, text, "systm", 0) && underlined(editor, text, "wil", 0)
                && underlined(editor, text, "recieve", 0));
        int secondParagraph = text.indexOf("Code");
        assertThat(anyUnderline(editor, secondParagraph, text.length())).isFalse();
        assertThat(anyUnderline(editor, 0, text.indexOf("systm"))).isFalse();
        // the underline stays when typing elsewhere restyles the text
        robot.interact(() -> editor.insertText(text.length(), "More."));
        waitUntil(() -> editor.getText().endsWith("More.") && underlined(editor, editor.getText(), "systm", 0));
    }

    /** Asks for the context menu with the caret in {@code word}, as the menu key does. */
    private void menuOn(FxRobot robot, CodeArea editor, String word) throws Exception {
        int at = editor.getText().indexOf(word) + 1;
        robot.interact(() -> {
            editor.requestFocus();
            editor.moveTo(at);
            Bounds bounds = editor.getCaretBounds().orElseThrow();
            Point2D local = editor.screenToLocal(bounds.getCenterX(), bounds.getCenterY());
            Event.fireEvent(editor, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, local.getX(),
                    local.getY(), bounds.getCenterX(), bounds.getCenterY(), true, null));
        });
        waitUntil(() -> editor.getContextMenu() != null && editor.getContextMenu().isShowing());
    }

    /** The showing context menu's item {@code text}, once there: suggestions may still be looked up. */
    private static MenuItem menuItem(FxRobot robot, String text) throws Exception {
        waitUntil(() -> showingItem(robot, text).isPresent());
        return showingItem(robot, text).orElseThrow();
    }

    private static java.util.Optional<MenuItem> showingItem(FxRobot robot, String text) {
        return robot.listWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.ContextMenu && w.isShowing())
                .flatMap(w -> ((javafx.scene.control.ContextMenu) w).getItems().stream())
                .filter(i -> text.equals(i.getText())).findFirst();
    }

    @Test
    void aSuggestionReplacesTheWordAsOneUndoableEdit(FxRobot robot) throws Exception {
        CodeArea editor = open(robot);
        waitUntil(() -> underlined(editor, editor.getText(), "systm", 0));
        menuOn(robot, editor, "systm");
        MenuItem system = menuItem(robot, "system");
        robot.interact(() -> {
            system.fire();
            system.getParentPopup().hide();
        });
        waitUntil(() -> editor.getText().startsWith("The system wil recieve"));
        waitUntil(() -> stage.getTitle().startsWith("• "));
        waitUntil(() -> !anyUnderline(editor, 4, 10));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> editor.getText().startsWith("The systm wil recieve"));
    }

    @Test
    void addToFolderDictionaryWritesTheFileAndClearsTheUnderline(FxRobot robot) throws Exception {
        CodeArea editor = open(robot);
        waitUntil(() -> underlined(editor, editor.getText(), "wil", 0));
        menuOn(robot, editor, "wil");
        MenuItem add = menuItem(robot, "Add \u201cwil\u201d to folder dictionary");
        robot.interact(() -> {
            add.fire();
            add.getParentPopup().hide();
        });
        Path dictionary = folder.resolve(".masthead/dictionary.txt");
        waitUntil(() -> Files.isRegularFile(dictionary) && Files.readString(dictionary).equals("wil\n"));
        waitUntil(() -> !underlined(editor, editor.getText(), "wil", 0));
        assertThat(underlined(editor, editor.getText(), "systm", 0)).isTrue();
    }

    @Test
    void aMisspelledTitleFieldIsMarkedWithItsWords(FxRobot robot) throws Exception {
        open(robot);
        TextInputControl title = robot.lookup((Node n) -> "field-title".equals(n.getId())).queryAs(TextInputControl.class);
        waitUntil(() -> title.getStyleClass().contains(SpellFormFields.STYLE));
        assertThat(title.getTooltip().getText()).isEqualTo("Misspelled: tset");
        Node date = robot.lookup((Node n) -> "field-date".equals(n.getId())).query();
        assertThat(date.getStyleClass()).doesNotContain(SpellFormFields.STYLE);
        robot.interact(() -> {
            title.getContextMenu().show(title, 0, 0);
        });
        javafx.scene.control.Menu word = (javafx.scene.control.Menu) title.getContextMenu().getItems().get(0);
        assertThat(word.getText()).isEqualTo("tset");
        MenuItem test = word.getItems().stream().filter(i -> "test".equals(i.getText())).findFirst().orElseThrow();
        robot.interact(() -> {
            title.getContextMenu().hide();
            test.fire();
        });
        waitUntil(() -> title.getText().equals("A spelling test"));
        waitUntil(() -> !title.getStyleClass().contains(SpellFormFields.STYLE));
        waitUntil(() -> stage.getTitle().startsWith("• "));
    }
}
