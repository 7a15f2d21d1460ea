package org.masthead.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalWriterTest {
    private static final Duration FAST = Duration.ofMillis(40);

    @TempDir
    Path content;
    @TempDir
    Path journalDir;

    private final AtomicReference<JournalWriter.Snapshot> unsaved = new AtomicReference<>();
    private JournalWriter writer;

    @AfterEach
    void close() {
        if (writer != null) {
            writer.close();
        }
    }

    private JournalWriter.Snapshot snapshot(Path file, String edited) throws Exception {
        return JournalWriter.Snapshot.of(file, Files.readAllBytes(file), edited.getBytes(StandardCharsets.UTF_8));
    }

    private Optional<String> journaled(Path file) throws Exception {
        Path entry = new EditJournal(journalDir).entryFile(file.toAbsolutePath());
        if (!Files.exists(entry)) {
            return Optional.empty();
        }
        return new EditJournal(journalDir).pending().stream().filter(e -> e.file().equals(file.toAbsolutePath()))
                .map(e -> new String(e.edited(), StandardCharsets.UTF_8)).findFirst();
    }

    private static void waitFor(Check check) throws Exception {
        // Only a writer that never gets there takes this long; a loaded machine is slow, not this slow.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!check.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(10);
        }
    }

    interface Check {
        boolean holds() throws Exception;
    }

    @Test
    void journalsTheUnsavedStateAndEachChangeOfIt() throws Exception {
        Path file = Files.writeString(content.resolve("a.md"), "base");
        writer = new JournalWriter(new EditJournal(journalDir), () -> Optional.ofNullable(unsaved.get()), FAST);
        unsaved.set(snapshot(file, "base1"));
        waitFor(() -> journaled(file).equals(Optional.of("base1")));
        unsaved.set(snapshot(file, "base12"));
        waitFor(() -> journaled(file).equals(Optional.of("base12")));
    }

    @Test
    void writesOnlyWhenTheStateChanged() throws Exception {
        Path file = Files.writeString(content.resolve("a.md"), "base");
        AtomicInteger asked = new AtomicInteger();
        writer = new JournalWriter(new EditJournal(journalDir), () -> {
            asked.incrementAndGet();
            return Optional.ofNullable(unsaved.get());
        }, FAST);
        unsaved.set(snapshot(file, "same"));
        waitFor(() -> journaled(file).isPresent());
        Path entry = new EditJournal(journalDir).entryFile(file.toAbsolutePath());
        Files.delete(entry);
        int before = asked.get();
        waitFor(() -> asked.get() >= before + 5);
        assertThat(entry).as("an unchanged state is not written again").doesNotExist();
        // an equal copy of the same bytes is no change either
        unsaved.set(snapshot(file, "same"));
        int again = asked.get();
        waitFor(() -> asked.get() >= again + 5);
        assertThat(entry).doesNotExist();
        unsaved.set(snapshot(file, "different"));
        waitFor(() -> journaled(file).equals(Optional.of("different")));
    }

    @Test
    void nothingUnsavedWritesNothing() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        writer = new JournalWriter(new EditJournal(journalDir), () -> {
            asked.incrementAndGet();
            return Optional.empty();
        }, FAST);
        waitFor(() -> asked.get() >= 5);
        try (var files = Files.list(journalDir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void flushWritesAtOnceAndForgetRemovesTheEntry() throws Exception {
        Path file = Files.writeString(content.resolve("a.md"), "base");
        writer = new JournalWriter(new EditJournal(journalDir), () -> Optional.ofNullable(unsaved.get()), Duration.ofHours(1));
        unsaved.set(snapshot(file, "typed"));
        assertThat(journaled(file)).isEmpty();
        writer.flush();
        assertThat(journaled(file)).contains("typed");
        unsaved.set(null); // saved: the state is clean first, then the entry goes
        writer.forget(file);
        assertThat(journaled(file)).isEmpty();
        writer.flush();
        assertThat(journaled(file)).isEmpty();
    }

    @Test
    void aFailureIsReportedAndJournalingGoesOn() throws Exception {
        Path file = Files.writeString(content.resolve("a.md"), "base");
        AtomicInteger calls = new AtomicInteger();
        writer = new JournalWriter(new EditJournal(journalDir), () -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("editor not ready");
            }
            return Optional.ofNullable(unsaved.get());
        }, Duration.ofHours(1));
        writer.flush();
        assertThat(writer.lastError()).contains("editor not ready");
        unsaved.set(snapshot(file, "typed"));
        writer.flush();
        assertThat(journaled(file)).contains("typed");
        assertThat(writer.lastError()).isNull();
    }

    @Test
    void closeStopsJournaling() throws Exception {
        Path file = Files.writeString(content.resolve("a.md"), "base");
        AtomicInteger asked = new AtomicInteger();
        AtomicReference<Thread> journalThread = new AtomicReference<>();
        writer = new JournalWriter(new EditJournal(journalDir), () -> {
            journalThread.set(Thread.currentThread());
            asked.incrementAndGet();
            return Optional.ofNullable(unsaved.get());
        }, FAST);
        waitFor(() -> asked.get() >= 1);
        writer.close();
        // The only thread that asks for the state has ended, so nothing can ask again.
        journalThread.get().join(TimeUnit.SECONDS.toMillis(30));
        assertThat(journalThread.get().isAlive()).as("the journal thread after close").isFalse();
        int after = asked.get();
        unsaved.set(snapshot(file, "typed after close"));
        assertThat(asked.get()).isEqualTo(after);
        assertThat(journaled(file)).isEmpty();
        writer.forget(file); // still safe to call
    }

    @Test
    void theWaitAfterAWriteGrowsWithWhatItCost() {
        long period = Duration.ofMillis(1500).toNanos();
        assertThat(JournalWriter.nextDelay(period, Duration.ofMillis(20).toNanos())).isEqualTo(period);
        assertThat(JournalWriter.nextDelay(period, Duration.ofMillis(300).toNanos()))
                .isEqualTo(Duration.ofMillis(300L * JournalWriter.COST_FACTOR).toNanos());
    }

    /**
     * Each read costs 30 ms of work, as encoding a long article does, and the state changes every time: the next
     * read starts at least ten reads' worth of work after the last one ended, whatever the machine's load (a slow
     * read makes the wait after it longer by the same measure).
     */
    @Test
    void anExpensiveStateIsReadLessOftenWhileItKeepsChanging() throws Exception {
        Path file = Files.writeString(content.resolve("a.md"), "base");
        List<long[]> reads = new CopyOnWriteArrayList<>(); // start and end of each read, in ns
        writer = new JournalWriter(new EditJournal(journalDir), () -> {
            long start = System.nanoTime();
            long until = start + Duration.ofMillis(30).toNanos();
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            try {
                return Optional.of(snapshot(file, "typed " + reads.size()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                reads.add(new long[] {start, System.nanoTime()});
            }
        }, FAST);
        waitFor(() -> reads.size() >= 4);
        for (int i = 1; i < 3; i++) {
            long cost = reads.get(i - 1)[1] - reads.get(i - 1)[0];
            long wait = reads.get(i)[0] - reads.get(i - 1)[1];
            // at the 40 ms period alone the wait would be 40 ms
            assertThat(wait).as("wait after read %d that cost %d ns", i, cost)
                    .isGreaterThanOrEqualTo(cost * JournalWriter.COST_FACTOR);
        }
        assertThat(journaled(file)).hasValueSatisfying(text -> assertThat(text).startsWith("typed "));
    }

    private Path entryOf(Path file) {
        return new EditJournal(journalDir).entryFile(file.toAbsolutePath());
    }

    @Test
    void anEditUndoneBackToTheFileRemovesItsEntryAtTheNextTick() throws Exception {
        Path file = Files.writeString(content.resolve("a.md"), "base");
        writer = new JournalWriter(new EditJournal(journalDir), () -> Optional.ofNullable(unsaved.get()), Duration.ofHours(1));
        unsaved.set(snapshot(file, "base typo"));
        writer.flush();
        assertThat(journaled(file)).contains("base typo");
        // undone until the unsaved marker went: the window reports nothing unsaved
        unsaved.set(null);
        writer.flush();
        assertThat(entryOf(file)).doesNotExist();
    }

    @Test
    void aStateEqualToTheLoadedBytesIsNeverWrittenAndRemovesTheEntry() throws Exception {
        Path file = Files.writeString(content.resolve("a.md"), "base");
        writer = new JournalWriter(new EditJournal(journalDir), () -> Optional.ofNullable(unsaved.get()), Duration.ofHours(1));
        unsaved.set(snapshot(file, "base"));
        writer.flush();
        assertThat(entryOf(file)).doesNotExist();
        unsaved.set(snapshot(file, "based"));
        writer.flush();
        assertThat(journaled(file)).contains("based");
        // a value retyped as it was: still "dirty" to an undo history, but the bytes are the file's
        unsaved.set(snapshot(file, "base"));
        writer.flush();
        assertThat(entryOf(file)).doesNotExist();
    }

    @Test
    void closingAfterAnUndoLeavesNoEntry() throws Exception {
        Path file = Files.writeString(content.resolve("a.md"), "base");
        writer = new JournalWriter(new EditJournal(journalDir), () -> Optional.ofNullable(unsaved.get()), Duration.ofHours(1));
        unsaved.set(snapshot(file, "base typo"));
        writer.flush();
        unsaved.set(null);
        writer.close();
        assertThat(entryOf(file)).doesNotExist();
    }

    @Test
    void anotherFilesEntryIsLeftAloneUnlessAdopted() throws Exception {
        Path file = Files.writeString(content.resolve("a.md"), "base");
        Path earlier = Files.writeString(content.resolve("b.md"), "b");
        EditJournal journal = new EditJournal(journalDir);
        journal.record(earlier, "b".getBytes(StandardCharsets.UTF_8), "b put off".getBytes(StandardCharsets.UTF_8));
        writer = new JournalWriter(journal, () -> Optional.ofNullable(unsaved.get()), Duration.ofHours(1));
        writer.flush();
        unsaved.set(snapshot(file, "typed"));
        writer.flush();
        unsaved.set(null);
        writer.flush();
        assertThat(entryOf(file)).doesNotExist();
        assertThat(journaled(earlier)).as("an entry left by an earlier run and put off with Later").contains("b put off");
        // once restored into the window, the entry is the window's: clean again removes it
        writer.adopt(earlier);
        writer.flush();
        assertThat(entryOf(earlier)).doesNotExist();
    }
}
