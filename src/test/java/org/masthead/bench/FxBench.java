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
        startProbe(longest, new AtomicLong(), pauseMillis);
    }

    /**
     * {@link #startProbe(AtomicLong, long)}, and keeps in {@code longestCpu} the most CPU time (ns)
     * the FX thread used between two of its answers: the longest stretch of work, without the
     * time the thread waited for a core.
     */
    static void startProbe(AtomicLong longest, AtomicLong longestCpu, long pauseMillis) {
        long[] lastCpu = {-1};
        Thread probe = new Thread(() -> {
            while (true) {
                long posted = System.nanoTime();
                CountDownLatch ran = new CountDownLatch(1);
                Platform.runLater(() -> {
                    longest.accumulateAndGet((System.nanoTime() - posted) / 1_000_000, Math::max);
                    long cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                    if (lastCpu[0] >= 0) {
                        longestCpu.accumulateAndGet(cpu - lastCpu[0], Math::max);
                    }
                    lastCpu[0] = cpu;
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
