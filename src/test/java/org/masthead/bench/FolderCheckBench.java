package org.masthead.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.masthead.document.DocumentException;
import org.masthead.seo.FolderCheckCache;
import org.masthead.seo.FolderReport;
import org.masthead.seo.SeoChecker;
import org.masthead.seo.SeoConfig;
import org.masthead.seo.SeoRules;

/**
 * Re-analysing a folder after one file changed, the way the Folder SEO pane does it: a full
 * re-check ({@link SeoChecker#checkFolder}, what the pane did before) against the kept results
 * of {@link FolderCheckCache}, side by side in one run. Each round rewrites one article (a new
 * title), then times both, in alternating order, and checks that their reports are equal.
 *
 * <p>Usage: {@code FolderCheckBench DIR [ROUNDS]}, DIR written by {@link GenerateArticles}.
 */
public final class FolderCheckBench {
    private FolderCheckBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        Clock clock = Clock.systemDefaultZone();
        List<Path> files = SeoChecker.articleFiles(dir);
        System.out.printf("%d articles in %s, load average %s%n", files.size(), dir, loadAverage());

        FolderCheckCache cache = new FolderCheckCache(dir);
        long t = System.nanoTime();
        full(dir, clock);
        System.out.printf("warm-up full check: %.0f ms%n", ms(t));
        t = System.nanoTime();
        incremental(cache, dir, clock);
        System.out.printf("first cached check (reads every file): %.0f ms, %d reads%n", ms(t), cache.reads());

        List<Double> fullMs = new ArrayList<>();
        List<Double> incrementalMs = new ArrayList<>();
        List<Double> fullCpu = new ArrayList<>();
        List<Double> incrementalCpu = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            Path changed = files.get((round * 7919) % files.size());
            String text = Files.readString(changed);
            Files.writeString(changed, text.replaceFirst("(?m)^title: ", "title: Changed " + round + " "));
            long readsBefore = cache.reads();
            FolderReport a;
            FolderReport b;
            double f;
            double i;
            double fCpu;
            double iCpu;
            if (round % 2 == 0) {
                long c = cpu();
                t = System.nanoTime();
                a = full(dir, clock);
                f = ms(t);
                fCpu = (cpu() - c) / 1e6;
                c = cpu();
                t = System.nanoTime();
                b = incremental(cache, dir, clock);
                i = ms(t);
                iCpu = (cpu() - c) / 1e6;
            } else {
                long c = cpu();
                t = System.nanoTime();
                b = incremental(cache, dir, clock);
                i = ms(t);
                iCpu = (cpu() - c) / 1e6;
                c = cpu();
                t = System.nanoTime();
                a = full(dir, clock);
                f = ms(t);
                fCpu = (cpu() - c) / 1e6;
            }
            if (!a.equals(b)) {
                throw new AssertionError("round " + round + ": the reports differ");
            }
            fullMs.add(f);
            incrementalMs.add(i);
            fullCpu.add(fCpu);
            incrementalCpu.add(iCpu);
            System.out.printf("round %d: full %.0f ms (CPU %.0f ms), incremental %.0f ms (CPU %.0f ms, %d files read, "
                    + "%d judged afresh), %d findings, load %s%n", round, f, fCpu, i, iCpu, cache.reads() - readsBefore,
                    cache.judgedAfresh(), a.findingCount(), loadAverage());
        }
        System.out.printf("median of %d: full %.0f ms wall, %.0f ms CPU; incremental %.0f ms wall, %.0f ms CPU%n",
                rounds, median(fullMs), median(fullCpu), median(incrementalMs), median(incrementalCpu));
    }

    private static FolderReport full(Path dir, Clock clock) throws IOException, DocumentException {
        return SeoChecker.checkFolder(dir, SeoConfig.load(dir), clock);
    }

    private static FolderReport incremental(FolderCheckCache cache, Path dir, Clock clock)
            throws IOException, DocumentException {
        SeoRules rules = SeoConfig.load(dir);
        return cache.check(rules, clock, FolderCheckCache.Progress.NONE);
    }

    /** CPU time of the whole process, all threads, in nanoseconds. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double ms(long since) {
        return (System.nanoTime() - since) / 1e6;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static String loadAverage() {
        try {
            return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
