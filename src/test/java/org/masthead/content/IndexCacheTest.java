package org.masthead.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index kept between runs: which files a second scan reads (seen through the scan's hook,
 * which runs only for files read from disk), and that what it lists always equals a scan without
 * a cache. Files get old modification times, as files at rest have: a file changed in the last
 * seconds is never kept, so that a change within the clock's granularity cannot hide.
 */
class IndexCacheTest {
    private static final Instant OLD = Instant.parse("2026-01-01T10:00:00Z");

    @TempDir
    Path temp;

    private Path folder;
    private IndexCache cache;
    private final Set<String> read = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void setUp() throws IOException {
        folder = Files.createDirectories(temp.resolve("content"));
        cache = new IndexCache(temp.resolve("cache"), 0);
        for (int i = 0; i < 300; i++) {
            write("a-%03d.md".formatted(i), article(i, "Article " + i));
        }
        write("sub/nested.md", article(999, "Nested"));
        write("broken.md", "---\ntitle: never closed\n");
        FolderScan.setBeforeRead(read::add);
    }

    @AfterEach
    void tearDown() {
        FolderScan.setBeforeRead(null);
    }

    private static String article(int id, String title) {
        return """
                ---
                id: %d
                title: %s
                subject: Physics
                url: /learn/physics/a-%d
                seo:
                  page_description: A description of article %d.
                related_article1:
                  id: 7
                  url: /learn/x
                ---
                Body.
                """.formatted(id, title, id, id);
    }

    private void write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(OLD));
    }

    /** Scans with the cache; returns the entries, and leaves in {@link #read} the files read from disk. */
    private List<IndexEntry> scan() throws InterruptedException {
        read.clear();
        ContentIndex index = new ContentIndex(folder, cache);
        index.loadAndWait();
        return index.entries();
    }

    private List<IndexEntry> fresh() throws InterruptedException {
        ContentIndex index = new ContentIndex(folder);
        index.loadAndWait();
        return index.entries();
    }

    @Test
    void aSecondScanOfAnUnchangedFolderReadsNoFileAndListsTheSame() throws Exception {
        List<IndexEntry> first = scan();
        assertThat(read).hasSize(302);
        assertThat(Files.exists(cache.fileFor(folder))).isTrue();

        List<IndexEntry> second = scan();
        assertThat(read).isEmpty();
        assertThat(second).isEqualTo(first).isEqualTo(fresh());
        assertThat(second).filteredOn(e -> !e.ok()).extracting(IndexEntry::path).containsExactly("broken.md");
    }

    @Test
    void changedAddedAndRemovedFilesAreReadAgainAndOnlyThey() throws Exception {
        scan();
        write("a-007.md", article(7, "Seven, retitled"));
        Files.setLastModifiedTime(folder.resolve("a-007.md"), FileTime.from(OLD.plusSeconds(60)));
        write("a-008.md", article(8, "Eight, another size, the same time"));
        write("added.md", article(500, "Added"));
        Files.delete(folder.resolve("a-009.md"));
        // Same length, another time: read again.
        write("a-011.md", article(11, "Article 1Y"));
        Files.setLastModifiedTime(folder.resolve("a-011.md"), FileTime.from(OLD.plusSeconds(120)));
        // Same length, same time, other bytes: a change no stamp can see; the cache keeps the old title.
        write("a-010.md", article(10, "Article 1X"));

        List<IndexEntry> second = scan();
        assertThat(read).containsExactlyInAnyOrder("a-007.md", "a-008.md", "a-011.md", "added.md");
        assertThat(second).extracting(IndexEntry::path).doesNotContain("a-009.md").contains("added.md");
        assertThat(second).filteredOn(e -> e.path().equals("a-007.md")).extracting(IndexEntry::title)
                .containsExactly("Seven, retitled");
        assertThat(second).filteredOn(e -> e.path().equals("a-010.md")).extracting(IndexEntry::title)
                .containsExactly("Article 10");
        assertThat(second).filteredOn(e -> e.path().equals("a-011.md")).extracting(IndexEntry::title)
                .containsExactly("Article 1Y");
        assertThat(second).hasSize(fresh().size());
    }

    @Test
    void aDamagedCacheIsIgnoredAndRebuilt() throws Exception {
        List<IndexEntry> first = scan();
        Path file = cache.fileFor(folder);
        byte[] bytes = Files.readAllBytes(file);
        // One title's first letter changed inside the payload: only the checksum can tell.
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        int at = text.indexOf("Article 12");
        bytes[at] = 'X';
        Files.write(file, bytes);

        List<IndexEntry> second = scan();
        assertThat(read).hasSize(302);
        assertThat(second).isEqualTo(first);
        assertThat(second).extracting(IndexEntry::title).doesNotContain("Xrticle 12");

        // Rebuilt: the next start reads nothing again.
        scan();
        assertThat(read).isEmpty();
    }

    @Test
    void aTruncatedCacheOrOneOfAnotherVersionIsIgnored() throws Exception {
        List<IndexEntry> first = scan();
        Path file = cache.fileFor(folder);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThat(scan()).isEqualTo(first);
        assertThat(read).hasSize(302);

        bytes = Files.readAllBytes(file);
        bytes[7] = (byte) (IndexCache.VERSION + 1); // the version's low byte
        Files.write(file, bytes);
        assertThat(scan()).isEqualTo(first);
        assertThat(read).hasSize(302);
    }

    @Test
    void aFileChangedInTheLastSecondsIsNotKeptSoItsNextChangeCannotHide() throws Exception {
        Files.writeString(folder.resolve("a-001.md"), article(1, "Just written"));
        scan();
        scan();
        assertThat(read).containsExactly("a-001.md");
    }

    @Test
    void smallFoldersAreNotCached() throws Exception {
        cache = new IndexCache(temp.resolve("cache"), 1000);
        scan();
        assertThat(Files.exists(cache.fileFor(folder))).isFalse();
    }
}
