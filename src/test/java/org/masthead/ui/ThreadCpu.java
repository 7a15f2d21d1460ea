package org.masthead.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time of each thread of this process, native ones included (WebKit's, the JIT's, the GC's),
 * read from Linux's /proc: the benchmarks use it to see which threads compete for the cores.
 */
final class ThreadCpu {
    private static final double MS_PER_TICK = 10;

    private ThreadCpu() {
    }

    /** CPU ticks by thread name (threads of one name summed); empty where /proc is missing. */
    static Map<String, Long> now() {
        Map<String, Long> ticks = new HashMap<>();
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return ticks;
        }
        try (Stream<Path> list = Files.list(tasks)) {
            list.forEach(task -> {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    // the name is in parentheses and may hold spaces; the fields after it are fixed
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long used = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    ticks.merge(name.replaceAll("[0-9]+$", "#"), used, Long::sum);
                } catch (IOException | RuntimeException e) {
                    // the thread ended while being read
                }
            });
        } catch (IOException e) {
            return ticks;
        }
        return ticks;
    }

    /** Milliseconds of CPU that the threads named {@code name} took since {@code before}. */
    static long msOf(Map<String, Long> before, String name) {
        return Math.round((now().getOrDefault(name, 0L) - before.getOrDefault(name, 0L)) * MS_PER_TICK);
    }

    /** Milliseconds of CPU by thread since {@code before}, largest first, those over 20 ms. */
    static String since(Map<String, Long> before) {
        Map<String, Long> after = now();
        Map<String, Long> used = new LinkedHashMap<>();
        after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() * MS_PER_TICK > 20)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> used.put(e.getKey(), Math.round(e.getValue() * MS_PER_TICK)));
        return used.toString();
    }
}
