package org.masthead.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentIndexTest {
    @TempDir
    Path dir;

    private void write(String name, String title) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\nid: 1\ntitle: " + title + "\n---\n");
    }

    @Test
    void refreshingTheRootResyncsEverything() throws Exception {
        write("a.md", "A");
        write("sub/b.md", "B");
        ContentIndex index = new ContentIndex(dir);
        index.loadAndWait();
        Files.delete(dir.resolve("a.md"));
        write("sub/b.md", "B2");
        write("sub/c.md", "C");
        ContentIndex.Changes changes = index.refresh(List.of(dir));
        assertThat(changes.removed()).containsExactly("a.md");
        assertThat(changes.updated()).extracting(IndexEntry::title).containsExactly("B2");
        assertThat(changes.added()).extracting(IndexEntry::path).containsExactly("sub/c.md");
    }

    @Test
    void reReadingAnUnchangedFileKeepsTheEntryThatListenersHold() throws Exception {
        write("a.md", "A");
        write("b.md", "B");
        ContentIndex index = new ContentIndex(dir);
        index.loadAndWait();
        IndexEntry before = index.get("a.md").orElseThrow();
        write("b.md", "B2");
        ContentIndex.Changes changes = index.refresh(List.of(dir)); // as after a watcher overflow
        assertThat(changes.updated()).extracting(IndexEntry::path).containsExactly("b.md");
        assertThat(index.get("a.md").orElseThrow()).isSameAs(before);
    }

    @Test
    void aVanishedFolderTakesItsEntriesAlong() throws Exception {
        write("keep.md", "K");
        write("gone/x.md", "X");
        write("gone/deeper/y.md", "Y");
        write("gone2.md", "Z");
        ContentIndex index = new ContentIndex(dir);
        index.loadAndWait();
        for (String f : List.of("gone/deeper/y.md", "gone/x.md", "gone/deeper", "gone")) {
            Files.delete(dir.resolve(f));
        }
        ContentIndex.Changes changes = index.refresh(List.of(Path.of("gone")));
        assertThat(changes.removed()).containsExactlyInAnyOrder("gone/x.md", "gone/deeper/y.md");
        assertThat(index.entries()).extracting(IndexEntry::path).containsExactly("gone2.md", "keep.md");
    }

    @Test
    void ignoresPathsOutsideOrHiddenAndTellsNoOneWhenNothingChanged() throws Exception {
        write("a.md", "A");
        ContentIndex index = new ContentIndex(dir);
        index.loadAndWait();
        int[] calls = {0};
        index.addListener(c -> calls[0]++);
        write(".hidden/h.md", "H");
        assertThat(index.refresh(List.of(dir.resolve(".hidden/h.md"), dir.resolveSibling("elsewhere.md"), dir.resolve("a.md")))
                .isEmpty()).isTrue();
        assertThat(calls[0]).isZero();
        assertThat(index.counts()).isEqualTo(new ContentIndex.Counts(1, 0));
    }
}
