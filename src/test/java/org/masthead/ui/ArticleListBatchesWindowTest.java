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
    private static final int EARLY = 60;

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
        // A first folder small enough for one batch, and the rest in another folder whose files wait
        // until the list shows rows: the first swap is part of the folder, whatever the machine's pace.
        for (int i = 0; i < ARTICLES; i++) {
            Path file = temp.resolve((i < EARLY ? "early/" : "late/") + "article-%03d.md".formatted(i));
            Files.createDirectories(file.getParent());
            Files.writeString(file, article(i));
        }
        Files.createDirectories(temp.resolve("held"));
        Files.writeString(temp.resolve("held/last.md"), article(ARTICLES));
        CountDownLatch someRows = new CountDownLatch(1);
        FolderScan.setBeforeRead(name -> {
            try {
                if (name.startsWith("late/")) {
                    someRows.await(60, TimeUnit.SECONDS);
                } else if (name.equals("held/last.md")) {
                    reached.countDown();
                    release.await(60, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        TableView<ArticleItem> list = robot.lookup("#article-list").queryTableView();
        List<Integer> sizes = new CopyOnWriteArrayList<>();
        robot.interact(() -> list.getItems().addListener((ListChangeListener<ArticleItem>) c -> {
            sizes.add(list.getItems().size());
            if (!list.getItems().isEmpty()) {
                someRows.countDown();
            }
        }));

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
        // The rows came in more than one swap: the first showed the early folder's batch, not the whole folder.
        assertThat(sizes.stream().filter(n -> n > 0).findFirst()).hasValueSatisfying(n -> assertThat(n).isLessThan(ARTICLES));

        // Another article opens at the user's pick while the scan is still held.
        FxTestSupport.openArticle(robot, stage, "article-123.md");
        assertThat(progress.isVisible()).isTrue();

        release.countDown();
        waitUntil(() -> list.getItems().size() == ARTICLES + 1 && !progress.isVisible());
        assertThat(status.getText()).isEqualTo((ARTICLES + 1) + " shown / " + (ARTICLES + 1) + " total / 0 with problems");
        assertThat(stage.getTitle()).isEqualTo("article-123.md — Masthead");
    }

    @Test
    void aFolderReadBeforeTheWindowOpensItIsListedWithoutReadingItAgain(FxRobot robot) throws Exception {
        Path other = Files.createDirectories(temp.resolve("other"));
        Path folder = Files.createDirectories(temp.resolve("folder"));
        for (int i = 0; i < 50; i++) {
            Files.writeString(folder.resolve("article-%03d.md".formatted(i)), article(i));
            Files.writeString(other.resolve("other-%03d.md".formatted(i)), article(100 + i));
        }
        java.util.Map<String, Integer> reads = new java.util.concurrent.ConcurrentHashMap<>();
        FolderScan.setBeforeRead(name -> reads.merge(name, 1, Integer::sum));

        // as at a launch: the folder is read while the window is built, and the window takes it over
        FolderPrefetch.start(folder);
        robot.interact(() -> window.openFolder(folder));
        TableView<ArticleItem> list = robot.lookup("#article-list").queryTableView();
        waitUntil(() -> list.getItems().size() == 50 && !robot.lookup("#article-progress").query().isVisible());
        assertThat(reads).hasSize(50).allSatisfy((name, times) -> assertThat(times).isEqualTo(1));

        // a prefetch of a folder the window does not open is dropped: only the opened folder is listed
        reads.clear();
        FolderPrefetch.start(other);
        robot.interact(() -> window.openFolder(folder));
        waitUntil(() -> !robot.lookup("#article-progress").query().isVisible()
                && robot.lookup("#article-status").queryLabeled().getText().startsWith("50 shown / 50 total"));
        assertThat(list.getItems()).extracting(ArticleItem::fileName).allMatch(n -> n.startsWith("article-"));
    }
}
