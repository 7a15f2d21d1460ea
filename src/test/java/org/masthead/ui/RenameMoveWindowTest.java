package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.BulkEditWindowTest.clickButton;
import static org.masthead.ui.BulkEditWindowTest.fireLater;
import static org.masthead.ui.FxTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.content.EditJournal;
import org.masthead.content.batch.BatchFixtures;
import org.masthead.document.KeyPath;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * File → Rename/Move of the open article goes through the batch preview: the move (into another
 * folder too), the derived fields and every referrer in one all-or-nothing change, undone in one
 * step; the open article follows; its unsaved edits are saved first when the user says so; and an
 * alias for the old address on a site that has them.
 */
@ExtendWith(ApplicationExtension.class)
class RenameMoveWindowTest {
    private static final String ARTICLE = "how-does-a-hash-table-handle-collisions.md";
    private static final String OLD_SLUG = "how-does-a-hash-table-handle-collisions";
    /** Two samples whose related_article url is that article's. */
    private static final String REFERRER = "how-does-utf8-encode-characters-as-bytes.md";
    private static final String OTHER_REFERRER = "what-is-the-time-complexity-of-binary-search-and-why.md";

    @TempDir
    Path temp;

    private Stage stage;
    private Path folder;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        folder = FxTestSupport.copyOfSamples(Files.createDirectories(temp.resolve("articles")));
        window = new MainWindow(stage, FxTestSupport.freshSettings(),
                new EditJournal(Files.createDirectories(temp.resolve("journal"))));
        window.show();
        window.openFolder(folder);
    }

    /** File → Rename/Move answered with {@code to}, up to the batch preview. */
    private static void renameTo(FxRobot robot, String to, boolean alias) throws Exception {
        fireLater(robot, "menu-bar", "menu-rename");
        waitUntil(() -> robot.lookup("#rename-article-name").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#rename-article-name").queryAs(TextField.class).setText(to);
            robot.lookup("#rename-article-alias").queryAs(CheckBox.class).setSelected(alias);
        });
        clickButton(robot, "OK");
        waitUntil(() -> robot.lookup("#batch-preview").tryQuery().isPresent());
    }

    @Test
    void renameMovesIntoAnotherFolderWithItsReferrersThroughThePreviewAndOneUndoTakesItBack(FxRobot robot)
            throws Exception {
        Path file = FxTestSupport.openArticle(robot, stage, ARTICLE).path();
        String before = Files.readString(file);
        String referrer = Files.readString(folder.resolve(REFERRER));
        String other = Files.readString(folder.resolve(OTHER_REFERRER));
        renameTo(robot, "moved/hash-collisions.md", false);
        assertThat(robot.lookup("#batch-files").queryListView().getItems()).extracting(Object::toString)
                .anyMatch(s -> s.contains(REFERRER)).anyMatch(s -> s.contains(OTHER_REFERRER))
                .anyMatch(s -> s.contains("moved/hash-collisions.md"));
        assertThat(file).as("nothing is written before Apply").exists();
        clickButton(robot, "Apply");
        // the open article follows the move once the batch is applied (and undoable): the title says so.
        // The message bar's "3 files changed" may already be replaced by the reopened article's news.
        waitUntil(() -> stage.getTitle().equals("hash-collisions.md — Masthead"));

        Path moved = folder.resolve("moved/hash-collisions.md");
        assertThat(file).doesNotExist();
        assertThat(Files.readString(moved)).as("only the derived values changed").isEqualTo(before
                .replace("file_name: " + ARTICLE, "file_name: hash-collisions.md")
                .replace("/" + OLD_SLUG + "\n", "/hash-collisions\n"));
        assertThat(Files.readString(folder.resolve(REFERRER))).as("the referrer's related_article url follows")
                .isEqualTo(referrer.replace("/" + OLD_SLUG + "\n", "/hash-collisions\n"));
        assertThat(Files.readString(folder.resolve(OTHER_REFERRER)))
                .isEqualTo(other.replace("/" + OLD_SLUG + "\n", "/hash-collisions\n"));

        fireLater(robot, "menu-bar", "menu-undo-batch");
        // the undo replaces each file atomically, one after another: wait for the last of them
        waitUntil(() -> Files.exists(file) && !Files.exists(moved)
                && Files.readString(folder.resolve(REFERRER)).equals(referrer)
                && Files.readString(folder.resolve(OTHER_REFERRER)).equals(other));
        assertThat(Files.readString(file)).isEqualTo(before);
    }

    @Test
    void unsavedEditsOfTheArticleAreSavedFirstWhenTheUserSaysSo(FxRobot robot) throws Exception {
        Path file = FxTestSupport.openArticle(robot, stage, ARTICLE).path();
        robot.interact(() -> window.applyEdit(KeyPath.of("author"), "Me, typing"));
        waitUntil(() -> stage.getTitle().startsWith("• "));
        fireLater(robot, "menu-bar", "menu-rename");
        clickButton(robot, "Save");
        waitUntil(() -> robot.lookup("#rename-article-name").tryQuery().isPresent());
        assertThat(Files.readString(file)).as("saved before the rename plans").contains("author: Me, typing\n");
        robot.interact(() -> robot.lookup("#rename-article-name").queryAs(TextField.class).setText("hash-collisions.md"));
        clickButton(robot, "OK");
        waitUntil(() -> robot.lookup("#batch-preview").tryQuery().isPresent());
        clickButton(robot, "Apply");
        waitUntil(() -> stage.getTitle().equals("hash-collisions.md — Masthead"));
        assertThat(Files.readString(folder.resolve("hash-collisions.md"))).contains("author: Me, typing\n");
    }

    @Test
    void cancellingTheUnsavedQuestionMovesNothingAndKeepsTheEdits(FxRobot robot) throws Exception {
        Path file = FxTestSupport.openArticle(robot, stage, ARTICLE).path();
        String before = Files.readString(file);
        robot.interact(() -> window.applyEdit(KeyPath.of("author"), "Me, typing"));
        waitUntil(() -> stage.getTitle().startsWith("• "));
        fireLater(robot, "menu-bar", "menu-rename");
        clickButton(robot, "Cancel");
        waitUntil(() -> String.valueOf(robot.lookup("#message").queryLabeled().getText()).contains("was not moved"));
        assertThat(robot.lookup("#rename-article-name").tryQuery()).isEmpty();
        assertThat(Files.readString(file)).isEqualTo(before);
        assertThat(stage.getTitle()).startsWith("• ");
    }

    @Test
    void theAliasOptionKeepsTheOldAddressOnAHugoSite(FxRobot robot) throws Exception {
        Path site = BatchFixtures.copy("hugo", Files.createDirectories(temp.resolve("site")));
        Path file = site.resolve("functions/transform/CanHighlight.md");
        String before = Files.readString(file);
        robot.interact(() -> window.openFolder(site));
        FxTestSupport.openArticle(robot, stage, "CanHighlight.md");
        renameTo(robot, "functions/transform/Supported.md", true);
        clickButton(robot, "Apply");
        waitUntil(() -> Files.exists(site.resolve("functions/transform/Supported.md")) && !Files.exists(file));
        assertThat(Files.readString(site.resolve("functions/transform/Supported.md"))).isEqualTo(before.replace(
                "signatures: [transform.CanHighlight LANGUAGE]\n",
                "signatures: [transform.CanHighlight LANGUAGE]\naliases: [/functions/transform/canhighlight/]\n"));
        waitUntil(() -> stage.getTitle().equals("Supported.md — Masthead"));
    }
}
