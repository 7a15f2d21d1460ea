package org.masthead.bench;

import static org.masthead.bench.FxBench.load;
import static org.masthead.bench.FxBench.onFx;
import static org.masthead.bench.FxBench.startProbe;
import static org.masthead.bench.FxBench.waitFor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.masthead.session.ArticleItem;
import org.masthead.session.Settings;
import org.masthead.ui.FolderPrefetch;
import org.masthead.ui.Launcher;
import org.masthead.ui.MainWindow;

/**
 * The window on a large folder, headless (Monocle, as the UI tests), beside the command line in
 * the same run. For a folder written by {@link GenerateArticles}:
 *
 * <ul>
 *   <li>the CLI's {@code list} and {@code check} (with {@code bin/masthead}'s JVM flags) and, when
 *       installed, {@code hugo list all}, run side by side, medians of {@code RUNS};</li>
 *   <li>a cold open of the folder (no index cache): when the first rows are in the table, when the
 *       first article is open, when the whole list and its counts are;</li>
 *   <li>a filter typed a key at a time and a sort by each column, and the FX thread's time for each;</li>
 *   <li>Folder SEO from the click on its tab to its report (after the score columns have checked the
 *       folder, or with {@code -Dbench.seoFirst=true} as soon as the list is complete);</li>
 *   <li>the unchanged folder opened again, which the index cache serves.</li>
 * </ul>
 *
 * <p>A probe posts to the FX thread every 2 ms and records how late its posts run: the longest
 * wait in each phase is the longest time the FX thread was busy (or starved of a core).
 *
 * <p>Usage: {@code WindowBench FOLDER [RUNS]}; FOLDER's parent may hold a {@code hugo.toml} with
 * FOLDER as its {@code content}; see docs/benchmarks.md.
 */
public final class WindowBench {
    private static final AtomicLong LONGEST_STALL = new AtomicLong();
    /** The most CPU time the FX thread used between two answers to the probe, in ns. */
    private static final AtomicLong LONGEST_FX_CPU = new AtomicLong();
    // written on the FX thread, read after the open completes
    private static final long[] ROWS_LAID_OUT = {-1, -1};
    private static final Map<Stage, MainWindow> WINDOWS = new HashMap<>();
    private static long fxThread;

    private WindowBench() {
    }

    public static void main(String[] args) throws Exception {
        int status = 0;
        try {
            run(Path.of(args[0]).toAbsolutePath(), args.length > 1 ? Integer.parseInt(args[1]) : 3);
        } catch (Exception | Error e) {
            e.printStackTrace();
            status = 1;
        } finally {
            Platform.exit();
        }
        System.exit(status);
    }

    private static void run(Path folder, int runs) throws Exception {
        int count;
        try (Stream<Path> files = Files.list(folder)) {
            count = (int) files.filter(p -> p.toString().endsWith(".md")).count();
        }
        // -Dbench.cacheDir=DIR keeps the index cache between runs: a run after the first is a second start
        String kept = System.getProperty("bench.cacheDir");
        Path cache = kept != null ? Files.createDirectories(Path.of(kept)) : Files.createTempDirectory("window-bench-cache");
        System.setProperty("masthead.cache.dir", cache.toString());
        System.setProperty("masthead.journal.dir", cache.resolve("journal").toString());
        System.out.printf("window bench: %d articles in %s; %d cores, max heap %d MB, load %s%n", count, folder,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, load());

        // -Dbench.openOnly=true: only the cold open (after the command line, unless RUNS is 0), for profiling it
        boolean openOnly = Boolean.getBoolean("bench.openOnly");
        // RUNS 0 leaves the command line out (it was timed in another run); -Dbench.skipSeo=true leaves Folder SEO out
        Map<String, Double> cli = runs == 0 ? Map.of("list", Double.NaN, "check", Double.NaN) : CommandLineTimes.medians(folder, runs);

        CountDownLatch started = new CountDownLatch(1);
        // as the application does, the window's classes are loaded while JavaFX starts; -Dbench.noWarmup=true leaves it out
        if (!Boolean.getBoolean("bench.noWarmup")) {
            Launcher.warmUp();
        }
        Platform.startup(started::countDown);
        started.await();
        startProbe(LONGEST_STALL, new AtomicLong(), LONGEST_FX_CPU, 2);
        fxThread = onFx(() -> Thread.currentThread().getId());

        Stage first = onFx(Stage::new);
        double complete = open(first, folder, count, kept != null ? "start (index cache kept in " + kept + ")" : "cold open (no index cache)");
        System.out.printf("  list complete / CLI list: %.2f%n", complete / cli.getOrDefault("list", Double.NaN));
        if (openOnly) {
            return;
        }
        // -Dbench.seoFirst=true clicks Folder SEO as soon as the list is complete, while the list's
        // score columns still check the folder, rather than after the filter and sorts
        boolean seoFirst = Boolean.getBoolean("bench.seoFirst");
        boolean seo = !Boolean.getBoolean("bench.skipSeo");
        if (seoFirst && seo) {
            System.out.printf("  Folder SEO / CLI check: %.2f%n", folderSeo(first) / cli.getOrDefault("check", Double.NaN));
            waitFor(() -> onFx(WINDOWS.get(first)::isIdle), 300_000);
        }
        filterAndSort(first);
        if (!seoFirst && seo) {
            System.out.printf("  Folder SEO / CLI check: %.2f%n", folderSeo(first) / cli.getOrDefault("check", Double.NaN));
        }
        // The folder opened again in the same window: the scan now finds the index cache written
        // after the first one.
        open(first, folder, count, "second open (index cache)");
        System.out.printf("load at the end %s%n", load());
    }

