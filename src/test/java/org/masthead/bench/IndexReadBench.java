package org.masthead.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.masthead.content.ArticleReader;
import org.masthead.content.EntryDetail;

/**
 * The index's reading of files already in memory, on one thread, so that only the front-matter
 * reader is measured: no disk, no thread pool. It reports the thread's CPU time, which other
 * processes on a loaded machine disturb far less than wall time.
 *
 * <p>Usage: {@code IndexReadBench DIR [ROUNDS]}; DIR a folder of articles (see {@link GenerateArticles}).
 * Run it with the flags of the short commands ({@code -XX:TieredStopAtLevel=1}) to see what
 * {@code bin/masthead list} pays, or without them for the window's JIT.
 */
public final class IndexReadBench {
    private IndexReadBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<byte[]> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                files.add(Files.readAllBytes(p));
            }
        }
        Method read = ArticleReader.class.getDeclaredMethod("read", String.class, byte[].class, int.class, EntryDetail.class);
        read.setAccessible(true);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (EntryDetail detail : EntryDetail.values()) {
            for (int r = 1; r <= rounds; r++) {
                long cpu = threads.getCurrentThreadCpuTime();
                long ok = 0;
                for (byte[] bytes : files) {
                    Object entry = read.invoke(null, "a.md", bytes, bytes.length, detail);
                    ok += entry.hashCode() & 1;
                }
                System.out.printf("%s round %d: %d files in %d ms CPU (%d)%n", detail, r, files.size(),
                        (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000, ok);
            }
        }
    }
}
