package org.masthead.bench;

import static org.masthead.bench.FxBench.load;
import static org.masthead.bench.FxBench.onFx;
import static org.masthead.bench.FxBench.startProbe;
import static org.masthead.bench.FxBench.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.masthead.ui.Launcher;
import org.masthead.ui.MainWindow;

/**
 * The window's folder-wide changes on a large folder, headless (Monocle), driven through the
 * dialogs a user answers, beside the CLI's {@code list} of the same folder in the same run. On a
 * folder written by {@link GenerateArticles} (every article's {@code seo.title} starts
 * "QuickTakes |"):
 *
 * <ul>
 *   <li>Edit → Replace in Folder on {@code seo.title}, which matches every file: Find, the match
 *       list scrolled, then Preview… up to the preview listing every file with the first one's diff,
 *       and the preview scrolled;</li>
 *   <li>Apply, until the batch is undoable and the window idle; then Edit → Undo Batch, the same;</li>
 *   <li>the Table of Articles, every row selected, Edit → Set Value of {@code author}: preview,
 *       scroll, apply, and its undo.</li>
 * </ul>
 *
 * <p>Each phase prints its time and the longest FX stall in it, from the probe of {@link FxBench}
 * (a task posted every 2 ms; the longest lateness is the longest time the FX thread was busy or
 * held), beside the most CPU the FX thread used in one such wait (its own work, whatever the
 * load) and the longest garbage collection, which holds every thread.
 * After the window goes idle each phase keeps measuring for {@code SETTLE_MS}, so that work handed
 * to the FX thread after the last background task still counts.
 *
 * <p>Usage: {@code BatchWindowBench FOLDER [RUNS]} (RUNS of the CLI's {@code list}, 0 for none);
 * see docs/benchmarks.md.
 */
public final class BatchWindowBench {
    private static final AtomicLong LONGEST_STALL = new AtomicLong();
    private static final AtomicLong BUSIEST = new AtomicLong();
    private static final AtomicLong LONGEST_GC = new AtomicLong();
    private static final long SETTLE_MS = 1000;
    private static MainWindow window;
    private static Stage stage;

    private BatchWindowBench() {
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
        Path cache = Files.createTempDirectory("batch-window-bench-cache");
        System.setProperty("masthead.cache.dir", cache.toString());
        System.setProperty("masthead.journal.dir", cache.resolve("journal").toString());
        System.out.printf("batch window bench: %d articles in %s; %d cores, max heap %d MB, load %s%n", count, folder,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, load());
        if (runs > 0) {
            System.setProperty("bench.commands", "list");
            double list = CommandLineTimes.medians(folder, runs).get("list");
            System.out.printf("  CLI list median %.2f s%n", list);
        }
        CountDownLatch started = new CountDownLatch(1);
        Launcher.warmUp();
        Platform.startup(started::countDown);
        started.await();
        startProbe(LONGEST_STALL, BUSIEST, new AtomicLong(), 2);
        watchCollections();
        if (Boolean.getBoolean("bench.sample")) {
            sampleBusyFx(onFx(Thread::currentThread));
        }
        openWindow(folder, count);
        replaceInFolder(count);
        undoBatch("undo of the replace");
        bulkSet(count);
        undoBatch("undo of the bulk set");
        System.out.printf("load at the end %s%n", load());
    }

    private static void openWindow(Path folder, int count) throws Exception {
        long start = System.nanoTime();
        stage = onFx(Stage::new);
        window = onFx(() -> {
            MainWindow w = new MainWindow(stage, new WindowBench.MemorySettings());
            w.openFolder(folder);
            w.show();
            return w;
        });
        Label status = (Label) node("#article-status");
        Node progress = node("#article-progress");
        String full = count + " shown / " + count + " total / 0 with problems";
        waitFor(() -> onFx(() -> status.getText().equals(full) && !progress.isVisible() && window.isIdle()), 600_000);
        System.out.printf("window open and idle: %.2f s; load %s%n", (System.nanoTime() - start) / 1e9, load());
    }

    private static void replaceInFolder(int count) throws Exception {
        fire("#menu-bar", "menu-replace-in-folder");
        waitFor(() -> node("#folder-replace-pattern") != null, 60_000);
        onFx(() -> {
            ((TextField) lookup("#folder-replace-pattern")).setText("QuickTakes |");
            ((TextField) lookup("#folder-replace-with")).setText("QT |");
            ((ComboBox<?>) lookup("#folder-replace-scope")).getSelectionModel().select(2);
            ((TextField) lookup("#folder-replace-field")).setText("seo.title");
            return null;
        });
        ListView<?> matches = (ListView<?>) node("#folder-replace-matches");
        Phase find = new Phase("replace: Find, until every match is listed");
        Platform.runLater(() -> ((Button) lookup("#folder-replace-find")).fire());
        waitFor(() -> onFx(() -> matches.getItems().size()) == count, 600_000);
        find.end(false);
        scroll(matches, "replace: the match list scrolled");
        Phase preview = new Phase("replace: Preview…, until every file is listed and the first diff shown");
        clickButton("Preview…");
        awaitPreview(count);
        preview.end(false);
        ListView<?> files = (ListView<?>) node("#batch-files");
        scroll(files, "replace: the preview scrolled and its files selected");
        apply("replace: Apply (" + count + " files), until undoable and idle");
    }

