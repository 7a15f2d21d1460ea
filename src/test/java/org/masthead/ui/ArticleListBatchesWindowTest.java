package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.FxTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.content.FolderScan;
import org.masthead.session.ArticleItem;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A large folder fills the list batch by batch, and its articles open before it is read whole. The
 * scan is held at one file (in a folder of its own, so no other batch waits with it) until the test
 * lets it go, so "before the folder is complete" is a state the test controls, not a race.
 */
@ExtendWith(ApplicationExtension.class)
class ArticleListBatchesWindowTest {
    private static final int ARTICLES = 400;

    @TempDir
    Path temp;

    private Stage stage;
    private MainWindow window;
    private final CountDownLatch reached = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow(stage, FxTestSupport.freshSettings());
        window.show();
    }

    @AfterEach
    void letGo() {
        release.countDown();
        FolderScan.setBeforeRead(null);
    }

    private static String article(int n) {
        return """
                ---
                id: %d
                title: Article number %03d
                subject: Physics
                url: /learn/physics/article-%03d
                ---
                Body of article %d.
                """.formatted(5000 + n, n, n, n);
    }

    @Test
    void rowsArriveInBatchesAndTheFirstArticleOpensWhileTheFolderIsStillRead(FxRobot robot) throws Exception {
        for (int i = 0; i < ARTICLES; i++) {
            Files.writeString(temp.resolve("article-%03d.md".formatted(i)), article(i));
        }
        Files.createDirectories(temp.resolve("held"));
        Files.writeString(temp.resolve("held/last.md"), article(ARTICLES));
        FolderScan.setBeforeRead(name -> {
            if (name.equals("held/last.md")) {
                reached.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        TableView<ArticleItem> list = robot.lookup("#article-list").queryTableView();
        List<Integer> sizes = new CopyOnWriteArrayList<>();
        robot.interact(() -> list.getItems().addListener((ListChangeListener<ArticleItem>) c -> sizes.add(list.getItems().size())));

        robot.interact(() -> window.openFolder(temp));
        assertThat(reached.await(60, TimeUnit.SECONDS)).isTrue();
        waitUntil(() -> list.getItems().size() == ARTICLES);
        waitUntil(() -> stage.getTitle().endsWith(".md — Masthead"));

        // Held at the last file: the list has every other article, the folder is not complete, and
        // an article is open: the first row of the first rows shown.
        ProgressBar progress = robot.lookup(".article-list-pane .progress-bar").queryAs(ProgressBar.class);
        Label status = robot.lookup("#article-status").queryAs(Label.class);
        assertThat(progress.isVisible()).isTrue();
        assertThat(status.getText()).startsWith(ARTICLES + " shown / " + ARTICLES + " total");
        assertThat(stage.getTitle()).matches("article-[0-9]{3}\\.md — Masthead");
        // The rows came in more than one swap, each a part of the folder.
        assertThat(sizes.stream().filter(n -> n > 0 && n < ARTICLES).count()).isGreaterThan(0);

        // Another article opens at the user's pick while the scan is still held.
        FxTestSupport.openArticle(robot, stage, "article-123.md");
        assertThat(progress.isVisible()).isTrue();

        release.countDown();
        waitUntil(() -> list.getItems().size() == ARTICLES + 1 && !progress.isVisible());
        assertThat(status.getText()).isEqualTo((ARTICLES + 1) + " shown / " + (ARTICLES + 1) + " total / 0 with problems");
        assertThat(stage.getTitle()).isEqualTo("article-123.md — Masthead");
    }
}
