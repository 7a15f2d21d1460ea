package org.masthead.bench;

import static org.masthead.bench.FxBench.load;
import static org.masthead.bench.FxBench.onFx;
import static org.masthead.bench.FxBench.startProbe;
import static org.masthead.bench.FxBench.waitFor;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.masthead.content.ContentIndex;
import org.masthead.session.ArticleItem;
import org.masthead.session.Settings;
import org.masthead.ui.MainWindow;

/**
 * Folders changing under an open window, headless (Monocle, as the UI tests).
 *
 * <p>Checkouts: a git repository of {@code ARTICLES} generated articles with a second branch where
 * a third of the titles changed, a sixth of the files are gone, a twelfth are new and one in sixty
 * no longer parses. The window opens it, then {@code git checkout} goes back and forth
 * {@code CHECKOUTS} times; after each, the time from the end of the checkout until the footer shows
 * the new branch's counts, the live heap after a full collection, and the resident size.
 *
 * <p>Storm: a folder of {@code STORM} articles, open in the window, whose every file is rewritten
 * with a new title as fast as a thread can; the time from the last write until every row shows its
 * new title, beside a fresh scan of the folder in-process. A probe posts to the FX thread every
 * 5 ms and records how late the posts run.
 *
 * <p>Usage: {@code FolderStormBench WORKDIR [ARTICLES] [CHECKOUTS] [STORM]}; see docs/benchmarks.md.
 */
public final class FolderStormBench {
    private static final AtomicLong LONGEST_STALL = new AtomicLong();

    private FolderStormBench() {
    }

    public static void main(String[] args) throws Exception {
        int status = 0;
        try {
            run(args);
        } catch (Exception | Error e) {
            e.printStackTrace();
            status = 1;
        } finally {
            Platform.exit();
        }
        System.exit(status);
    }

    private static void run(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/storm-bench").toAbsolutePath();
        int articles = args.length > 1 ? Integer.parseInt(args[1]) : 6000;
        int checkouts = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int storm = args.length > 3 ? Integer.parseInt(args[3]) : 10_000;
        deleteTree(work);
        System.setProperty("masthead.journal.dir", work.resolve("journal").toString());
        Path repo = work.resolve("repo");
        int[] counts = makeRepository(repo, articles);
        Path stormFolder = work.resolve("storm");
        new GenerateArticles(43).write(stormFolder, storm, 1000);

        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        startProbe(LONGEST_STALL, 5);
        Stage stage = onFx(Stage::new);
        MainWindow window = onFx(() -> {
            MainWindow w = new MainWindow(stage, new MemorySettings());
            w.show();
            return w;
        });
        Label status = onFx(() -> (Label) stage.getScene().lookup("#article-status"));
        @SuppressWarnings("unchecked")
        TableView<ArticleItem> list = onFx(() -> (TableView<ArticleItem>) stage.getScene().lookup("#article-list"));

        checkouts(window, status, list, repo, counts, checkouts);
        storm(window, status, list, stormFolder, storm);
    }