    private static void bulkSet(int count) throws Exception {
        Phase open = new Phase("table: View → Table of Articles, until every row is read");
        fire("#menu-bar", "menu-table");
        waitFor(() -> node("#folder-table") != null, 60_000);
        @SuppressWarnings("unchecked")
        TableView<Object> table = (TableView<Object>) node("#folder-table");
        waitFor(() -> onFx(() -> table.getItems().size()) == count && window.isIdle(), 600_000);
        open.end(true);
        Phase all = new Phase("table: select all rows");
        onFx(() -> {
            table.requestFocus();
            table.getSelectionModel().selectAll();
            return null;
        });
        all.end(false);
        fire("#table-menu-bar", "bulk-set");
        waitFor(() -> node("#bulk-path") != null, 60_000);
        onFx(() -> {
            ((ComboBox<?>) lookup("#bulk-path")).getEditor().setText("author");
            ((TextField) lookup("#bulk-value")).setText("The Editors");
            return null;
        });
        Phase preview = new Phase("bulk set: OK, until every file is listed and the first diff shown");
        clickButton("OK");
        awaitPreview(count);
        preview.end(false);
        scroll((ListView<?>) node("#batch-files"), "bulk set: the preview scrolled and its files selected");
        apply("bulk set: Apply (" + count + " files), until undoable and idle");
    }

    private static void awaitPreview(int count) throws Exception {
        waitFor(() -> {
            Node files = node("#batch-files");
            return files != null && onFx(() -> ((ListView<?>) files).getItems().size()) == count
                    && node("#diff-rows") != null;
        }, 600_000);
    }

    private static void apply(String what) throws Exception {
        MenuItem undo = item("#menu-bar", "menu-undo-batch");
        Phase apply = new Phase(what);
        clickButton("Apply");
        waitFor(() -> onFx(() -> !undo.isDisable() && window.isIdle()), 600_000);
        apply.end(true);
        System.out.printf("  said: %s%n", onFx(() -> ((Label) lookup("#message")).getText()));
    }

    private static void undoBatch(String what) throws Exception {
        MenuItem undo = item("#menu-bar", "menu-undo-batch");
        Phase phase = new Phase(what + ", until applied and idle");
        Platform.runLater(undo::fire);
        waitFor(() -> onFx(() -> undo.isDisable() && window.isIdle()), 600_000);
        phase.end(true);
        System.out.printf("  said: %s%n", onFx(() -> ((Label) lookup("#message")).getText()));
    }

    /** A user scrolling a list a page at a time from top to bottom, selecting a row on each page. */
    private static void scroll(ListView<?> list, String what) throws Exception {
        Phase phase = new Phase(what);
        int size = onFx(() -> list.getItems().size());
        int steps = 100;
        for (int i = 0; i <= steps; i++) {
            int at = (int) ((long) (size - 1) * i / steps);
            onFx(() -> {
                list.scrollTo(at);
                list.getSelectionModel().clearAndSelect(at);
                return null;
            });
            Thread.sleep(16);
        }
        phase.end(false);
    }

    /** A time and its longest FX stall; {@code settle} keeps measuring a while after the window is idle. */
    private static final class Phase {
        private final String name;
        private final long start;

        Phase(String name) {
            this.name = name;
            LONGEST_STALL.set(0);
            BUSIEST.set(0);
            LONGEST_GC.set(0);
            SAMPLES.clear();
            start = System.nanoTime();
        }

        void end(boolean settle) throws Exception {
            double seconds = (System.nanoTime() - start) / 1e9;
            if (settle) {
                Thread.sleep(SETTLE_MS);
            }
            printSamples();
            System.out.printf("%s %-76s %7.2f s  longest FX stall %5d ms (FX CPU in it %4d ms; longest GC %4d ms)  load %s%n",
                    java.time.LocalTime.now().withNano(0), name, seconds, LONGEST_STALL.get(), BUSIEST.get(),
                    LONGEST_GC.get(), load());
        }
    }

