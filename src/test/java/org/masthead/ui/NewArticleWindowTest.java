package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.FxTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.document.Document;
import org.masthead.document.KeyPath;
import org.masthead.session.ArticleItem;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class NewArticleWindowTest {
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

    private void createThroughTheDialog(FxRobot robot, String title, String subject) {
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        robot.clickOn("#new-article-title").write(title);
        robot.clickOn("#new-article-subject").write(subject);
        robot.clickOn("OK");
    }

    @Test
    void ctrlNCreatesAnArticleFromTheTemplateListsItAndOpensIt(FxRobot robot) throws Exception {
        TableView<ArticleItem> list = robot.lookup("#article-list").queryTableView();
        waitUntil(() -> list.getItems().size() == 16);
        createThroughTheDialog(robot, "How do tides work?", "Physics");

        Path created = temp.resolve("how-do-tides-work.md");
        waitUntil(() -> Files.exists(created));
        waitUntil(() -> stage.getTitle().equals("how-do-tides-work.md — Masthead"));
        assertThat(list.getItems()).hasSize(17);
        Document doc = Document.parse(created);
        assertThat(doc.getString(KeyPath.parse("title"))).contains("How do tides work?");
        assertThat(doc.getString(KeyPath.parse("url"))).contains("/learn/physics/questions/how-do-tides-work");
        assertThat(doc.getString(KeyPath.parse("id"))).contains("900117");
    }

    @Test
    void aTitleWhoseFileExistsIsRefusedAndNothingIsOverwritten(FxRobot robot) throws Exception {
        TableView<ArticleItem> list = robot.lookup("#article-list").queryTableView();
        waitUntil(() -> list.getItems().size() == 16);
        Path existing = temp.resolve("how-does-a-hash-table-handle-collisions.md");
        byte[] before = Files.readAllBytes(existing);
        createThroughTheDialog(robot, "How does a hash table handle collisions?", "Computer Science");
        Label message = robot.lookup("#message").queryAs(Label.class);
        waitUntil(() -> message.isVisible() && message.getText().startsWith("No article was created"));
        assertThat(Files.readAllBytes(existing)).isEqualTo(before);
        assertThat(list.getItems()).hasSize(16);
    }

    @Test
    void aNewArticleGetsTheFolderModeAndItsAnswerTheIndentationOfItsOtherValues(FxRobot robot) throws Exception {
        TableView<ArticleItem> list = robot.lookup("#article-list").queryTableView();
        waitUntil(() -> list.getItems().size() == 16);
        createThroughTheDialog(robot, "Why is the sky blue?", "Physics");
        Path created = temp.resolve("why-is-the-sky-blue.md");
        waitUntil(() -> Files.exists(created));
        waitUntil(() -> stage.getTitle().equals("why-is-the-sky-blue.md — Masthead"));
        if (temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Path probe = Files.createFile(temp.resolve("mode-probe.txt"));
            assertThat(Files.getPosixFilePermissions(created)).isEqualTo(Files.getPosixFilePermissions(probe));
            Files.delete(probe);
        }
        robot.clickOn("#editor").write("Rayleigh scattering.");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> Files.readString(created).contains("\nanswer: >-\n    Rayleigh scattering.\n"));
        assertThat(Files.readString(created)).contains("\nquestion: >-\n    Why is the sky blue?\n");
    }
}
