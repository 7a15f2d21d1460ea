package org.masthead.bench;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.masthead.content.FolderScan;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;

/**
 * In-process timings behind the choice of a fast scanner: the folder scan against a SnakeYAML
 * compose of every file's front matter (read + compose, same parallelism), cold and warm.
 *
 * <p>Usage: {@code ScanBench DIR [ROUNDS]}, DIR a flat folder of reference-format articles.
 */
public final class ScanBench {
    private ScanBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        for (int r = 1; r <= rounds; r++) {
            long t0 = System.nanoTime();
            AtomicInteger entries = new AtomicInteger();
            long[] first = {0};
            FolderScan.start(dir, (batch, p) -> {
                if (first[0] == 0) {
                    first[0] = System.nanoTime();
                }
                entries.addAndGet(batch.size());
            }).await();
            System.out.printf("round %d: scan %d files in %d ms (first batch after %d ms)%n", r, entries.get(),
                    (System.nanoTime() - t0) / 1_000_000, (first[0] - t0) / 1_000_000);
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*.md")) {
            s.forEach(files::add);
        }
        for (int r = 1; r <= rounds; r++) {
            long t0 = System.nanoTime();
            long keys = files.parallelStream().mapToLong(ScanBench::composeFrontMatter).sum();
            System.out.printf("round %d: SnakeYAML compose of %d front matters (%d top-level keys) in %d ms%n", r,
                    files.size(), keys, (System.nanoTime() - t0) / 1_000_000);
        }
    }

    private static long composeFrontMatter(Path file) {
        try {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            int close = text.indexOf("\n---", 3);
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            MappingNode node = (MappingNode) new Yaml(options).compose(new StringReader(text.substring(4, close + 1)));
            return node.getValue().size();
        } catch (Exception e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }
}
