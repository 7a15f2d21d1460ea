package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.FxTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
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

/** The whole window driven with the keyboard alone: no click, no requestFocus from the test. */
@ExtendWith(ApplicationExtension.class)
class KeyboardOnlyWindowTest {
    private static final String ARTICLE = "how-does-a-hash-table-handle-collisions.md";

    @TempDir
    Path temp;

    private Stage stage;
    private Path folder;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        folder = FxTestSupport.copyOfSamples(Files.createDirectories(temp.resolve("articles")));
        MainWindow window = new MainWindow(stage, FxTestSupport.freshSettings(),
                new EditJournal(Files.createDirectories(temp.resolve("journal"))));
        window.show();
        window.openFolder(folder);
    }

    private static void keys(FxRobot robot, KeyCode... codes) {
        robot.press(codes);
        for (int i = codes.length - 1; i >= 0; i--) {
            robot.release(codes[i]);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node focused() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> stage.getScene().getFocusOwner()).get();
    }

    private static String id(Node node) {
        return node == null ? "" : String.valueOf(node.getId());
    }

    private boolean on(Callable<Boolean> fx) throws Exception {
        return WaitForAsyncUtils.asyncFx(fx).get();
    }

    @Test
    void openEditLeaveSwitchSaveAndQuitWithKeysOnly(FxRobot robot) throws Exception {
        TableView<?> list = robot.lookup("#article-list").queryTableView();
        waitUntil(() -> list.getItems().size() > 5 && stage.getTitle().endsWith(" — Masthead"));

        // open: the list pane (its filter, which had the focus when the window opened), a few words, the first row
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT1);
        assertThat(id(focused())).isEqualTo("article-filter");
        robot.write("hash table handle");
        waitUntil(() -> list.getItems().size() == 1);
        keys(robot, KeyCode.TAB);
        keys(robot, KeyCode.HOME);
        waitUntil(() -> stage.getTitle().equals(ARTICLE + " — Masthead"));

        // a form field: Tab from the form's first input, never through a remove button
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT2);
        int stops = 0;
        while (!id(focused()).equals("field-seo.title")) {
            assertThat(id(focused())).doesNotStartWith("remove-");
            assertThat(stops++).as("Tab stops to seo.title").isLessThan(15);
            keys(robot, KeyCode.TAB);
        }
        keys(robot, KeyCode.CONTROL, KeyCode.A);
        robot.write("Hash Tables by Keyboard");
        TextField seoTitle = (TextField) focused();
        assertThat(seoTitle.getText()).isEqualTo("Hash Tables by Keyboard");

        // the editor, and out of it again with Ctrl+Tab, where Tab alone types a tab
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
        assertThat(focused()).isInstanceOf(CodeArea.class);
        CodeArea editor = (CodeArea) focused();
        // the focus is marked in the editor too: a border while it has the focus, none once it leaves
        waitUntil(() -> editor.getBorder() != null && !editor.getBorder().getStrokes().isEmpty());
        keys(robot, KeyCode.CONTROL, KeyCode.HOME);
        robot.write("Keyboard words. ");
        waitUntil(() -> editor.getText().startsWith("Keyboard words. "));
        keys(robot, KeyCode.CONTROL, KeyCode.TAB);
        TabPane tabs = robot.lookup("#right-tabs").queryAs(TabPane.class);
        assertThat(focused()).isSameAs(tabs);
        assertThat(editor.getText()).doesNotContain("\t");
        waitUntil(() -> editor.getBorder() == null || editor.getBorder().getStrokes().isEmpty());

        // every tab, by arrow keys on the focused tabs and by their own keys
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.DIGIT1);
        assertThat(tabs.getSelectionModel().getSelectedIndex()).isZero();
        keys(robot, KeyCode.RIGHT);
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("SEO");
        keys(robot, KeyCode.RIGHT);
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("Social");
        keys(robot, KeyCode.RIGHT);
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("Folder SEO");
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.DIGIT2);
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("SEO");
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.DIGIT3);
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("Folder SEO");

        // Folder SEO's table of findings
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.DIGIT4);
        assertThat(id(focused())).isEqualTo("dashboard-findings");

        keys(robot, KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> stage.getTitle().equals(ARTICLE + " — Masthead"));
        keys(robot, KeyCode.CONTROL, KeyCode.Q);
        waitUntil(() -> !stage.isShowing());

        Document saved = Document.parse(folder.resolve(ARTICLE));
        assertThat(saved.getString(KeyPath.parse("seo.title"))).contains("Hash Tables by Keyboard");
        assertThat(saved.markdown()).startsWith("Keyboard words. A hash table stores");
    }

    @Test
    void f6CyclesThePanesAndAFieldIsRemovedFromItsKeys(FxRobot robot) throws Exception {
        ArticleItem item = FxTestSupport.openArticle(robot, stage, ARTICLE);
        assertThat(item).isNotNull();
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT1);
        keys(robot, KeyCode.TAB);
        assertThat(id(focused())).isEqualTo("article-list");
        keys(robot, KeyCode.F6);
        assertThat(id(focused())).startsWith("field-");
        Node firstField = focused();
        keys(robot, KeyCode.F6);
        assertThat(id(focused())).isEqualTo("editor");
        keys(robot, KeyCode.F6);
        assertThat(id(focused())).isEqualTo("right-tabs");
        keys(robot, KeyCode.F6);
        assertThat(id(focused())).isEqualTo("article-list");
        keys(robot, KeyCode.SHIFT, KeyCode.F6);
        assertThat(id(focused())).isEqualTo("right-tabs");
        keys(robot, KeyCode.SHIFT, KeyCode.F6);
        keys(robot, KeyCode.SHIFT, KeyCode.F6);
        // the form gets back the input it had
        assertThat(focused()).isSameAs(firstField);
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.TAB);
        assertThat(on(() -> firstField.isFocused())).isFalse();

        // the editor's Ctrl+Shift+Tab goes back to the form
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.TAB);
        assertThat(id(focused())).startsWith("field-");

        // Ctrl+Shift+Delete in the author field removes that field, and only it
        for (int i = 0; !id(focused()).equals("field-author"); i++) {
            assertThat(i).as("Tab stops to author").isLessThan(30);
            keys(robot, KeyCode.TAB);
        }
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.DELETE);
        waitUntil(() -> robot.lookup("#field-author").tryQuery().isEmpty());
        assertThat(robot.lookup("#field-question").tryQuery()).isPresent();
        assertThat(stage.getTitle()).startsWith("• ");
    }
}
