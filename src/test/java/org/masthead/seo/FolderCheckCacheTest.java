package org.masthead.seo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.masthead.seo.Fixtures.ARTICLE;
import static org.masthead.seo.Fixtures.CLOCK;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderCheckCacheTest {
    private static final Instant OLD = Instant.now().minus(1, ChronoUnit.DAYS);

    @TempDir
    Path folder;

    private FolderCheckCache cache;

    @BeforeEach
    void writeFolder() throws Exception {
        for (int i = 1; i <= 5; i++) {
            write("a" + i + ".md", ARTICLE.replace("id: 1001", "id: " + (2000 + i)), OLD);
        }
        cache = new FolderCheckCache(folder);
    }

    private void write(String name, String text, Instant modified) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(modified));
    }

    private FolderReport check(SeoRules rules, Clock clock) throws Exception {
        return cache.check(rules, clock, FolderCheckCache.Progress.NONE);
    }

    @Test
    void aSecondCheckOfAnUnchangedFolderReadsNothing() throws Exception {
        FolderReport first = check(SeoRules.DEFAULTS, CLOCK);
        FolderReport second = check(SeoRules.DEFAULTS, CLOCK);

        assertThat(cache.reads()).isEqualTo(5);
        assertThat(second).isEqualTo(first).isEqualTo(SeoChecker.checkFolder(folder, SeoRules.DEFAULTS, CLOCK));
    }

    @Test
    void equalFindingsOfDifferentArticlesAreKeptOnce() throws Exception {
        // a4 and a5 share title and id with a1-a3: each names the same three others "and 1 more"
        FolderReport report = check(SeoRules.DEFAULTS, CLOCK);

        Finding four = report.findingsFor("a4.md").stream().filter(f -> f.check().equals(Checks.DUPLICATE_TITLE))
                .findFirst().orElseThrow();
        Finding five = report.findingsFor("a5.md").stream().filter(f -> f.check().equals(Checks.DUPLICATE_TITLE))
                .findFirst().orElseThrow();
        assertThat(five).isSameAs(four);
        assertThat(four.message()).contains("a1.md, a2.md, a3.md and 1 more");
        assertThat(report).isEqualTo(SeoChecker.checkFolder(folder, SeoRules.DEFAULTS, CLOCK));
    }

    @Test
    void otherRulesOrAnotherDayReadEveryFileAgain() throws Exception {
        check(SeoRules.DEFAULTS, CLOCK);
        SeoRules fewer = SeoConfig.parse(".masthead.yml", "seo:\n  disabled: [duplicate-title]\n");
        assertThat(check(fewer, CLOCK)).isEqualTo(SeoChecker.checkFolder(folder, fewer, CLOCK));
        assertThat(cache.reads()).isEqualTo(10);

        Clock tomorrow = Clock.offset(CLOCK, Duration.ofDays(1));
        assertThat(check(fewer, tomorrow)).isEqualTo(SeoChecker.checkFolder(folder, fewer, tomorrow));
        assertThat(cache.reads()).isEqualTo(15);
    }

    @Test
    void aFileRewrittenAtTheSameSizeJustAfterItWasReadIsReadAgain() throws Exception {
        // Written now: its modification time may not move when it is written again within the same tick.
        write("a1.md", ARTICLE.replace("id: 1001", "id: 2001"), Instant.now());
        check(SeoRules.DEFAULTS, CLOCK);
        FileTime same = Files.getLastModifiedTime(folder.resolve("a1.md"));
        write("a1.md", ARTICLE.replace("id: 1001", "id: 2002"), same.toInstant());

        FolderReport report = check(SeoRules.DEFAULTS, CLOCK);

        assertThat(report).isEqualTo(SeoChecker.checkFolder(folder, SeoRules.DEFAULTS, CLOCK));
        assertThat(report.findingsFor("a1.md")).extracting(Finding::check).contains("duplicate-id");
    }

    @Test
    void progressCountsUnchangedFilesAsDoneAndEndsAtTheTotal() throws Exception {
        check(SeoRules.DEFAULTS, CLOCK);
        write("a3.md", ARTICLE.replace("id: 1001", "id: 2099"), OLD.plusSeconds(5));
        List<int[]> seen = new ArrayList<>();

        cache.check(SeoRules.DEFAULTS, CLOCK, new FolderCheckCache.Progress() {
            @Override
            public synchronized void advanced(int done, int total) {
                seen.add(new int[] {done, total});
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        });

        assertThat(seen).containsExactly(new int[] {4, 5}, new int[] {5, 5});
    }

    /**
     * Two callers at once (Folder SEO and the list's score columns): the second waits for the
     * first, sees its progress meanwhile, and then reads nothing the first read.
     */
    @Test
    void aCheckThatWaitsForAnotherSeesItsProgressAndReadsNothingAgain() throws Exception {
        java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        FolderCheckCache.Progress holding = new FolderCheckCache.Progress() {
            @Override
            public void advanced(int done, int total) {
            }

            @Override
            public boolean cancelled() {
                held.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return false;
            }
        };
        List<String> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        FolderCheckCache.Progress waiting = new FolderCheckCache.Progress() {
            @Override
            public void advanced(int done, int total) {
                seen.add(done + "/" + total);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = threads.submit(() -> cache.check(SeoRules.DEFAULTS, CLOCK, holding));
            held.await();
            java.util.concurrent.atomic.AtomicReference<Thread> caller = new java.util.concurrent.atomic.AtomicReference<>();
            var second = threads.submit(() -> {
                caller.set(Thread.currentThread());
                return cache.check(SeoRules.DEFAULTS, CLOCK, waiting);
            });
            // until the second caller waits for the first one's check
            while (caller.get() == null || caller.get().getState() != Thread.State.BLOCKED) {
                Thread.onSpinWait();
            }
            release.countDown();

            assertThat(second.get()).isEqualTo(first.get())
                    .isEqualTo(SeoChecker.checkFolder(folder, SeoRules.DEFAULTS, CLOCK));
            assertThat(cache.reads()).isEqualTo(5);
            // its own check starts at 5 of 5, as nothing is left to read: the lower counts are the first check's
            assertThat(seen).contains("1/5", "5/5").last().isEqualTo("5/5");
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
    }

    @Test
    void aCancelledCheckThrowsAndTheNextOneIsStillRight() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        FolderCheckCache.Progress stopAfterTwo = new FolderCheckCache.Progress() {
            @Override
            public void advanced(int done, int total) {
            }

            @Override
            public boolean cancelled() {
                return asked.incrementAndGet() > 2;
            }
        };

        assertThatThrownBy(() -> cache.check(SeoRules.DEFAULTS, CLOCK, stopAfterTwo))
                .isInstanceOf(CancellationException.class);
        assertThat(cache.reads()).isLessThanOrEqualTo(2);

        write("a2.md", ARTICLE, OLD.plusSeconds(9));
        assertThat(check(SeoRules.DEFAULTS, CLOCK)).isEqualTo(SeoChecker.checkFolder(folder, SeoRules.DEFAULTS, CLOCK));
    }

    /** Article {@code n}: an id, title, SEO title, description and url of its own. */
    private static String own(int n, String description) {
        return ARTICLE.replace("id: 1001", "id: " + (3000 + n))
                .replace("Hash Table Collision Handling | Samples", "Hash Table Kind " + n + " | Samples")
                .replace("How does a hash table handle collisions?", "How does a hash table of kind " + n + " work?")
                .replace("Hash tables resolve collisions", description)
                .replace("url: /learn/computer-science/questions/how-does-a-hash-table-handle-collisions",
                        "url: /learn/computer-science/questions/kind-" + n);
    }

    @Test
    void onlyTheArticlesThatShareAKeyWithAChangedOneAreJudgedAgainstTheFolderAgain() throws Exception {
        for (int i = 1; i <= 5; i++) {
            Files.delete(folder.resolve("a" + i + ".md"));
            write("b" + i + ".md", own(i, "Tables number " + i + " resolve collisions"), OLD);
        }
        check(SeoRules.DEFAULTS, CLOCK);
        assertThat(cache.judgedAfresh()).isEqualTo(5);

        write("b3.md", own(3, "Tables number three resolve collisions"), OLD.plusSeconds(1));
        assertThat(check(SeoRules.DEFAULTS, CLOCK)).isEqualTo(SeoChecker.checkFolder(folder, SeoRules.DEFAULTS, CLOCK));
        assertThat(cache.judgedAfresh()).isEqualTo(1);

        // b3 takes b1's id: b1 now has a duplicate without being read again.
        write("b3.md", own(3, "Tables number three resolve collisions").replace("id: 3003", "id: 3001"),
                OLD.plusSeconds(2));
        FolderReport report = check(SeoRules.DEFAULTS, CLOCK);
        assertThat(report).isEqualTo(SeoChecker.checkFolder(folder, SeoRules.DEFAULTS, CLOCK));
        assertThat(cache.judgedAfresh()).isEqualTo(2);
        assertThat(report.findingsFor("b1.md")).extracting(Finding::check).contains("duplicate-id");

        Files.delete(folder.resolve("b3.md"));
        report = check(SeoRules.DEFAULTS, CLOCK);
        assertThat(report).isEqualTo(SeoChecker.checkFolder(folder, SeoRules.DEFAULTS, CLOCK));
        assertThat(report.findingsFor("b1.md")).extracting(Finding::check).doesNotContain("duplicate-id");
        assertThat(cache.reads()).isEqualTo(7);
    }

    @Test
    void aFileRenamedOverAnotherOfTheSameSizeAndTimeIsReadAgain() throws Exception {
        // a1 and a2 differ only in their id's last digit: the same size, and here the same time.
        check(SeoRules.DEFAULTS, CLOCK);
        Files.move(folder.resolve("a2.md"), folder.resolve("a1.md"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        FolderReport report = check(SeoRules.DEFAULTS, CLOCK);

        assertThat(report).isEqualTo(SeoChecker.checkFolder(folder, SeoRules.DEFAULTS, CLOCK));
        assertThat(report.articles()).extracting(ArticleFacts::id).contains("2002").doesNotContain("2001");
    }

    @Test
    void aLinkedArticleIsReadAgainWhenTheFileItPointsAtChanges(@TempDir Path elsewhere) throws Exception {
        Path target = elsewhere.resolve("shared.md");
        Files.writeString(target, ARTICLE.replace("id: 1001", "id: 2100"));
        Files.setLastModifiedTime(target, FileTime.from(OLD));
        Path link = Files.createSymbolicLink(folder.resolve("linked.md"), target);
        // The link's own time is old too, so only the target's change can tell the cache to read it.
        Files.getFileAttributeView(link, java.nio.file.attribute.BasicFileAttributeView.class,
                java.nio.file.LinkOption.NOFOLLOW_LINKS).setTimes(FileTime.from(OLD), null, null);
        check(SeoRules.DEFAULTS, CLOCK);

        Files.writeString(target, ARTICLE.replace("id: 1001", "id: 2001"));
        Files.setLastModifiedTime(target, FileTime.from(OLD.plusSeconds(3)));
        FolderReport report = check(SeoRules.DEFAULTS, CLOCK);

        assertThat(report).isEqualTo(SeoChecker.checkFolder(folder, SeoRules.DEFAULTS, CLOCK));
        assertThat(report.findingsFor("linked.md")).extracting(Finding::check).contains("duplicate-id");
        assertThat(cache.reads()).isEqualTo(7);
    }
}
