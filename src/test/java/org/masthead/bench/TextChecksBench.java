package org.masthead.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.masthead.seo.FolderReport;
import org.masthead.seo.SeoChecker;
import org.masthead.seo.SeoConfig;
import org.masthead.seo.SeoRules;
import org.masthead.seo.TextRules;

/**
 * The folder check with the text checks (keyphrase, readability, headings, length) against the
 * check without them, side by side in one process: each round runs both, in alternating order,
 * over the same folder, and prints wall and CPU time. The text checks are the only difference
 * ({@code TextRules.ON} against the folder's own rules with them off).
 *
 * <p>Usage: {@code TextChecksBench DIR [ROUNDS]}, DIR written by {@link GenerateArticles}.
 */
public final class TextChecksBench {
    private TextChecksBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        Clock clock = Clock.systemDefaultZone();
        SeoRules off = SeoConfig.load(dir).withText(TextRules.OFF);
        SeoRules on = off.withText(TextRules.ON);
        System.out.printf("%d articles in %s, load average %s%n", SeoChecker.articleFiles(dir).size(), dir, load());
        SeoChecker.checkFolder(dir, off, clock);
        SeoChecker.checkFolder(dir, on, clock);
        List<Double> offMs = new ArrayList<>();
        List<Double> onMs = new ArrayList<>();
        List<Double> offCpu = new ArrayList<>();
        List<Double> onCpu = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            double[] a;
            double[] b;
            if (round % 2 == 0) {
                a = time(dir, off, clock);
                b = time(dir, on, clock);
            } else {
                b = time(dir, on, clock);
                a = time(dir, off, clock);
            }
            offMs.add(a[0]);
            offCpu.add(a[1]);
            onMs.add(b[0]);
            onCpu.add(b[1]);
            System.out.printf("round %d: metadata checks %.0f ms (CPU %.0f ms, %d findings), with text checks %.0f ms "
                    + "(CPU %.0f ms, %d findings), %.2fx wall, load %s%n", round, a[0], a[1], (long) a[2], b[0], b[1],
                    (long) b[2], b[0] / a[0], load());
        }
        System.out.printf("median of %d: without %.0f ms wall, %.0f ms CPU; with %.0f ms wall, %.0f ms CPU; "
                + "ratio %.2fx wall, %.2fx CPU%n", rounds, median(offMs), median(offCpu), median(onMs), median(onCpu),
                median(onMs) / median(offMs), median(onCpu) / median(offCpu));
    }

    private static double[] time(Path dir, SeoRules rules, Clock clock) throws Exception {
        long c = cpu();
        long t = System.nanoTime();
        FolderReport report = SeoChecker.checkFolder(dir, rules, clock);
        return new double[] {(System.nanoTime() - t) / 1e6, (cpu() - c) / 1e6, report.findingCount()};
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static String load() {
        try {
            return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
        } catch (Exception e) {
            return "unknown";
        }
    }
}