    private static void checkouts(MainWindow window, Label status, TableView<ArticleItem> list, Path repo, int[] counts,
                                  int checkouts) throws Exception {
        Map<String, String> titlesA = titles(repo);
        git(repo, "checkout", "-q", "b");
        Map<String, String> titlesB = titles(repo);
        git(repo, "checkout", "-q", "a");
        onFx(() -> {
            window.openFolder(repo);
            return null;
        });
        waitFor(() -> onFx(status::getText).equals(footer(counts[0], counts[1])), 300_000);
        // The first article opens once the list is full (and the preview is made): part of the start.
        waitFor(() -> onFx(() -> list.getSelectionModel().getSelectedItem() != null), 300_000);
        System.out.printf("checkouts of %d articles: heap and resident size after each (full GC first)%n", counts[0]);
        double first = liveHeapMb(window);
        System.out.printf("  start: live heap %.1f MB, resident %.0f MB, load %s%n", first, residentMb(), load());
        histogram("start");
        double last = first;
        for (int i = 1; i <= checkouts; i++) {
            boolean toB = i % 2 == 1;
            git(repo, "checkout", "-q", toB ? "b" : "a");
            long end = System.nanoTime();
            String expected = toB ? footer(counts[2], counts[3]) : footer(counts[0], counts[1]);
            Map<String, String> titles = toB ? titlesB : titlesA;
            waitFor(() -> onFx(() -> status.getText().equals(expected) && same(list, titles)), 120_000);
            long millis = (System.nanoTime() - end) / 1_000_000;
            last = liveHeapMb(window);
            System.out.printf("  checkout %2d (%s): list equal to a fresh scan %5d ms after git returned; live heap %.1f MB, resident %.0f MB%n",
                    i, toB ? "b" : "a", millis, last, residentMb());
        }
        System.out.printf("  live heap end/start: %.3f; load %s%n", last / first, load());
        histogram("end");
    }

    private static void storm(MainWindow window, Label status, TableView<ArticleItem> list, Path folder, int count) throws Exception {
        onFx(() -> {
            window.openFolder(folder);
            return null;
        });
        waitFor(() -> onFx(status::getText).equals(footer(count, 0)), 300_000);
        // The work that follows a full list (the SEO context) is not the storm's: wait for it to settle.
        liveHeapMb(window);
        List<Path> files;
        try (Stream<Path> all = Files.list(folder)) {
            files = all.sorted().toList();
        }
        GenerateArticles generator = new GenerateArticles(77);
        LONGEST_STALL.set(0);
        long start = System.nanoTime();
        for (int i = 0; i < files.size(); i++) {
            String name = files.get(i).getFileName().toString().replace(".md", "");
            String article = generator.article(1000 + i, "Storm " + i + " " + generator.title(), name, 1000, count);
            Files.writeString(files.get(i), article, StandardCharsets.UTF_8);
        }
        long written = System.nanoTime();
        waitFor(() -> onFx(() -> status.getText().equals(footer(count, 0))
                && list.getItems().stream().allMatch(item -> item.title().startsWith("Storm "))), 120_000);
        long converged = System.nanoTime();
        long stall = LONGEST_STALL.get();

        long scanStart = System.nanoTime();
        ContentIndex fresh = new ContentIndex(folder);
        fresh.loadAndWait();
        long scanMillis = (System.nanoTime() - scanStart) / 1_000_000;
        Map<String, String> titles = new HashMap<>();
        fresh.entries().forEach(e -> titles.put(folder.resolve(e.path()).toString(), e.title()));
        boolean same = onFx(() -> same(list, titles));
        System.out.printf("storm of %d rewritten files: written in %d ms; list equal to a fresh scan %d ms after the last write"
                        + " (%s); longest FX stall meanwhile %d ms; a fresh in-process scan takes %d ms; load %s%n",
                count, (written - start) / 1_000_000, (converged - written) / 1_000_000, same ? "checked" : "DIFFERS",
                stall, scanMillis, load());
    }

    /** Each article's title by absolute path, as a fresh scan reads the folder now. */
    private static Map<String, String> titles(Path folder) throws InterruptedException {
        ContentIndex fresh = new ContentIndex(folder);
        fresh.loadAndWait();
        Map<String, String> titles = new HashMap<>();
        fresh.entries().forEach(e -> titles.put(fresh.root().resolve(e.path()).toString(), e.title()));
        return titles;
    }

    /** Whether the list holds exactly the articles of {@code titles}, each with its title (null for a broken file). */
    private static boolean same(TableView<ArticleItem> list, Map<String, String> titles) {
        return list.getItems().size() == titles.size() && list.getItems().stream().allMatch(item -> {
            String title = titles.get(item.path().toString());
            return title != null && (item.hasProblem() || title.equals(item.title() == null ? "" : item.title()));
        });
    }

