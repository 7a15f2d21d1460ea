package org.masthead.content.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchFilesTest {
    @TempDir
    Path root;

    private Path file(String name, String text) throws Exception {
        Path p = root.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private String read(String name) throws Exception {
        return Files.readString(root.resolve(name));
    }

    private List<String> journalFolder() throws Exception {
        Path dir = BatchJournal.dir(root);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("lock") && !n.equals(".gitignore"))
                    .sorted().toList();
        }
    }

    private Batch twoEditsAndAMove() throws Exception {
        Path a = file("a.md", "title: A\n");
        Path b = file("sub/b.md", "title: B\n");
        Path c = file("c.md", "title: C\n");
        return new Batch("test", List.of(
                FileChange.edit(a, utf8("title: A\n"), utf8("title: A2\n")),
                FileChange.edit(b, utf8("title: B\n"), utf8("title: B2\n")),
                FileChange.move(c, utf8("title: C\n"), root.resolve("moved/c2.md"), utf8("title: C2\n"))));
    }

    @Test
    void appliesEditsAndMovesAndLeavesNoJournal() throws Exception {
        AppliedBatch applied = BatchFiles.apply(root, twoEditsAndAMove());
        assertThat(read("a.md")).isEqualTo("title: A2\n");
        assertThat(read("sub/b.md")).isEqualTo("title: B2\n");
        assertThat(read("moved/c2.md")).isEqualTo("title: C2\n");
        assertThat(root.resolve("c.md")).doesNotExist();
        assertThat(applied.changes()).hasSize(3);
        assertThat(applied.title()).isEqualTo("test");
        assertThat(journalFolder()).isEmpty();
        assertThat(Files.readString(BatchJournal.dir(root).resolve(".gitignore"))).isEqualTo("*\n");
        try (Stream<Path> all = Files.walk(root)) {
            assertThat(all.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
        assertThat(BatchFiles.recover(root)).isEmpty();
    }

    @Test
    void aFileChangedSinceThePlanRefusesTheWholeBatch() throws Exception {
        Batch batch = twoEditsAndAMove();
        Files.writeString(root.resolve("sub/b.md"), "title: someone else\n");
        assertThatThrownBy(() -> BatchFiles.apply(root, batch))
                .isInstanceOfSatisfying(BatchConflictException.class, e -> {
                    assertThat(e.files()).containsExactly(root.resolve("sub/b.md"));
                    assertThat(e.getMessage()).contains("b.md").contains("Nothing was changed");
                });
        assertThat(read("a.md")).isEqualTo("title: A\n");
        assertThat(read("c.md")).isEqualTo("title: C\n");
        assertThat(journalFolder()).isEmpty();
    }

    @Test
    void aTakenMoveTargetRefusesTheWholeBatch() throws Exception {
        Batch batch = twoEditsAndAMove();
        file("moved/c2.md", "already here\n");
        assertThatThrownBy(() -> BatchFiles.apply(root, batch))
                .isInstanceOfSatisfying(BatchConflictException.class,
                        e -> assertThat(e.files()).containsExactly(root.resolve("moved/c2.md")));
        assertThat(read("a.md")).isEqualTo("title: A\n");
        assertThat(read("moved/c2.md")).isEqualTo("already here\n");
    }

    @Test
    void aWriteThatFailsMidwayPutsTheWrittenFilesBack() throws Exception {
        Path a = file("a.md", "A\n");
        Path b = file("b.md", "B\n");
        file("blocker", "a plain file where a folder would have to be\n");
        Batch batch = new Batch("fails", List.of(
                FileChange.edit(a, utf8("A\n"), utf8("A2\n")),
                FileChange.move(b, utf8("B\n"), root.resolve("blocker/b.md"), utf8("B2\n"))));
        assertThatThrownBy(() -> BatchFiles.apply(root, batch)).isInstanceOf(java.io.IOException.class)
                .hasMessageContaining("nothing was changed");
        assertThat(read("a.md")).isEqualTo("A\n");
        assertThat(read("b.md")).isEqualTo("B\n");
        assertThat(journalFolder()).isEmpty();
    }

    @Test
    void undoTurnsTheBatchBackAndRefusesAFileChangedSince() throws Exception {
        AppliedBatch applied = BatchFiles.apply(root, twoEditsAndAMove());
        Batch undo = BatchFiles.undoOf(applied);
        assertThat(undo.title()).isEqualTo("Undo test");

        Files.writeString(root.resolve("a.md"), "edited after the batch\n");
        assertThatThrownBy(() -> BatchFiles.apply(root, undo)).isInstanceOf(BatchConflictException.class);
        assertThat(read("sub/b.md")).isEqualTo("title: B2\n");

        Files.writeString(root.resolve("a.md"), "title: A2\n");
        BatchFiles.apply(root, undo);
        assertThat(read("a.md")).isEqualTo("title: A\n");
        assertThat(read("sub/b.md")).isEqualTo("title: B\n");
        assertThat(read("c.md")).isEqualTo("title: C\n");
        assertThat(root.resolve("moved/c2.md")).doesNotExist();
    }

    @Test
    void recoveryRollsAHalfAppliedBatchForward() throws Exception {
        Batch batch = twoEditsAndAMove();
        BatchJournal.write(root, batch.title(), Instant.now(), batch.changes());
        // as if killed after the first file and half of the move (target written, source not yet removed)
        Files.writeString(root.resolve("a.md"), "title: A2\n");
        file("moved/c2.md", "title: C2\n");

        assertThatThrownBy(() -> BatchFiles.apply(root, new Batch("other", List.of(
                FileChange.edit(root.resolve("a.md"), utf8("title: A2\n"), utf8("x\n"))))))
                .hasMessageContaining("interrupted batch");

        String said = BatchFiles.recover(root).orElseThrow();
        assertThat(said).startsWith("Completed the interrupted batch \"test\"").contains("3 files, 2 of them written now");
        assertThat(read("a.md")).isEqualTo("title: A2\n");
        assertThat(read("sub/b.md")).isEqualTo("title: B2\n");
        assertThat(read("moved/c2.md")).isEqualTo("title: C2\n");
        assertThat(root.resolve("c.md")).doesNotExist();
        assertThat(journalFolder()).isEmpty();
        assertThat(BatchFiles.recover(root)).isEmpty();
    }

    @Test
    void aTornJournalIsABatchThatNeverStarted() throws Exception {
        Batch batch = twoEditsAndAMove();
        Path journal = BatchJournal.write(root, batch.title(), Instant.now(), batch.changes());
        byte[] bytes = Files.readAllBytes(journal);
        Files.delete(journal);
        Files.write(BatchJournal.dir(root).resolve(".0000000000001-00000001.tmp"), java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertThat(BatchFiles.recover(root)).isEmpty();
        assertThat(read("a.md")).isEqualTo("title: A\n");
        assertThat(read("c.md")).isEqualTo("title: C\n");
        assertThat(journalFolder()).isEmpty();
    }

    @Test
    void aDamagedJournalIsSetAsideAndNothingIsWritten() throws Exception {
        Batch batch = twoEditsAndAMove();
        Path journal = BatchJournal.write(root, batch.title(), Instant.now(), batch.changes());
        byte[] bytes = Files.readAllBytes(journal);
        bytes[bytes.length / 2] ^= 1;
        Files.write(journal, bytes);

        assertThat(BatchFiles.recover(root).orElseThrow()).contains("is damaged (its checksum does not match)");
        assertThat(read("a.md")).isEqualTo("title: A\n");
        assertThat(journalFolder()).containsExactly(journal.getFileName() + BatchJournal.UNRESOLVED);
    }

    @Test
    void recoveryLeavesAFileChangedAfterTheCrashAndKeepsTheJournal() throws Exception {
        Batch batch = twoEditsAndAMove();
        Path journal = BatchJournal.write(root, batch.title(), Instant.now(), batch.changes());
        Files.writeString(root.resolve("sub/b.md"), "someone else\n");

        String said = BatchFiles.recover(root).orElseThrow();
        assertThat(said).contains("except 1 files changed since").contains("sub/b.md");
        assertThat(read("a.md")).isEqualTo("title: A2\n");
        assertThat(read("sub/b.md")).isEqualTo("someone else\n");
        assertThat(journalFolder()).containsExactly(journal.getFileName() + BatchJournal.UNRESOLVED);
    }

    @Test
    void theJournalReadsBackWhatWasWritten() throws Exception {
        Batch batch = twoEditsAndAMove();
        Instant time = Instant.ofEpochMilli(1_700_000_000_123L);
        Path journal = BatchJournal.write(root, "Ünïcode title", time, batch.changes());
        BatchJournal.Entry entry = BatchJournal.read(root, journal);
        assertThat(entry.title()).isEqualTo("Ünïcode title");
        assertThat(entry.time()).isEqualTo(time);
        assertThat(entry.changes()).isEqualTo(batch.changes());
    }

    @Test
    void anEmptyBatchWritesNothing() throws Exception {
        AppliedBatch applied = BatchFiles.apply(root, new Batch("nothing", List.of()));
        assertThat(applied.changes()).isEmpty();
        assertThat(BatchJournal.dir(root)).doesNotExist();
    }
}
