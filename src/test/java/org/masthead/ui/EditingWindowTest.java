package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.FxTestSupport.waitUntil;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.session.ArticleItem;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class EditingWindowTest {
    @TempDir
    Path temp;

    private Stage stage;
    private MainWindow window;
    private Path file;
    private String original;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path folder = FxTestSupport.copyOfSamples(temp);
        window = new MainWindow(stage, FxTestSupport.freshSettings());
        window.show();
        window.openFolder(folder);
    }

    private CodeArea openFirst(FxRobot robot) throws Exception {
        TableView<ArticleItem> list = robot.lookup("#article-list").queryTableView();
        waitUntil(() -> list.getItems().size() >= 15);
        robot.interact(() -> list.getSelectionModel().select(0));
        file = list.getItems().get(0).path();
        original = Files.readString(file, StandardCharsets.UTF_8);
        CodeArea editor = robot.lookup("#editor").queryAs(CodeArea.class);
        waitUntil(() -> !editor.getText().isEmpty());
        return editor;
    }

    private static List<Integer> changedLines(String before, String after) {
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        assertThat(b).hasSameSizeAs(a);
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                changed.add(i + 1);
            }
        }
        return changed;
    }

    @Test
    void aFormEditSavesOnlyThatFieldsLine(FxRobot robot) throws Exception {
        openFirst(robot);
        TextField seoTitle = robot.lookup((javafx.scene.Node n) -> "field-seo.title".equals(n.getId())).queryAs(TextField.class);
        robot.interact(() -> {
            seoTitle.requestFocus();
            seoTitle.selectAll();
        });
        robot.write("A better title for search | Masthead Samples").type(KeyCode.ENTER);
        waitUntil(() -> stage.getTitle().startsWith("• "));

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> !stage.getTitle().startsWith("•"));
        String saved = Files.readString(file, StandardCharsets.UTF_8);
        int line = original.lines().toList().indexOf(
                original.lines().filter(l -> l.startsWith("  title: ")).findFirst().orElseThrow()) + 1;
        assertThat(changedLines(original, saved)).containsExactly(line);
        assertThat(saved).contains("\n  title: A better title for search | Masthead Samples\n");
        assertThat(saved).doesNotEndWith("\n");
    }

    @Test
    void findAndReplaceChangesTheEditorTextAndCanBeUndone(FxRobot robot) throws Exception {
        CodeArea editor = openFirst(robot);
        String before = editor.getText();
        String word = before.substring(0, before.indexOf(' '));
        robot.clickOn(editor);
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        TextField find = robot.lookup("#find-field").queryAs(TextField.class);
        waitUntil(find::isFocused);
        robot.interact(() -> find.setText(word));
        robot.lookup("#replace-field").queryAs(TextField.class).setText("Zanzibar");
        robot.clickOn("#replace-all");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.getText()).startsWith("Zanzibar").doesNotContain(word + " ");
        assertThat(stage.getTitle()).startsWith("• ");

        robot.interact(() -> {
            while (window.edits().canUndoProperty().get()) {
                window.undo();
            }
        });
        assertThat(editor.getText()).isEqualTo(before);
        waitUntil(() -> !stage.getTitle().startsWith("•"));
    }

    @Test
    void theDarkThemeIsAStyleClassOnTheRootAndIsRemembered(FxRobot robot) throws Exception {
        openFirst(robot);
        assertThat(window.isDarkTheme()).isFalse();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.isDarkTheme()).isTrue();
        assertThat(stage.getScene().getRoot().getStyleClass()).contains("theme-dark");
    }

    @Test
    void aRelatedArticleLinkInThePreviewOpensThatArticle(FxRobot robot) throws Exception {
        openFirst(robot);
        String related = original.lines().dropWhile(l -> !l.startsWith("related_article1:"))
                .filter(l -> l.startsWith("    id: ")).findFirst().orElseThrow().substring(8).strip();
        waitUntil(() -> robot.lookup("#preview").tryQuery().isPresent());
        javafx.scene.web.WebView preview = robot.lookup("#preview").queryAs(javafx.scene.web.WebView.class);
        String link = "document.querySelector('a[href=\"masthead:article/" + related + "\"]')";
        waitUntil(() -> Boolean.TRUE.equals(WaitForAsyncUtils.asyncFx(
                () -> preview.getEngine().executeScript(link + " != null")).get()));
        robot.interact(() -> preview.getEngine().executeScript(link + ".click()"));
        TableView<ArticleItem> list = robot.lookup("#article-list").queryTableView();
        waitUntil(() -> list.getSelectionModel().getSelectedItem() != null
                && related.equals(list.getSelectionModel().getSelectedItem().id()));
        Path target = list.getSelectionModel().getSelectedItem().path();
        waitUntil(() -> stage.getTitle().equals(target.getFileName() + " — Masthead"));
    }
}
