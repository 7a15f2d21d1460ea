package org.masthead.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** What the benchmark's process uses, by thread, between two moments: for {@link WindowBench}'s launch. */
final class ProcessUse {
    private static final ThreadCpu THREAD_CPU = new ThreadCpu();

    private ProcessUse() {
    }

    /**
     * What the whole process used so far, in ns: the CPU of each of its threads (JIT compilers,
     * collector and VM threads included) by kind, the collector's count and time. On two cores the
     * FX thread shares them with the scan, the class warm-up, the JIT compilers and the collector.
     */
    static Map<String, Long> now() {
        Map<String, Long> use = new HashMap<>(THREAD_CPU.byKind());
        use.put("process", ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime());
        for (java.lang.management.GarbageCollectorMXBean gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            use.merge("gc collections", gc.getCollectionCount(), Long::sum);
            use.merge("gc time", gc.getCollectionTime() * 1_000_000, Long::sum);
        }
        return use;
    }

    /** Prints what the process used from {@code from} to {@code to}: CPU by thread kind, and the rest (JIT, GC, VM). */
    static void print(Map<String, Long> from, Map<String, Long> to) {
        if (to == null) {
            return;
        }
        long process = to.get("process") - from.get("process");
        List<Map.Entry<String, Long>> kinds = new ArrayList<>();
        for (Map.Entry<String, Long> e : to.entrySet()) {
            if (e.getKey().startsWith("thread ")) {
                long used = e.getValue() - from.getOrDefault(e.getKey(), 0L);
                kinds.add(Map.entry(e.getKey().substring(7), used));
            }
        }
        kinds.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        StringBuilder top = new StringBuilder();
        for (Map.Entry<String, Long> k : kinds.subList(0, Math.min(9, kinds.size()))) {
            top.append(String.format("%s %d, ", k.getKey(), k.getValue() / 1_000_000));
        }
        System.out.printf("  process CPU until the first rows: %d ms; by thread (from /proc, 10 ms ticks): %s%d collections (%d ms)%n",
                process / 1_000_000, top, to.get("gc collections") - from.get("gc collections"),
                (to.get("gc time") - from.get("gc time")) / 1_000_000);
    }

    /**
     * The CPU time of every thread of the process, as Linux counts it ({@code /proc/self/task}),
     * read every 100 ms so that a thread that ended (the scan's, the warm-up's) keeps what it used.
     */
    private static final class ThreadCpu {
        private final Map<String, long[]> ticks = new java.util.concurrent.ConcurrentHashMap<>();
        private final Map<String, String> names = new java.util.concurrent.ConcurrentHashMap<>();

        ThreadCpu() {
            Thread reader = new Thread(() -> {
                while (true) {
                    read();
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "bench-thread-cpu");
            reader.setDaemon(true);
            if (Files.isDirectory(Path.of("/proc/self/task"))) {
                reader.start();
            }
        }

        private void read() {
            try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
                for (Path task : (Iterable<Path>) tasks::iterator) {
                    try {
                        String stat = Files.readString(task.resolve("stat"));
                        // the name is in brackets and may hold spaces: the fields after it are fixed
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        long used = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                        names.put(task.getFileName().toString(), name);
                        ticks.computeIfAbsent(task.getFileName().toString(), k -> new long[1])[0] = used;
                    } catch (IOException | RuntimeException e) {
                        // the thread ended meanwhile: its last reading stays
                    }
                }
            } catch (IOException e) {
                // no /proc: no figures by thread
            }
        }

        /** Nanoseconds used so far by kind of thread ("thread C2 CompilerThre", "thread GC Thread#"...). */
        Map<String, Long> byKind() {
            read();
            Map<String, Long> kinds = new HashMap<>();
            // 100 ticks a second on Linux
            ticks.forEach((tid, t) -> kinds.merge("thread " + names.get(tid).replaceAll("[-#]?\\d+$", "")
                    .replaceAll("worker-\\d+", "worker"), t[0] * 10_000_000, Long::sum));
            return kinds;
        }
    }
}
