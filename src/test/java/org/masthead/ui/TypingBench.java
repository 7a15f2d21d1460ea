package org.masthead.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.masthead.bench.EditingArticles;
import org.masthead.document.Document;
import org.masthead.session.ArticleItem;
import org.masthead.session.Settings;

/**
 * Typing into the real window, headless: the longest FX-thread stall while typing, and the time
 * from each keystroke to the preview showing it. The articles are those of {@link RenderBench},
 * each with a unique word at the middle of its Markdown; the caret goes after that word and
 * each keystroke is a KEY_TYPED event fired at the editor on the FX thread, so it takes the path
 * of a real key press (the editor inserts at the caret and scrolls to keep the caret in view),
 * 20 per second with a short pause after every 20 (between phrases, as people type), so the
 * editor's highlighting also runs during the typing. {@code -Dbench.threads=true} prints the CPU
 * time each thread took while typing. A probe thread posts a task to the FX thread every
 * 5 ms and records how late it runs, and how much CPU the FX thread used meanwhile ("its FX
 * CPU": the stall less the waits for a core, the figure to read on a loaded machine). A keystroke's latency ends when the preview's
 * {@code #content} first holds the text typed up to that key (checked after each change of it).
 *
 * <p>Run as a main with the surefire config's Monocle properties (see docs/benchmarks.md).
 * Usage: {@code TypingBench CORPUS SAMPLES WORKDIR [KEYSTROKES] [ARTICLE_NAME_PART]}.
 */
public final class TypingBench {
    private static final String ANCHOR = "Zanzibarquokka";
    private static final long KEY_MS = 50;
    private static final long SETTLE_MS = 3000;
    private static volatile Thread FX_THREAD;
    // the FX thread as /proc names it (15 characters at most)
    private static final String FX_THREAD_NAME = "JavaFX Applicat";

