package org.masthead.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.masthead.content.ArticleFiles;
import org.masthead.content.batch.Batch;
import org.masthead.content.batch.BatchFiles;
import org.masthead.content.batch.FolderReplace;

/**
 * Folder-wide changes against their yardsticks (issue 19):
 * <ul>
 * <li>the preview of a replace ({@code masthead replace … --dry-run}, the unified diff of every
 * file it would change) against {@code masthead list} of the same folder, both as whole
 * processes with {@code bin/masthead}'s JVM flags, output discarded;</li>
 * <li>applying a batch of 10,000 file changes ({@code BatchFiles.apply}: conflict check, journal,
 * atomic writes, fsync) against {@code cp -r} of those files.</li>
 * </ul>
 * Articles come from {@link GenerateArticles} (reference format, about 6 KB each).
 *
 * <p>Usage: {@code BatchBench DIR COUNT [ROUNDS]}: generates COUNT articles in DIR/articles unless
 * they are there, then runs each measurement ROUNDS times (default 3), alternating.
 */
public final class BatchBench {
    private static final int APPLY_FILES = 10_000;

    private BatchBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path articles = dir.resolve("articles");
        if (!Files.isDirectory(articles) || ArticleFiles.under(articles).size() != count) {
            GenerateArticles.main(new String[] {articles.toString(), Integer.toString(count)});
        }
        System.out.printf("%d articles in %s; load average %s%n", count, articles, FxBench.load());
        preview(articles, rounds);
        apply(dir, articles, rounds);
        System.out.printf("load average at the end %s%n", FxBench.load());
    }

    private static void preview(Path articles, int rounds) throws Exception {
        String[][] commands = {
            {"list", articles.toString()},
            {"replace", articles.toString(), "QuickTakes |", "QT |", "--field", "seo.title", "--dry-run"},
            {"replace", articles.toString(), "Bayesian Markov", "Bayesian–Markov", "--dry-run"},
        };
        List<List<Long>> times = new ArrayList<>();
        List<List<Long>> cpu = new ArrayList<>();
        for (String[] ignored : commands) {
            times.add(new ArrayList<>());
            cpu.add(new ArrayList<>());
        }
        for (int round = 0; round < rounds; round++) {
            StringBuilder line = new StringBuilder("round " + (round + 1) + " (load " + FxBench.load() + "):");
            for (int i = 0; i < commands.length; i++) {
                long cpuBefore = childrenCpuMs();
                long ms = runMasthead(commands[i]);
                long cpuMs = childrenCpuMs() - cpuBefore;
                times.get(i).add(ms);
                cpu.get(i).add(cpuMs);
                line.append(' ').append(commands[i][0]).append(' ').append(ms).append(" ms (cpu ").append(cpuMs).append(')');
            }
            System.out.println(line.append(" (list, then the replaces in order)"));
        }
        double list = best(times.get(0));
        double listMedian = median(times.get(0));
        double listCpu = median(cpu.get(0));
        for (int i = 0; i < commands.length; i++) {
            System.out.printf("preview  %-80s best %6d ms  median %6d ms  best/list %.2f  median/list %.2f  cpu median %6d ms, /list %.2f%n",
                    String.join(" ", commands[i]), best(times.get(i)), median(times.get(i)), best(times.get(i)) / list,
                    median(times.get(i)) / listMedian, median(cpu.get(i)), median(cpu.get(i)) / listCpu);
        }
    }

    private static void apply(Path dir, Path articles, int rounds) throws Exception {
        List<Path> all = ArticleFiles.under(articles);
        List<Path> chosen = all.subList(0, Math.min(APPLY_FILES, all.size()));
        Path source = dir.resolve("apply-source");
        delete(source);
        Files.createDirectories(source);
        for (Path file : chosen) {
            Files.copy(file, source.resolve(file.getFileName()));
        }
        List<Long> cp = new ArrayList<>();
        List<Long> batch = new ArrayList<>();
        List<Long> cpCpu = new ArrayList<>();
        List<Long> batchCpu = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            Path copy = dir.resolve("cp-" + round);
            delete(copy);
            long cpuBefore = childrenCpuMs();
            long start = System.nanoTime();
            run(List.of("cp", "-r", source.toString(), copy.toString()));
            cp.add((System.nanoTime() - start) / 1_000_000);
            cpCpu.add(childrenCpuMs() - cpuBefore);

            Path folder = dir.resolve("batch-" + round);
            delete(folder);
            run(List.of("cp", "-r", source.toString(), folder.toString()));
            FolderReplace.Query q = new FolderReplace.Query("QuickTakes |", "QT |", false, FolderReplace.Scope.FIELD, "seo.title");
            Batch planned = FolderReplace.plan(folder, ArticleFiles.under(folder), q, Set.of());
            long ownBefore = ownCpuMs();
            start = System.nanoTime();
            BatchFiles.apply(folder, planned);
            batch.add((System.nanoTime() - start) / 1_000_000);
            batchCpu.add(ownCpuMs() - ownBefore);
            if (planned.changes().size() != chosen.size()) {
                throw new IllegalStateException("planned " + planned.changes().size() + " changes");
            }
            System.out.printf("round %d (load %s): cp -r %d ms (cpu %d), BatchFiles.apply %d ms (cpu %d), apply/cp %.2f%n",
                    round + 1, FxBench.load(), cp.get(round), cpCpu.get(round), batch.get(round), batchCpu.get(round),
                    (double) batch.get(round) / cp.get(round));
            delete(copy);
            delete(folder);
        }
        System.out.printf("apply    cp -r of %d files                                    best %6d ms  median %6d ms%n",
                chosen.size(), best(cp), median(cp));
        System.out.printf("apply    BatchFiles.apply of %d changes                         best %6d ms  median %6d ms  best/cp %.2f"
                + "  median/cp %.2f%n", chosen.size(), best(batch), median(batch), (double) best(batch) / best(cp),
                (double) median(batch) / median(cp));
        delete(source);
    }

    /**
     * CPU time (user and system, ms) of the children this process has waited for, from
     * {@code /proc/self/stat}; with the machine shared, a child's CPU time says what its work
     * costs better than its wall time, which depends on who else runs. -1 where there is no /proc.
     */
    static long childrenCpuMs() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after the name: state is field 3, so cutime (16) and cstime (17) are at 13 and 14 here
            return (Long.parseLong(f[13]) + Long.parseLong(f[14])) * 10; // clock ticks of 10 ms on Linux
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** CPU time of this process so far (every thread), in ms. */
    static long ownCpuMs() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
    }

    /** Wall time of {@code masthead ARGS} as {@code bin/masthead} runs a command, in ms. */
    private static long runMasthead(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                "org.masthead.App"));
        command.addAll(List.of(args));
        long start = System.nanoTime();
        run(command);
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int code = p.waitFor();
        if (code != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited " + code);
        }
    }

    private static long best(List<Long> times) {
        return Collections.min(times);
    }

    private static long median(List<Long> times) {
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Collections.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
