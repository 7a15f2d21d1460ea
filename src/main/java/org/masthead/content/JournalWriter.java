package org.masthead.content;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Journals the unsaved state every {@code period} (1.5 s by default) on its own daemon thread,
 * and only when it changed since the last write, so an idle editor writes nothing.
 *
 * <p>Reading the state may mean encoding the article, which can be slow. So that the journal
 * never takes more than about a tenth of a core from typing, the wait after a write is at least
 * {@link #COST_FACTOR} times what that write cost. {@link #flush()} never waits.
 *
 * <p>{@code current} is called on that thread, not the UI thread: it must only read a value
 * the UI keeps up to date (a volatile field, say), never touch UI controls. It returns empty when
 * there is nothing unsaved.
 *
 * <p>The journal never holds a state equal to the file: a state whose bytes are what was loaded
 * is not written, and once the state is clean again (an undo back to the saved text, nothing
 * open) the entry this writer wrote or {@linkplain #adopt adopted} is removed. Entries of other
 * files, which a previous run left and the user put off, are never touched.
 *
 * <pre>{@code
 * JournalWriter writer = new JournalWriter(EditJournal.atDefaultDir(), () -> Optional.ofNullable(unsaved));
 * ... after a save or a discard: writer.forget(file);
 * ... on exit: writer.close();
 * }</pre>
 */
public final class JournalWriter implements AutoCloseable {
    public static final Duration DEFAULT_PERIOD = Duration.ofMillis(1500);
    /** The wait after a write, as a multiple of the time that write took. */
    static final int COST_FACTOR = 10;

    /** The unsaved state of one article: its file, the hash of what was loaded, and the bytes a save would write. */
    public record Snapshot(Path file, String baseSha256, byte[] edited, String markdown) {
        public static Snapshot of(Path file, byte[] baseBytes, byte[] edited) {
            return new Snapshot(file, EditJournal.sha256(baseBytes), edited, null);
        }

        /**
         * With {@code markdown}, the body field as typed, not yet encoded into {@code edited}: see
         * {@link EditJournal}. Null means that {@code edited} holds it.
         */
        public static Snapshot withTypedBody(Path file, byte[] baseBytes, byte[] edited, String markdown) {
            return new Snapshot(file, EditJournal.sha256(baseBytes), edited, markdown);
        }

        /** Whether a save of this state would write the bytes that were loaded: nothing to keep. */
        boolean isClean() {
            return markdown == null && EditJournal.sha256(edited).equals(baseSha256);
        }

        boolean sameAs(Snapshot other) {
            return other != null && file.equals(other.file) && baseSha256.equals(other.baseSha256)
                    && (edited == other.edited || Arrays.equals(edited, other.edited))
                    && Objects.equals(markdown, other.markdown);
        }
    }

    private final EditJournal journal;
    private final Supplier<Optional<Snapshot>> current;
    private final ScheduledExecutorService thread;
    private final long periodNanos;
    private Snapshot written;          // only touched on the journal thread
    private Path owned;                // the file whose entry is this writer's to remove; journal thread only
    private volatile String lastError;

    public JournalWriter(EditJournal journal, Supplier<Optional<Snapshot>> current) {
        this(journal, current, DEFAULT_PERIOD);
    }

    public JournalWriter(EditJournal journal, Supplier<Optional<Snapshot>> current, Duration period) {
        this.journal = journal;
        this.current = current;
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "masthead-journal");
            t.setDaemon(true);
            return t;
        });
        this.periodNanos = Math.max(1, period.toNanos());
        schedule(periodNanos);
    }

    private void schedule(long delayNanos) {
        try {
            thread.schedule(this::tickAndReschedule, delayNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException closed) {
            // closed: no more ticks
        }
    }

    private void tickAndReschedule() {
        long start = System.nanoTime();
        long next = periodNanos;
        try {
            if (tick()) {
                next = nextDelay(periodNanos, System.nanoTime() - start);
            }
        } finally {
            // whatever happened, there is a next tick: journaling must not stop for good
            schedule(next);
        }
    }

    /** The wait before the next tick after a write that took {@code costNanos}. */
    static long nextDelay(long periodNanos, long costNanos) {
        return Math.max(periodNanos, costNanos * COST_FACTOR);
    }

    /** Journals the current state now if it changed, and waits for that: e.g. when the window loses focus. */
    public void flush() {
        run(this::tick);
    }

    /**
     * Drops {@code file}'s entry after a save or a discard. It runs on the journal thread, after
     * any write already under way, so a write that read the state just before the save cannot
     * bring the entry back. Mark the state clean before calling this.
     */
    public void forget(Path file) {
        run(() -> {
            try {
                journal.forget(file);
                if (written != null && written.file().equals(file)) {
                    written = null;
                }
                if (file.equals(owned)) {
                    owned = null;
                }
            } catch (IOException e) {
                lastError = "cannot remove the journal entry for " + file + ": " + e.getMessage();
            }
        });
    }

    /** The last failure to journal, or null; journaling goes on after a failure. */
    public String lastError() {
        return lastError;
    }

    /**
     * Makes {@code file}'s entry this writer's, as if it had written it: after its edits are
     * restored, an undo back to the file's bytes must remove it.
     */
    public void adopt(Path file) {
        run(() -> owned = file);
    }

    /**
     * Stops journaling after a last look at the state, so that a quit right after an undo to the
     * saved text leaves no entry; what was written stays in the journal.
     */
    @Override
    public void close() {
        if (!thread.isShutdown()) {
            run(this::tick);
        }
        thread.shutdownNow();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Journals the state if it changed; true when it read a new state (and so paid for encoding it). */
    private boolean tick() {
        try {
            Optional<Snapshot> now = current.get();
            if (now.isPresent() && now.get().sameAs(written)) {
                return false;
            }
            if (now.isEmpty() || now.get().isClean()) {
                dropOwnedEntry();
                return now.isPresent();
            }
            Snapshot snapshot = now.get();
            journal.recordWithBaseHash(snapshot.file(), snapshot.baseSha256(), snapshot.edited(), snapshot.markdown());
            written = snapshot;
            owned = snapshot.file();
            lastError = null;
            return true;
        } catch (IOException | RuntimeException e) {
            // A full disk or a bad supplier must not stop later attempts.
            lastError = "cannot journal unsaved edits: " + e.getMessage();
            return false;
        }
    }

    /** Nothing is unsaved: the entry that held the unsaved state would offer the file's own bytes, or an undone edit. */
    private void dropOwnedEntry() throws IOException {
        written = null;
        if (owned != null) {
            journal.forget(owned);
            owned = null;
        }
    }

    /** Runs {@code task} on the journal thread and waits; after {@link #close()}, on the caller's. */
    private void run(Runnable task) {
        Future<?> future;
        try {
            future = thread.submit(task);
        } catch (RejectedExecutionException closed) {
            task.run();
            return;
        }
        try {
            future.get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            lastError = "journal: " + e;
        }
    }
}
