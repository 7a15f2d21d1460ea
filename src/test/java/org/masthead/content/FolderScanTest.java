package org.masthead.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.masthead.testing.TestCorpus;

class FolderScanTest {
    @TempDir
    Path dir;

    private ContentIndex load(Path folder) throws InterruptedException {
        ContentIndex index = new ContentIndex(folder);
        index.loadAndWait();
        return index;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @MethodSource("org.masthead.testing.TestCorpus#roots")
    void indexesTheCorpus(Path corpus) throws Exception {
        TestCorpus.copy(corpus.resolve("quicktakes"), dir.resolve("quicktakes"));
        TestCorpus.copy(corpus.resolve("hugo-docs"), dir.resolve("hugo-docs"));
        long markdownFiles;
        try (Stream<Path> all = Files.walk(dir)) {
            markdownFiles = all.filter(p -> p.toString().endsWith(".md")).count();
        }
        ContentIndex index = load(dir);
        assertThat(index.counts().total()).isEqualTo(markdownFiles).isGreaterThan(20);
        if (TestCorpus.isShared(corpus)) {
            assertThat(markdownFiles).isEqualTo(TestCorpus.SHARED_QUICKTAKES + TestCorpus.SHARED_HUGO_DOCS);
        }

        IndexEntry cross = index.get("quicktakes/how-is-the-cross-product-calculated-between-two-vectors.md").orElseThrow();
        assertThat(cross.ok()).isTrue();
        assertThat(cross.id()).isEqualTo("30141");
        assertThat(cross.date()).isEqualTo("2024-11-23");
        assertThat(cross.subject()).isEqualTo("Physics");
        assertThat(cross.title()).isEqualTo("How is the cross product calculated between two vectors?");
        assertThat(cross.related()).containsExactly(new IndexEntry.RelatedRef(1, "30138",
                "/learn/mathematics/questions/what-are-the-common-applications-of-the-dot-product-in-various-fields"));

        IndexEntry home = index.get("hugo-docs/_index.md").orElseThrow();
        assertThat(home.title()).isEqualTo("The world's fastest framework for building websites");
        assertThat(home.seoDescription()).startsWith("Hugo is one of the most popular open-source static site generators.");
        assertThat(index.get("hugo-docs/quick-reference/glossary/string.md").orElseThrow().title()).isEqualTo("string");
        assertThat(index.maxId()).isEqualTo(189085);
        // Files the fast scanner leaves to the full parser (flow lists here) read just as well.
        assertThat(index.get("hugo-docs/shortcodes/highlight.md").orElseThrow().title()).isEqualTo("Highlight shortcode");
        assertThat(index.entries()).filteredOn(e -> e.path().startsWith("quicktakes/")).allMatch(IndexEntry::ok);
    }

    @Test
    void indexesTheSamples() throws Exception {
        Path samples = Path.of(System.getProperty("masthead.samples", "samples"));
        long visibleArticles;
        try (Stream<Path> all = Files.walk(samples)) {
            visibleArticles = all.map(samples::relativize)
                    .filter(rel -> FolderScan.isArticleName(rel.getFileName().toString()))
                    .filter(rel -> Stream.iterate(rel, p -> p != null, Path::getParent)
                            .noneMatch(p -> p.getFileName().toString().startsWith(".")))
                    .count();
        }
        ContentIndex index = load(samples);
        assertThat(index.counts().total()).isEqualTo(visibleArticles).isPositive();
    }

    @Test
    void skipsHiddenFoldersAndFilesAndOtherExtensions() throws Exception {
        write(dir.resolve("a.md"), """
                ---
                title: A
                ---
                """);
        write(dir.resolve("sub/b.markdown"), """
                ---
                title: B
                ---
                """);
        write(dir.resolve("sub/C.MD"), "no front matter");
        write(dir.resolve(".git/d.md"), """
                ---
                title: D
                ---
                """);
        write(dir.resolve("sub/.cache/e.md"), """
                ---
                title: E
                ---
                """);
        write(dir.resolve(".f.md"), """
                ---
                title: F
                ---
                """);
        write(dir.resolve("g.txt"), """
                ---
                title: G
                ---
                """);
        ContentIndex index = load(dir);
        assertThat(index.entries()).extracting(IndexEntry::path).containsExactly("a.md", "sub/C.MD", "sub/b.markdown");
        assertThat(index.get("sub/b.markdown").orElseThrow().title()).isEqualTo("B");
    }

    @Test
    void listsBinaryFilesWithAProblem() throws Exception {
        byte[] bytes = "---\ntitle: x\n---\n\0\1\2".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve("image.md"), bytes);
        IndexEntry e = load(dir).get("image.md").orElseThrow();
        assertThat(e.ok()).isFalse();
        assertThat(e.problem().message()).contains("binary").contains("offset 17");
        assertThat(e.title()).isEmpty();
    }

