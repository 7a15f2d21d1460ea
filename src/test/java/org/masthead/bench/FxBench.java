package org.masthead.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javafx.application.Platform;

/** What the window benchmarks share: the FX-thread stall probe, work on the FX thread, polling, the load. */
final class FxBench {
    private FxBench() {
    }

    /**
     * Pings the FX thread, {@code pauseMillis} after each answer, and keeps in {@code longest} the
     * longest wait for one in milliseconds: how long the thread was too busy to run anything else.
     */
    static void startProbe(AtomicLong longest, long pauseMillis) {
        startProbe(longest, new AtomicLong(), new AtomicLong(), pauseMillis);
    }

    /**
     * As {@link #startProbe(AtomicLong, long)}, and keeps two measures of the FX thread's own CPU,
     * which on a machine whose cores other work holds leave out the time the thread was ready but
     * not running: in {@code busiest} the most it used (ms) while one ping waited, and in
     * {@code longestCpu} the most it used (ns) between two of its answers, the longest stretch of work.
     */
    static void startProbe(AtomicLong longest, AtomicLong busiest, AtomicLong longestCpu, long pauseMillis) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long fx;
        try {
            fx = onFx(() -> Thread.currentThread().getId());
        } catch (Exception e) {
            throw new IllegalStateException("the FX thread does not answer", e);
        }
        long[] lastCpu = {-1};
        Thread probe = new Thread(() -> {
            while (true) {
                long posted = System.nanoTime();
                long cpu = threads.getThreadCpuTime(fx);
                CountDownLatch ran = new CountDownLatch(1);
                Platform.runLater(() -> {
                    longest.accumulateAndGet((System.nanoTime() - posted) / 1_000_000, Math::max);
                    long now = threads.getCurrentThreadCpuTime();
                    busiest.accumulateAndGet((now - cpu) / 1_000_000, Math::max);
                    if (lastCpu[0] >= 0) {
                        longestCpu.accumulateAndGet(now - lastCpu[0], Math::max);
                    }
                    lastCpu[0] = now;
                    ran.countDown();
                });
                try {
                    ran.await();
                    Thread.sleep(pauseMillis);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "fx-probe");
        probe.setDaemon(true);
        probe.start();
    }

    static <T> T onFx(Supplier<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work::get);
        Platform.runLater(task);
        return task.get(300, TimeUnit.SECONDS);
    }

    /** Polls {@code condition} until it holds; a benchmark times what it waits for, so it polls often. */
    static void waitFor(Callable<Boolean> condition, long millis) throws Exception {
        long deadline = System.currentTimeMillis() + millis;
        while (!condition.call()) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("timed out after " + millis + " ms");
            }
            Thread.sleep(10);
        }
    }

    /** The one-minute load average, printed beside every figure. */
    static String load() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[0];
    }
}
