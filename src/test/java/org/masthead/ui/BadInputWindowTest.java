package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.FxTestSupport.waitUntil;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.session.ArticleItem;
import org.masthead.session.RawText;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class BadInputWindowTest {
    @TempDir
    Path temp;

    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow(stage, FxTestSupport.freshSettings());
        window.show();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void aMissingFolderIsNamedInAMessage(FxRobot robot) throws Exception {
        Path missing = temp.resolve("no-such-folder");
        robot.interact(() -> window.openFolder(missing));
        assertThat(text(robot, "#message")).contains(missing.toString()).contains("does not exist");
        assertThat(robot.lookup("#message").query().isVisible()).isTrue();
    }

    @Test
    void aFolderWithoutArticlesSaysSo(FxRobot robot) throws Exception {
        Files.writeString(temp.resolve("notes.txt"), "not an article");
        robot.interact(() -> window.openFolder(temp));
        waitUntil(() -> text(robot, "#message").contains("no Markdown articles"));
    }

    @Test
    void aBrokenFileIsListedMarkedAndOpensReadOnlyWithItsErrorAndNothingIsWritten(FxRobot robot) throws Exception {
        String broken = "---\ntitle: Fine\ntitle: Twice\n---\nBody text\n";
        Path file = temp.resolve("broken.md");
        Files.writeString(file, broken, StandardCharsets.UTF_8);
        Files.writeString(temp.resolve("good.md"), "---\ntitle: Good\n---\nHello\n", StandardCharsets.UTF_8);
        robot.interact(() -> window.openFolder(temp));

        TableView<ArticleItem> list = robot.lookup("#article-list").queryTableView();
        waitUntil(() -> list.getItems().size() == 2);
        ArticleItem item = list.getItems().stream().filter(ArticleItem::hasProblem).findFirst().orElseThrow();
        assertThat(item.path()).isEqualTo(file);
        assertThat(item.problem()).contains("broken.md").contains(":3:");
        assertThat(text(robot, "#article-status")).contains("1 with problems");

        robot.interact(() -> list.getSelectionModel().select(item));
        CodeArea editor = robot.lookup("#editor").queryAs(CodeArea.class);
        waitUntil(() -> editor.getText().equals(broken));
        assertThat(text(robot, "#message")).contains("broken.md:3:").contains("appears twice");
        assertThat(editor.isEditable()).isFalse();
        assertThat(stage.getTitle()).contains("read-only");

        robot.clickOn(editor).write("typed");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(broken);
    }

    @Test
    void hugeBinaryAndNonUtf8FilesOpenReadOnlyWithTheirErrorAndOnlyTheirStartIsShown(FxRobot robot) throws Exception {
        Path huge = temp.resolve("huge.md");
        try (var out = Files.newOutputStream(huge)) {
            out.write("---\ntitle: Huge\nanswer: >-\n    ".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "All work and no play. ".repeat(4096).getBytes(StandardCharsets.UTF_8);
            for (int written = 0; written < 50 * 1024 * 1024; written += chunk.length) {
                out.write(chunk);
            }
            out.write("\n---\n".getBytes(StandardCharsets.UTF_8));
        }
        Files.write(temp.resolve("picture.md"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        Files.write(temp.resolve("latin1.md"), "---\ntitle: caf\u00e9\n---\n".getBytes(StandardCharsets.ISO_8859_1));
        long hugeModified = Files.getLastModifiedTime(huge).toMillis();
        robot.interact(() -> window.openFolder(temp));
        TableView<ArticleItem> list = robot.lookup("#article-list").queryTableView();
        waitUntil(() -> list.getItems().size() == 3);
        assertThat(list.getItems()).filteredOn(i -> !i.fileName().equals("huge.md")).allMatch(ArticleItem::hasProblem);
        CodeArea editor = robot.lookup("#editor").queryAs(CodeArea.class);
        for (String name : new String[] {"huge.md", "picture.md", "latin1.md"}) {
            ArticleItem item = list.getItems().stream().filter(i -> i.fileName().equals(name)).findFirst().orElseThrow();
            robot.interact(() -> list.getSelectionModel().select(item));
            waitUntil(() -> stage.getTitle().equals(name + " (read-only) — Masthead"));
            assertThat(text(robot, "#message")).as(name).contains(name + ":");
            assertThat(editor.isEditable()).isFalse();
            assertThat(editor.getLength()).isLessThan(RawText.LIMIT + 200);
        }
        assertThat(Files.getLastModifiedTime(huge).toMillis()).isEqualTo(hugeModified);
        assertThat(Files.size(huge)).isGreaterThan(50L * 1024 * 1024);
    }
}
