package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.FxTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.content.FolderScan;
import org.masthead.content.IndexCache;
import org.masthead.session.ArticleItem;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window's list of a large folder opened again: served by the index cache (no file read), the
 * cached rows shown before the folder is checked, a changed, added or removed file read again, and
 * a damaged cache ignored and written anew. Which files a scan reads is seen through the scan's
 * hook, which runs before each file is read and not for a file the cache serves.
 */
@ExtendWith(ApplicationExtension.class)
class IndexCacheWindowTest {
    // the user's cache keeps folders of 1,000 articles or more
    private static final int ARTICLES = 1000;
    private static final Instant OLD = Instant.parse("2025-01-01T00:00:00Z");

    @TempDir
    Path temp;

    private Path folder;
    private Path cacheDir;
    private String previousCacheDir;
    private MainWindow window;
    private final Set<String> read = ConcurrentHashMap.newKeySet();

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, FxTestSupport.freshSettings());
        window.show();
    }

    @BeforeEach
    void setUp() throws Exception {
        folder = temp.resolve("content");
        cacheDir = temp.resolve("cache");
        previousCacheDir = System.getProperty("masthead.cache.dir");
        System.setProperty("masthead.cache.dir", cacheDir.toString());
        for (int i = 0; i < ARTICLES; i++) {
            write("a-%04d.md".formatted(i), "Cached article %04d".formatted(i));
        }
        FolderScan.setBeforeRead(read::add);
    }

    @AfterEach
    void tearDown() {
        FolderScan.setBeforeRead(null);
        if (previousCacheDir == null) {
            System.clearProperty("masthead.cache.dir");
        } else {
            System.setProperty("masthead.cache.dir", previousCacheDir);
        }
    }

    private void write(String name, String title) throws Exception {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                ---
                id: %d
                title: %s
                subject: Physics
                url: /learn/physics/%s
                ---
                Body.
                """.formatted(7000 + name.hashCode() % 1000, title, name));
        // older than the scan's two seconds of doubt, so the cache keeps it
        Files.setLastModifiedTime(file, FileTime.from(OLD));
    }

    /** Opens the folder and waits until the scan is done and the list shows {@code count} rows. */
    private List<ArticleItem> open(FxRobot robot, int count) throws Exception {
        read.clear();
        robot.interact(() -> window.openFolder(folder));
        TableView<ArticleItem> list = robot.lookup("#article-list").queryTableView();
        ProgressBar progress = robot.lookup("#article-progress").queryAs(ProgressBar.class);
        waitUntil(() -> !progress.isVisible() && list.getItems().size() == count
                && robot.lookup("#article-status").queryLabeled().getText().startsWith(count + " shown"));
        // the scan writes the cache after it reports its end: the next open must find it written
        IndexCache cache = new IndexCache(cacheDir, ARTICLES);
        waitUntil(() -> cache.read(folder).size() == count);
        @SuppressWarnings("unchecked")
        List<ArticleItem>[] rows = new List[1];
        robot.interact(() -> rows[0] = List.copyOf(list.getItems()));
        return rows[0];
    }

    private static List<String> titles(List<ArticleItem> rows) {
        return rows.stream().map(ArticleItem::label).toList();
    }

    @Test
    void anUnchangedFolderIsListedFromTheCacheWithoutReadingAFile(FxRobot robot) throws Exception {
        List<ArticleItem> first = open(robot, ARTICLES);
        assertThat(read).hasSize(ARTICLES);
        assertThat(Files.exists(new IndexCache(cacheDir, ARTICLES).fileFor(folder))).isTrue();

        List<ArticleItem> second = open(robot, ARTICLES);
        assertThat(read).isEmpty();
        assertThat(titles(second)).isEqualTo(titles(first)).contains("Cached article 0000", "Cached article 0999");
    }

    @Test
    void changedAddedAndRemovedFilesAreReadAgainAndTheListFollowsThem(FxRobot robot) throws Exception {
        open(robot, ARTICLES);
        write("a-0005.md", "Changed after the cache was written");
        write("added.md", "Added after the cache was written");
        Files.delete(folder.resolve("a-0009.md"));

        List<ArticleItem> rows = open(robot, ARTICLES);
        assertThat(read).containsExactlyInAnyOrder("a-0005.md", "added.md");
        assertThat(titles(rows)).contains("Changed after the cache was written", "Added after the cache was written")
                .doesNotContain("Cached article 0005", "Cached article 0009");
    }

    @Test
    void theCachedRowsShowBeforeTheFolderIsCheckedThenTheChangedOneIsReplaced(FxRobot robot) throws Exception {
        open(robot, ARTICLES);
        write("a-0005.md", "Changed after the cache was written");
        CountDownLatch reached = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        FolderScan.setBeforeRead(name -> {
            if (name.equals("a-0005.md")) {
                reached.countDown();
                try {
                    // longer than a wait for a condition, so that a list that never fills fails that wait
                    release.await(180, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        try {
            robot.interact(() -> window.openFolder(folder));
            assertThat(reached.await(60, TimeUnit.SECONDS)).isTrue();
            TableView<ArticleItem> list = robot.lookup("#article-list").queryTableView();
            ProgressBar progress = robot.lookup("#article-progress").queryAs(ProgressBar.class);
            // held at the changed file: every row is listed already, as the cache had it
            waitUntil(() -> list.getItems().size() == ARTICLES);
            assertThat(progress.isVisible()).isTrue();
            assertThat(titles(list.getItems())).contains("Cached article 0005");
        } finally {
            release.countDown();
        }
        TableView<ArticleItem> list = robot.lookup("#article-list").queryTableView();
        waitUntil(() -> titles(List.copyOf(list.getItems())).contains("Changed after the cache was written"));
        assertThat(titles(List.copyOf(list.getItems()))).doesNotContain("Cached article 0005");
    }

    @Test
    void aDamagedCacheIsIgnoredAndWrittenAnew(FxRobot robot) throws Exception {
        List<ArticleItem> first = open(robot, ARTICLES);
        Path file = new IndexCache(cacheDir, ARTICLES).fileFor(folder);
        byte[] bytes = Files.readAllBytes(file);
        // "Cached" becomes "Xached" in one title: trusted, the list would show it
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        int at = text.indexOf("Cached article 0012");
        assertThat(at).isPositive();
        bytes[at] = 'X';
        Files.write(file, bytes);

        List<ArticleItem> second = open(robot, ARTICLES);
        assertThat(read).hasSize(ARTICLES);
        assertThat(titles(second)).isEqualTo(titles(first)).doesNotContain("Xached article 0012");

        // written anew: the next open reads nothing
        open(robot, ARTICLES);
        assertThat(read).isEmpty();
    }
}