    private TypingBench() {
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
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
        Path samples = Path.of(args.length > 1 ? args[1] : "samples");
        Path work = Path.of(args.length > 2 ? args[2] : "target/typing-bench");
        int keys = args.length > 3 ? Integer.parseInt(args[3]) : 200;
        Path folder = work.resolve("folder");
        List<Path> files = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Integer> lengths = new ArrayList<>();
        for (EditingArticles.Article article : EditingArticles.write(corpus, samples, work.resolve("articles"))) {
            Document doc = Document.parse(article.file());
            String md = doc.markdown();
            int at = RenderBench.insertionPoint(md);
            Files.createDirectories(folder);
            Path file = folder.resolve(article.file().getFileName());
            String anchored = md.substring(0, at) + " " + ANCHOR + md.substring(at);
            Files.write(file, doc.withMarkdown(anchored).toBytes());
            lengths.add(anchored.length());
            files.add(file);
            names.add(article.name());
        }

        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Settings settings = new Settings.PrefsSettings(Preferences.userRoot().node("org/masthead-bench/" + System.nanoTime()));
        Stage stage = onFx(Stage::new);
        FX_THREAD = onFx(Thread::currentThread);
        TypingProbe.fxThread = FX_THREAD;
        MainWindow main = onFx(() -> {
            MainWindow window = new MainWindow(stage, settings);
            window.show();
            window.openFolder(folder);
            return window;
        });
        @SuppressWarnings("unchecked")
        TableView<ArticleItem> list = onFx(() -> (TableView<ArticleItem>) stage.getScene().lookup("#article-list"));
        CodeArea editor = onFx(() -> (CodeArea) stage.getScene().lookup("#editor"));
        waitFor(() -> onFx(() -> list.getItems().size()) >= files.size(), 60_000);
        // the window makes its WebView after its first paint
        waitFor(() -> onFx(() -> stage.getScene().lookup("#preview") != null), 60_000);
        WebView preview = onFx(() -> (WebView) stage.getScene().lookup("#preview"));

        System.out.printf("load average %s; %d keystrokes each, %d ms apart, a 200 ms pause after every 20%n",
                RenderBench.LoadAverage.now(), keys, KEY_MS);
        System.out.printf("%-30s %-24s %-16s %-24s %-26s %-12s %-16s %s%n", "article", "FX stall typing (ms)",
                "its FX CPU", "stall after (ms)", "key to preview (ms)", "open stall", "its FX CPU", "open FX CPU (ms)");
        String only = args.length > 4 ? args[4] : "";
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            if (!names.get(i).contains(only)) {
                continue;
            }
            int length = lengths.get(i);
            Map<String, Long> openCpu = ThreadCpu.now();
            TypingProbe openProbe = TypingProbe.start("opening");
            onFx(() -> {
                list.getItems().stream().filter(item -> item.path().getFileName().equals(file.getFileName())).findFirst()
                        .ifPresent(item -> list.getSelectionModel().select(item));
                return null;
            });
            try {
                // a long article's preview holds only the part near the top, until the caret moves
                // by length, not by the text: joining 1 MB on the FX thread every 50 ms would be part of the stall
                waitFor(() -> onFx(() -> editor.getLength() == length && contentHolds(preview, "")), 120_000);
            } catch (IllegalStateException e) {
                System.out.println("not opened: editor " + onFx(() -> editor.getText().contains(ANCHOR)) + ", preview "
                        + onFx(() -> preview.getEngine().executeScript("document.body ? document.body.innerHTML.length : -1")));
                throw e;
            }
            Thread.sleep(SETTLE_MS);
            openProbe.stop();
            long fxOpenMs = ThreadCpu.msOf(openCpu, FX_THREAD_NAME);
            Result result = type(editor, preview, keys);
            // saved, so that opening the next article asks nothing
            onFx(() -> {
                main.save();
                return null;
            });
            waitFor(() -> onFx(() -> !stage.getTitle().startsWith("•")), 60_000);
            System.out.printf("%-30s %-24s %-16s %-24s %-26s %-12.0f %-16s %d%n", names.get(i), result.typingStall,
                    result.typingCpu, result.settleStall, result.latency, openProbe.max(), openProbe.cpu(), fxOpenMs);
        }
        System.out.printf("load average %s%n", RenderBench.LoadAverage.now());
    }

    private record Result(String typingStall, String typingCpu, String settleStall, String latency) {
    }

    private static Result type(CodeArea editor, WebView preview, int keys) throws Exception {
        String typed = RenderBench.typed(keys);
        onFx(() -> {
            editor.moveTo(editor.getText().indexOf(ANCHOR) + ANCHOR.length());
            editor.requestFollowCaret();
            editor.requestFocus();
            return null;
        });
        waitFor(() -> onFx(() -> contentHolds(preview, ANCHOR)), 60_000);
        Thread.sleep(500);
        onFx(() -> preview.getEngine().executeScript("window.benchChanged = false;"
                + " new MutationObserver(function () { window.benchChanged = true; })"
                + ".observe(document.getElementById('content'), { childList: true, subtree: true, characterData: true });"));
        long[] inserted = new long[keys];
        long[] shown = new long[keys];
        AtomicBoolean typing = new AtomicBoolean(true);
        AtomicLong seen = new AtomicLong();
        Thread watcher = new Thread(() -> watch(preview, typed, inserted, shown, seen, typing), "bench-watch");
        watcher.setDaemon(true);
        Map<String, Long> cpuBefore = ThreadCpu.now();
        TypingProbe probe = TypingProbe.start("typing");
        watcher.start();
        long typingFrom = System.currentTimeMillis();
        long next = System.nanoTime();
        for (int k = 0; k < keys; k++) {
            int key = k;
            String ch = String.valueOf(typed.charAt(k));
            Platform.runLater(() -> {
                // handled as a real key press is: inserted at the caret, and the editor follows the caret
                editor.fireEvent(new KeyEvent(KeyEvent.KEY_TYPED, ch, "", KeyCode.UNDEFINED, false, false, false, false));
                inserted[key] = System.nanoTime();
            });
            next += TimeUnit.MILLISECONDS.toNanos(KEY_MS + ((k + 1) % 20 == 0 ? 200 : 0));
            LockSupport.parkNanos(next - System.nanoTime());
        }
        double typingStall = probe.max();
        if (Boolean.getBoolean("bench.why")) {
            // to pick this article's typing out of a flight recording or a GC log
            long start = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.printf("typing from %d to %d (epoch ms), %.3f to %.3f s after the JVM started%n", typingFrom,
                    System.currentTimeMillis(), (typingFrom - start) / 1e3, (System.currentTimeMillis() - start) / 1e3);
        }
        if (Boolean.getBoolean("bench.threads")) {
            System.out.println("CPU while typing, ms by thread: " + ThreadCpu.since(cpuBefore));
        }
        double typingP99 = probe.percentile(99);
        TypingProbe after = TypingProbe.start("after typing");
        probe.stop();
        long deadline = System.currentTimeMillis() + 60_000;
        while (seen.get() < keys && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(SETTLE_MS);
        after.stop();
        typing.set(false);
        watcher.join();
        double[] latency = new double[keys];
        for (int k = 0; k < keys; k++) {
            latency[k] = shown[k] == 0 ? Double.NaN : (shown[k] - inserted[k]) / 1e6;
        }
        String lat = seen.get() < keys ? "preview missed " + (keys - seen.get()) + " keys"
                : RenderBench.stats(latency);
        return new Result(String.format("max %.0f, p99 %.0f", typingStall, typingP99), probe.cpu(),
                String.format("max %.0f", after.max()), lat);
    }

    /** Checks the preview after each change of it; marks every keystroke it now shows. */
    private static void watch(WebView preview, String typed, long[] inserted, long[] shown, AtomicLong seen,
            AtomicBoolean typing) {
        while (typing.get()) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
            try {
                int count = onFx(() -> {
                    Object changed = preview.getEngine().executeScript("window.benchChanged");
                    if (!Boolean.TRUE.equals(changed)) {
                        return -1;
                    }
                    preview.getEngine().executeScript("window.benchChanged = false");
                    Object n = preview.getEngine().executeScript("(function () { var t = document.getElementById('content')"
                            + ".textContent; var i = t.indexOf('" + ANCHOR + "'); if (i < 0) { return 0; }"
                            + " var s = t.substring(i + " + ANCHOR.length() + ", i + " + (ANCHOR.length() + typed.length())
                            + "); var typed = " + org.masthead.document.JsonStrings.quote(typed) + "; var n = 0;"
                            + " while (n < s.length && s.charAt(n) === typed.charAt(n)) { n++; } return n; })()");
                    return ((Number) n).intValue();
                });
                long now = System.nanoTime();
                // 'n' matching characters may include the start of the text after the anchor by chance;
                // only keys already inserted count.
                for (int k = (int) seen.get(); k < count && k < shown.length && inserted[k] != 0; k++) {
                    shown[k] = now;
                    seen.set(k + 1);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static boolean contentHolds(WebView preview, String text) {
        Object found = preview.getEngine().executeScript("(function () { var c = document.getElementById('content');"
                + " return c != null && c.textContent.length > 0 && c.textContent.indexOf('" + text + "') >= 0; })()");
        return Boolean.TRUE.equals(found);
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        if (Platform.isFxApplicationThread()) {
            return work.get();
        }
        FutureTask<T> task = new FutureTask<>(work::get);
        Platform.runLater(task);
        return task.get(120, TimeUnit.SECONDS);
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition, long millis) throws Exception {
        long deadline = System.currentTimeMillis() + millis;
        while (!condition.call()) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("timed out after " + millis + " ms");
            }
            Thread.sleep(50);
        }
    }
}