    private static final Map<String, Integer> SAMPLES = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * With {@code -Dbench.sample=true}: every 2 ms, the FX thread's stack and CPU time. A task is
     * the innermost pulse or posted runnable on the stack (named by the Masthead frames above it, or
     * by JavaFX's when there are none); its CPU is counted from the first sample that shows it to the
     * first that does not. Each phase prints its tasks of most CPU.
     */
    private static void sampleBusyFx(Thread fx) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        Thread sampler = new Thread(() -> {
            String task = null;
            long taskStart = 0;
            while (true) {
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
                long cpu = threads.getThreadCpuTime(fx.getId());
                String now = taskOf(fx.getStackTrace());
                if (!java.util.Objects.equals(now, task)) {
                    if (task != null) {
                        SAMPLES.merge(task, (int) ((cpu - taskStart) / 1_000_000), Math::max);
                    }
                    task = now;
                    taskStart = cpu;
                }
            }
        }, "fx-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** The innermost task on an FX stack, or null when the thread waits for one. */
    private static String taskOf(StackTraceElement[] stack) {
        if (stack.length == 0 || stack[0].getMethodName().equals("park") || stack[0].getMethodName().equals("wait")) {
            return null;
        }
        for (int i = 0; i < stack.length; i++) {
            String at = stack[i].getClassName() + "." + stack[i].getMethodName();
            boolean posted = at.startsWith("com.sun.javafx.application.PlatformImpl.lambda$runLater");
            boolean pulse = at.equals("com.sun.javafx.tk.quantum.QuantumToolkit.pulse");
            if (posted || pulse) {
                List<String> ours = new ArrayList<>();
                for (int j = i - 1; j >= 0 && ours.size() < 3; j--) {
                    String c = stack[j].getClassName();
                    // the lanes' and menus' plumbing names no work; the handler above it does
                    if (c.startsWith("org.masthead") && !c.contains("bench") && !c.startsWith("org.masthead.ui.Background")
                            && !c.startsWith("org.masthead.ui.MainMenu")) {
                        ours.add(c.substring(13).replaceAll("\\$\\$Lambda.*", "") + "." + stack[j].getMethodName());
                    }
                }
                return (pulse ? "pulse" : "posted") + "@" + (stack.length - i) + " " + String.join(" > ", ours);
            }
        }
        return null;
    }

    private static void printSamples() {
        if (SAMPLES.isEmpty()) {
            return;
        }
        SAMPLES.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(8)
                .forEach(e -> System.out.printf("      FX task of %4d ms CPU: %s%n", e.getValue(), e.getKey()));
        SAMPLES.clear();
    }

    /** Keeps the longest collection of the phase in {@link #LONGEST_GC}. */
    private static void watchCollections() {
        for (java.lang.management.GarbageCollectorMXBean gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            ((javax.management.NotificationEmitter) gc).addNotificationListener((note, handback) -> {
                if (note.getType().equals(com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                    long ms = com.sun.management.GarbageCollectionNotificationInfo
                            .from((javax.management.openmbean.CompositeData) note.getUserData()).getGcInfo().getDuration();
                    LONGEST_GC.accumulateAndGet(ms, Math::max);
                }
            }, null, null);
        }
    }

    /** The node matching {@code selector} in any showing window, or null; asked on the FX thread. */
    private static Node node(String selector) throws Exception {
        return onFx(() -> lookup(selector));
    }

    private static Node lookup(String selector) {
        for (Window w : new ArrayList<>(Window.getWindows())) {
            if (w.isShowing() && w.getScene() != null) {
                Node found = w.getScene().lookup(selector);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Fires a menu item later, as a click does: the dialog it opens holds the FX task that fired it. */
    private static void fire(String bar, String id) throws Exception {
        MenuItem item = item(bar, id);
        Platform.runLater(item::fire);
    }

    private static MenuItem item(String bar, String id) throws Exception {
        return onFx(() -> {
            List<MenuItem> all = new ArrayList<>();
            for (Menu m : ((MenuBar) lookup(bar)).getMenus()) {
                collect(m, all);
            }
            return all.stream().filter(i -> id.equals(i.getId())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no menu item " + id));
        });
    }

    private static void collect(Menu menu, List<MenuItem> into) {
        for (MenuItem i : menu.getItems()) {
            into.add(i);
            if (i instanceof Menu sub) {
                collect(sub, into);
            }
        }
    }

    /** Presses the dialog button labelled {@code text}, once it is shown. */
    private static void clickButton(String text) throws Exception {
        Callable<Button> find = () -> onFx(() -> new ArrayList<>(Window.getWindows()).stream()
                .filter(w -> w.isShowing() && w.getScene() != null)
                .flatMap(w -> w.getScene().getRoot().lookupAll(".dialog-pane .button").stream())
                .filter(n -> n instanceof Button b && text.equals(b.getText())).map(n -> (Button) n)
                .findFirst().orElse(null));
        waitFor(() -> find.call() != null, 60_000);
        Button button = find.call();
        Platform.runLater(button::fire);
    }
}
