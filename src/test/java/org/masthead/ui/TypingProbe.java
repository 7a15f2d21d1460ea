package org.masthead.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import javafx.application.Platform;

/** Posts a task to the FX thread every 5 ms and records how late each one runs. */
final class TypingProbe {
    // the FX thread, set once JavaFX is up
    static volatile Thread fxThread;

    private final List<Double> delays = java.util.Collections.synchronizedList(new ArrayList<>());
    // the FX thread's own CPU time between a post and its run: the stall less the waits for a core
    private final List<Double> cpuDelays = java.util.Collections.synchronizedList(new ArrayList<>());
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread = new Thread(this::run, "bench-probe");

    private final String phase;

    private TypingProbe(String phase) {
        this.phase = phase;
    }

    static TypingProbe start(String phase) {
        TypingProbe probe = new TypingProbe(phase);
        probe.thread.setDaemon(true);
        probe.thread.start();
        return probe;
    }

    // when the probe still waiting to run was posted, or 0
    private final AtomicLong pending = new AtomicLong();
    // -Dbench.why=true: the FX thread's stack 30 ms into a stall, printed if it passes 50 ms
    private static final boolean WHY = Boolean.getBoolean("bench.why");
    private volatile String sampled;

    /** The top frames, and ours and RichTextFX's below them. */
    private static String frames(StackTraceElement[] stack) {
        StringBuilder out = new StringBuilder();
        int kept = 0;
        for (int i = 0; i < stack.length && kept < 8; i++) {
            String frame = stack[i].getClassName() + "." + stack[i].getMethodName();
            if (i < 3 || frame.startsWith("org.masthead") || frame.startsWith("org.fxmisc.richtext")) {
                out.append(" | ").append(frame);
                kept++;
            }
        }
        return out.toString();
    }

    private void run() {
        while (running.get()) {
            long posted = System.nanoTime();
            long postedCpu = fxThread == null ? -1 : CPU.getThreadCpuTime(fxThread.getId());
            if (pending.compareAndSet(0, posted)) {
                Platform.runLater(() -> {
                    double delay = (System.nanoTime() - posted) / 1e6;
                    delays.add(delay);
                    if (postedCpu >= 0) {
                        cpuDelays.add((CPU.getCurrentThreadCpuTime() - postedCpu) / 1e6);
                    }
                    pending.set(0);
                    if (delay > 50 && sampled != null) {
                        System.out.printf("stall %.0f ms %s, ended %.3f s after the JVM started:%s%n", delay, phase,
                                java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1e3, sampled);
                    }
                    sampled = null;
                });
            }
            long late = pending.get();
            if (WHY && late != 0 && sampled == null && fxThread != null
                    && System.nanoTime() - late > TimeUnit.MILLISECONDS.toNanos(30)) {
                sampled = frames(fxThread.getStackTrace());
            }
            long waiting = pending.get();
            if (fxThread != null && Boolean.getBoolean("bench.stalls") && waiting != 0
                    && System.nanoTime() - waiting > TimeUnit.MILLISECONDS.toNanos(Long.getLong("bench.stallMs", 150))) {
                // -Dbench.stalls=true: what the FX thread is doing during a long stall
                StringBuilder trace = new StringBuilder("stall sample:");
                StackTraceElement[] stack = fxThread.getStackTrace();
                for (int i = 0; i < Math.min(30, stack.length); i++) {
                    trace.append("\n    ").append(stack[i]);
                }
                System.out.println(trace);
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
    }

    /** The delays so far, counting the probe still waiting: a stall lasting to now is a stall too. */
    private double[] sorted() {
        long waiting = pending.get();
        double[] out;
        synchronized (delays) {
            out = new double[delays.size() + (waiting != 0 ? 1 : 0)];
            for (int i = 0; i < delays.size(); i++) {
                out[i] = delays.get(i);
            }
        }
        if (waiting != 0) {
            out[out.length - 1] = (System.nanoTime() - waiting) / 1e6;
        }
        Arrays.sort(out);
        return out;
    }

    void stop() throws InterruptedException {
        running.set(false);
        thread.join();
    }

    double max() {
        double[] sorted = sorted();
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];
    }

    /** The FX thread's CPU time during the probes' waits: longest and 99th percentile, "max, p99". */
    String cpu() {
        double[] sorted;
        synchronized (cpuDelays) {
            sorted = cpuDelays.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        }
        return sorted.length == 0 ? "-" : String.format("%.0f, %.0f", sorted[sorted.length - 1],
                RenderBench.percentile(sorted, 99));
    }

    double percentile(int p) {
        double[] sorted = sorted();
        return sorted.length == 0 ? Double.NaN : RenderBench.percentile(sorted, p);
    }
}
