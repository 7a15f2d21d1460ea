package org.masthead.seo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.seo.Fixtures.ARTICLE;
import static org.masthead.seo.Fixtures.CLOCK;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random creates, rewrites and deletes on a real folder: after each, the cache's report equals a
 * fresh {@link SeoChecker#checkFolder} of the same folder, and the cache read exactly the files
 * written since its last check (plus those with a future date, which are judged afresh).
 */
class FolderCheckCachePropertyTest {
    private static final List<String> PATHS = List.of("a.md", "b.md", "sub/c.md", "sub/d.markdown", "e.md",
            "deep/x/f.md");

    /** Articles that clash with each other in ids, titles, descriptions and related links, and some that do not parse. */
    private static final List<String> CONTENTS = List.of(
            ARTICLE,
            ARTICLE.replace("id: 1001", "id: 1002"),
            ARTICLE.replace("id: 1001", "id: 1003").replace("How does a hash table", "Why does a hash table"),
            ARTICLE.replace("id: 1001", "id: 1002").replace("what-is-binary-search", "how-does-a-hash-table-handle-collisions"),
            ARTICLE.replace("id: 1001", "id: 1004").replace("id: 1002", "id: 1004"),
            ARTICLE.replace("date: 2024-05-01", "date: 2031-02-03").replace("id: 1001", "id: 1005"),
            ARTICLE.replace("date: 2024-05-01", "date: someday"),
            ARTICLE.replace("title: How does", "title: [How does"),
            ARTICLE.replace("url: /learn/computer-science/questions/how-does-a-hash-table-handle-collisions",
                    "url: /learn/computer-science/questions/what-is-binary-search").replace("id: 1001", "id: 1002"),
            "no front matter at all\n");

    sealed interface Step permits Write, Delete, Move {
    }

    /** A rename, over the target if it exists; the file keeps its size and modification time. */
    record Move(int from, int to) implements Step {
    }

    record Write(int path, int content) implements Step {
    }

    record Delete(int path) implements Step {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> write = Combinators.combine(Arbitraries.integers().between(0, PATHS.size() - 1),
                Arbitraries.integers().between(0, CONTENTS.size() - 1)).as(Write::new);
        Arbitrary<Step> delete = Arbitraries.integers().between(0, PATHS.size() - 1).map(Delete::new);
        Arbitrary<Step> move = Combinators.combine(Arbitraries.integers().between(0, PATHS.size() - 1),
                Arbitraries.integers().between(0, PATHS.size() - 1)).as(Move::new);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, write), net.jqwik.api.Tuple.of(1, delete),
                        net.jqwik.api.Tuple.of(1, move))
                .list().ofMinSize(1).ofMaxSize(25);
    }

    @Property(tries = 60)
    void theCachedReportEqualsAFreshCheckAfterEveryChange(@ForAll("steps") List<Step> steps) throws IOException {
        Path folder = Files.createTempDirectory("masthead-cache");
        try {
            FolderCheckCache cache = new FolderCheckCache(folder);
            // Every write gets its own modification time, well in the past, as a file system's clock gives.
            Instant time = Instant.now().minus(1, ChronoUnit.DAYS);
            FolderReport last = cache.check(SeoRules.DEFAULTS, CLOCK, FolderCheckCache.Progress.NONE);
            Set<String> written = new HashSet<>();
            for (Step step : steps) {
                time = time.plusSeconds(1);
                apply(folder, step, time, written);
                long before = cache.reads();
                FolderReport cached = cache.check(SeoRules.DEFAULTS, CLOCK, FolderCheckCache.Progress.NONE);

                assertThat(cached).isEqualTo(SeoChecker.checkFolder(folder, SeoRules.DEFAULTS, CLOCK));
                Set<String> expected = new HashSet<>(written);
                last.findings().forEach((path, list) -> {
                    if (list.stream().anyMatch(f -> f.check().equals(Checks.DATE_FUTURE))) {
                        expected.add(path);
                    }
                });
                expected.retainAll(present(folder));
                assertThat(cache.reads() - before).isEqualTo(expected.size());
                written.clear();
                last = cached;
            }
        } finally {
            delete(folder);
        }
    }

    private static void apply(Path folder, Step step, Instant time, Set<String> written) throws IOException {
        if (step instanceof Write w) {
            Path file = folder.resolve(PATHS.get(w.path()));
            Files.createDirectories(file.getParent());
            Files.writeString(file, CONTENTS.get(w.content()));
            Files.setLastModifiedTime(file, FileTime.from(time));
            written.add(PATHS.get(w.path()));
        } else if (step instanceof Delete d) {
            Files.deleteIfExists(folder.resolve(PATHS.get(d.path())));
            written.remove(PATHS.get(d.path()));
        } else if (step instanceof Move m && m.from() != m.to() && Files.exists(folder.resolve(PATHS.get(m.from())))) {
            Path to = folder.resolve(PATHS.get(m.to()));
            Files.createDirectories(to.getParent());
            Files.move(folder.resolve(PATHS.get(m.from())), to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            written.remove(PATHS.get(m.from()));
            written.add(PATHS.get(m.to()));
        }
    }

    private static Set<String> present(Path folder) throws IOException {
        Set<String> paths = new HashSet<>();
        for (Path file : SeoChecker.articleFiles(folder)) {
            paths.add(SeoChecker.relative(folder, file));
        }
        return paths;
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