    /** Opens {@code folder} in a new window on {@code stage}; prints the times and returns seconds to the full list. */
    private static double open(Stage stage, Path folder, int count, String what) throws Exception {
        LONGEST_STALL.set(0);
        long startCpu = fxCpu();
        Map<String, Long> startUse = ProcessUse.now();
        Map<String, Long> firstRowUse = null;
        long start = System.nanoTime();
        // the wall clock, to find the open in a flight recording (whose events carry it)
        java.time.Instant startedAt = java.time.Instant.now();
        boolean launch = !WINDOWS.containsKey(stage);
        if (launch && !Boolean.getBoolean("bench.noPrefetch")) {
            // as the application does: the folder is read while the window is built
            FolderPrefetch.start(folder);
        }
        // as the application does, a new window opens its folder before it shows;
        // -Dbench.showFirst=true shows it first, as the application did before
        boolean showFirst = Boolean.getBoolean("bench.showFirst");
        MainWindow window = onFx(() -> {
            MainWindow w = WINDOWS.get(stage);
            if (w == null) {
                w = new MainWindow(stage, new MemorySettings());
                WINDOWS.put(stage, w);
                if (showFirst) {
                    w.show();
                }
                w.openFolder(folder);
                if (!showFirst) {
                    w.show();
                }
                whenRowsLaidOut(stage, start, startCpu);
            } else {
                w.openFolder(folder);
            }
            return w;
        });
        // The stall so far is the FX thread building and showing the window (on a launch), one task;
        // what follows is the stall while the folder fills the list.
        double built = (System.nanoTime() - start) / 1e9;
        long buildStall = LONGEST_STALL.getAndSet(0);
        long buildCpu = fxCpu() - startCpu;
        long firstRowCpu = -1;
        Label status = onFx(() -> (Label) stage.getScene().lookup("#article-status"));
        Node progress = onFx(() -> stage.getScene().lookup("#article-progress"));
        TableView<ArticleItem> list = table(stage);
        String full = count + " shown / " + count + " total / 0 with problems";
        double firstRow = -1;
        double firstOpen = -1;
        double complete = -1;
        double verified = -1;
        while (complete < 0 || firstOpen < 0 || verified < 0) {
            boolean[] state = onFx(() -> new boolean[] {
                !list.getItems().isEmpty(), stage.getTitle().endsWith(".md — Masthead"), status.getText().equals(full),
                !progress.isVisible()});
            double now = (System.nanoTime() - start) / 1e9;
            if (firstRow < 0 && state[0]) {
                firstRow = now;
                firstRowCpu = fxCpu() - startCpu;
                firstRowUse = ProcessUse.now();
            }
            if (firstOpen < 0 && state[1]) {
                firstOpen = now;
            }
            if (complete < 0 && state[2]) {
                complete = now;
            }
            if (verified < 0 && state[3]) {
                verified = now;
            }
            if (now > 600) {
                throw new IllegalStateException("not open after 600 s: " + onFx(status::getText));
            }
            Thread.sleep(5);
        }
        System.out.printf("%s (started at %s): window built and shown %.2f s (one FX task, %d ms); first rows %.2f s, first article"
                + " open %.2f s, whole list %.2f s, scan done %.2f s; longest FX stall after the build %d ms; load %s%n",
                what, startedAt, built, buildStall, firstRow, firstOpen, complete, verified, LONGEST_STALL.get(), load());
        // CPU time, unlike wall time, hardly depends on what else the machine runs
        System.out.printf("  FX thread's CPU: %d ms building and showing the window, %d ms until the first rows%n",
                buildCpu / 1_000_000, firstRowCpu / 1_000_000);
        if (launch) {
            System.out.printf("  first rows laid out (the end of the pulse that laid them out): %.2f s, FX thread's CPU %d ms%n",
                    ROWS_LAID_OUT[0] / 1e9, ROWS_LAID_OUT[1] / 1_000_000);
        }
        ProcessUse.print(startUse, firstRowUse);
        if (!launch || !Boolean.getBoolean("bench.seoFirst")) {
            waitFor(() -> onFx(window::isIdle), 300_000);
        }
        return complete;
    }

