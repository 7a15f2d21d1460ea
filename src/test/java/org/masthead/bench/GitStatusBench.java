package org.masthead.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.masthead.content.git.GitRepository;

/**
 * Git status of a large repository through {@link GitRepository}: the first status after opening
 * it, the next ones, and the refresh of one file the watcher saw change (what the window runs).
 * The repository is made beforehand (see docs/benchmarks.md, "Git status"); run with
 * {@code java -cp <test class path> org.masthead.bench.GitStatusBench REPO}.
 */
public final class GitStatusBench {
    private GitStatusBench() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        long t0 = System.nanoTime();
        try (GitRepository repo = GitRepository.find(root).orElseThrow()) {
            GitRepository.Snapshot first = repo.status();
            report("first status (open + status)", t0, first);
            for (int i = 0; i < 5; i++) {
                long t = System.nanoTime();
                report("status again #" + (i + 1), t, repo.status());
            }
            Path file = Files.list(root.resolve("s050")).sorted().findFirst().orElseThrow();
            String before = Files.readString(file);
            Files.writeString(file, before + "edited\n");
            try {
                for (int i = 0; i < 5; i++) {
                    long t = System.nanoTime();
                    report("refresh of the one changed file #" + (i + 1), t, repo.refresh(first, List.of(file)));
                }
                long t = System.nanoTime();
                report("full status with the change", t, repo.status());
            } finally {
                Files.writeString(file, before);
            }
        }
    }

    private static void report(String what, long start, GitRepository.Snapshot s) {
        System.out.printf("%-40s %7.0f ms  (%d changed, branch %s)%n", what, (System.nanoTime() - start) / 1e6,
                s.changed().size(), s.branch());
    }
}