    @Test
    @Timeout(30)
    void survivesSymlinkLoopsAndEntersEachFolderOnce() throws Exception {
        write(dir.resolve("sub/a.md"), """
                ---
                title: A
                ---
                """);
        Files.createSymbolicLink(dir.resolve("sub/loop"), dir);          // a link to an ancestor
        Files.createSymbolicLink(dir.resolve("sub/self"), dir.resolve("sub"));
        Files.createSymbolicLink(dir.resolve("dangling.md"), dir.resolve("nowhere.md"));
        ContentIndex index = load(dir);
        assertThat(index.entries()).extracting(IndexEntry::path).containsExactly("dangling.md", "sub/a.md");
        assertThat(index.get("dangling.md").orElseThrow().problem().message()).contains("link to nothing");
    }

    @Test
    void listsMalformedFilesWithTheirProblem() throws Exception {
        write(dir.resolve("dup.md"), """
                ---
                title: a
                title: b
                ---
                """);
        write(dir.resolve("bad.md"), """
                ---
                title: [unclosed
                ---
                """);
        Files.write(dir.resolve("utf.md"), new byte[] {'-', '-', '-', '\n', 't', ':', ' ', (byte) 0xC3, '(', '\n', '-', '-', '-', '\n'});
        write(dir.resolve("good.md"), """
                ---
                title: fine
                ---
                """);
        ContentIndex index = load(dir);
        assertThat(index.counts()).isEqualTo(new ContentIndex.Counts(4, 3));
        assertThat(index.get("good.md").orElseThrow().ok()).isTrue();
        IndexEntry dup = index.get("dup.md").orElseThrow();
        assertThat(dup.problem().line()).isEqualTo(3);
        assertThat(dup.problem().message()).contains("appears twice");
    }

    @Test
    void deliversBatchesWhileScanningWithRisingCounts() throws Exception {
        for (int i = 0; i < 1000; i++) {
            write(dir.resolve("d" + (i % 3) + "/a" + i + ".md"), "---\nid: " + i + "\ntitle: T" + i + "\n---\n");
        }
        List<Integer> sizes = Collections.synchronizedList(new ArrayList<>());
        List<FolderScan.Progress> progress = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean finished = new AtomicBoolean();
        FolderScan scan = new ContentIndex(dir).load(new FolderScan.Listener() {
            @Override
            public void batch(List<IndexEntry> entries, FolderScan.Progress p) {
                sizes.add(entries.size());
                progress.add(p);
            }

            @Override
            public void finished(FolderScan.Progress p, boolean cancelled) {
                finished.set(!cancelled && p.indexed() == 1000 && p.found() == 1000 && !p.walking());
            }
        });
        assertThat(scan.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(sizes).hasSizeGreaterThanOrEqualTo(1000 / FolderScan.CHUNK);
        assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(1000);
        assertThat(progress).extracting(FolderScan.Progress::indexed).isSorted();
        assertThat(finished).isTrue();
    }

    @Test
    void stopsWhenCancelled() throws Exception {
        for (int i = 0; i < 3000; i++) {
            write(dir.resolve("a" + i + ".md"), "---\nid: " + i + "\n---\n");
        }
        AtomicInteger delivered = new AtomicInteger();
        AtomicBoolean sawCancel = new AtomicBoolean();
        FolderScan[] scan = new FolderScan[1];
        scan[0] = FolderScan.start(dir, new FolderScan.Listener() {
            @Override
            public void batch(List<IndexEntry> entries, FolderScan.Progress p) {
                delivered.addAndGet(entries.size());
                while (scan[0] == null) {
                    Thread.onSpinWait();
                }
                scan[0].cancel();
            }

            @Override
            public void finished(FolderScan.Progress p, boolean cancelled) {
                sawCancel.set(cancelled);
            }
        });
        assertThat(scan[0].await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(sawCancel).isTrue();
        assertThat(delivered.get()).isLessThan(3000);
    }
}