    /** Branch a: the generated articles; branch b: retitled, deleted, added and broken files. Returns both counts. */
    private static int[] makeRepository(Path repo, int articles) throws Exception {
        new GenerateArticles(42).write(repo, articles, 1000);
        git(repo, "init", "-q", "-b", "a");
        git(repo, "-c", "user.email=bench@example.org", "-c", "user.name=bench", "add", "-A");
        git(repo, "-c", "user.email=bench@example.org", "-c", "user.name=bench", "commit", "-q", "-m", "a");
        git(repo, "checkout", "-q", "-b", "b");
        List<Path> files;
        try (Stream<Path> all = Files.list(repo)) {
            files = new ArrayList<>(all.filter(p -> p.toString().endsWith(".md")).sorted().toList());
        }
        GenerateArticles generator = new GenerateArticles(5);
        int retitled = articles / 3;
        int deleted = articles / 6;
        int broken = articles / 60;
        int added = articles / 12;
        int at = 0;
        for (int i = 0; i < retitled; i++, at++) {
            String name = files.get(at).getFileName().toString().replace(".md", "");
            Files.writeString(files.get(at), generator.article(1000 + at, generator.title(), name, 1000, articles));
        }
        for (int i = 0; i < deleted; i++, at++) {
            Files.delete(files.get(at));
        }
        for (int i = 0; i < broken; i++, at++) {
            Files.writeString(files.get(at), "---\ntitle: a front matter never closed\n");
        }
        for (int i = 0; i < added; i++) {
            Files.writeString(repo.resolve("added-" + i + ".md"), generator.article(90_000 + i, generator.title(), "added-" + i, 1000, articles));
        }
        git(repo, "-c", "user.email=bench@example.org", "-c", "user.name=bench", "add", "-A");
        git(repo, "-c", "user.email=bench@example.org", "-c", "user.name=bench", "commit", "-q", "-m", "b");
        git(repo, "checkout", "-q", "a");
        return new int[] {articles, 0, articles - deleted + added, broken};
    }

    private static void git(Path repo, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("failed: " + command);
        }
    }

    private static String footer(int total, int problems) {
        return total + " shown / " + total + " total / " + problems + " with problems";
    }

    /**
     * The live heap once the window's work after a change (the SEO context, the incoming links, the
     * checks) is done: the window reports itself idle, then full collections until two readings in
     * a row agree within 1%, so no figure depends on a guessed pause.
     */
    private static double liveHeapMb(MainWindow window) throws Exception {
        waitFor(() -> onFx(window::isIdle), 120_000);
        double previous = Double.MAX_VALUE;
        for (int i = 0; i < 50; i++) {
            System.gc();
            double now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1e6;
            if (Math.abs(now - previous) <= 0.01 * now) {
                return now;
            }
            previous = now;
        }
        return previous;
    }

    /** With {@code -Dbench.histo=DIR}, the live objects by class (jcmd's histogram) in DIR/WHEN.txt, to find what grew. */
    private static void histogram(String when) throws IOException, InterruptedException {
        String dir = System.getProperty("bench.histo");
        if (dir != null) {
            Path out = Path.of(dir, when + ".txt");
            Files.createDirectories(out.getParent());
            new ProcessBuilder("jcmd", Long.toString(ProcessHandle.current().pid()), "GC.class_histogram")
                    .redirectOutput(out.toFile()).start().waitFor();
        }
    }

    private static double residentMb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1e3;
            }
        }
        return -1;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Settings kept in memory, so that a bench run leaves the user's settings alone. */
    private static final class MemorySettings implements Settings {
        private final Map<String, Double> values = new HashMap<>();
        private Path last;

        @Override
        public Optional<Path> lastFolder() {
            return Optional.ofNullable(last);
        }

        @Override
        public void setLastFolder(Path folder) {
            last = folder;
        }

        @Override
        public double get(String key, double fallback) {
            return values.getOrDefault(key, fallback);
        }

        @Override
        public void put(String key, double value) {
            values.put(key, value);
        }
    }
}