    /**
     * Records in {@link #ROWS_LAID_OUT} when (ns after {@code start}) and at what FX CPU (ns after
     * {@code startCpu}) a pulse first ends with rows in the list: they are then on their way to
     * the screen. Call on the FX thread, before the first pulse of the window.
     */
    private static void whenRowsLaidOut(Stage stage, long start, long startCpu) {
        javafx.scene.Scene scene = stage.getScene();
        TableView<?> list = (TableView<?>) scene.lookup("#article-list");
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                if (!list.getItems().isEmpty()) {
                    ROWS_LAID_OUT[0] = System.nanoTime() - start;
                    ROWS_LAID_OUT[1] = fxCpu() - startCpu;
                    scene.removePostLayoutPulseListener(this);
                }
            }
        });
    }

    /** The CPU time the FX thread has used so far, in ns. */
    private static long fxCpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getThreadCpuTime(fxThread);
    }

    private static void filterAndSort(Stage stage) throws Exception {
        TableView<ArticleItem> list = table(stage);
        TextField filter = onFx(() -> (TextField) stage.getScene().lookup("#article-filter"));
        int all = onFx(() -> list.getItems().size());
        long worstKey = 0;
        long worstStall = 0;
        for (char c : "vector ".toCharArray()) {
            LONGEST_STALL.set(0);
            int before = onFx(() -> list.getItems().size());
            String text = onFx(filter::getText) + c;
            long handler = onFx(() -> {
                long t = System.nanoTime();
                filter.setText(text);
                return System.nanoTime() - t;
            });
            String lower = text.strip().toLowerCase(java.util.Locale.ROOT);
            // the rows are copied on the FX thread and checked off it: a check of 100,000 rows there
            // would be the probe's longest stall
            waitFor(() -> {
                List<ArticleItem> shown = onFx(() -> List.copyOf(list.getItems()));
                return shown.stream().allMatch(i -> i.haystack().contains(lower))
                        && (before != all || shown.size() < all || lower.isEmpty());
            }, 60_000);
            worstKey = Math.max(worstKey, handler);
            worstStall = Math.max(worstStall, LONGEST_STALL.get());
        }
        System.out.printf("filter typed a key at a time over %d rows: key handler at most %.1f ms; longest FX stall %d ms; load %s%n",
                all, worstKey / 1e6, worstStall, load());
        onFx(() -> {
            filter.setText("");
            return null;
        });
        waitFor(() -> onFx(() -> list.getItems().size()) == all, 60_000);
        for (int column = 0; column < 3; column++) {
            int at = column;
            LONGEST_STALL.set(0);
            Object first = onFx(() -> list.getItems().get(0));
            long handler = onFx(() -> {
                long t = System.nanoTime();
                TableColumn<ArticleItem, ?> col = list.getColumns().get(at);
                col.setSortType(TableColumn.SortType.DESCENDING);
                list.getSortOrder().setAll(List.of(col));
                return System.nanoTime() - t;
            });
            waitFor(() -> onFx(() -> list.getItems().get(0) != first), 60_000);
            System.out.printf("sort by %s (descending) over %d rows: handler %.1f ms; longest FX stall %d ms%n",
                    onFx(() -> list.getColumns().get(at).getText()), all, handler / 1e6, LONGEST_STALL.get());
        }
    }

    /** Clicks Folder SEO and waits for its report; returns the seconds it took. */
    private static double folderSeo(Stage stage) throws Exception {
        LONGEST_STALL.set(0);
        LONGEST_FX_CPU.set(0);
        long startCpu = fxCpu();
        long start = System.nanoTime();
        long clickCpu = onFx(() -> {
            long before = fxCpu();
            // the window has more than one tab pane: pick the one that holds Folder SEO
            Tab tab = stage.getScene().getRoot().lookupAll(".tab-pane").stream().map(n -> (TabPane) n)
                    .flatMap(t -> t.getTabs().stream()).filter(t -> "dashboard-tab".equals(t.getId())).findFirst().orElseThrow();
            tab.getTabPane().getSelectionModel().select(tab);
            return fxCpu() - before;
        });
        Label totals = onFx(() -> (Label) stage.getScene().lookup("#dashboard-totals"));
        Node progress = onFx(() -> stage.getScene().lookup("#dashboard-progress"));
        waitFor(() -> onFx(() -> !totals.getText().isEmpty() && !progress.isVisible()), 600_000);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("Folder SEO: report %.2f s after the click (%s); longest FX stall %d ms (its FX CPU at most"
                + " %.1f ms); FX thread's CPU %d ms, of which %.1f ms in the click's task (the tab's first showing); load %s%n",
                seconds, onFx(totals::getText), LONGEST_STALL.get(), LONGEST_FX_CPU.get() / 1e6,
                (fxCpu() - startCpu) / 1_000_000, clickCpu / 1e6, load());
        return seconds;
    }

    @SuppressWarnings("unchecked")
    private static TableView<ArticleItem> table(Stage stage) throws Exception {
        return onFx(() -> (TableView<ArticleItem>) stage.getScene().lookup("#article-list"));
    }

    /** Settings kept in memory, so that a bench run leaves the user's settings alone. */
    static final class MemorySettings implements Settings {
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
