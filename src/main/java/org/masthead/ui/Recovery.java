package org.masthead.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.masthead.content.ArticleChanges;
import org.masthead.content.EditJournal;
import org.masthead.content.JournalWriter;
import org.masthead.document.Document;
import org.masthead.document.DocumentException;
import org.masthead.session.ArticleSession;

/**
 * Crash recovery for the window: the open article's unsaved state goes to the journal every
 * 1.5 s (on the journal's own thread), is dropped on save or discard, and what a crash left
 * behind is offered at the next start. A front-matter body so long that encoding it takes a core
 * for a few hundred ms is journaled as typed, beside the file's bytes, and encoded only when it
 * is restored (see {@link ArticleSession#forJournal()}).
 */
final class Recovery implements AutoCloseable {
    private final EditJournal journal;
    private final JournalWriter writer;
    private final Background background;

    Recovery(EditJournal journal, Background background, Supplier<ArticleSession> open) {
        this.journal = journal;
        this.background = background;
        this.writer = new JournalWriter(journal, () -> unsavedState(open.get()), JournalWriter.DEFAULT_PERIOD);
    }

    /** Runs on the journal thread; empty means nothing is unsaved, and the journal then holds nothing for it. */
    private static Optional<JournalWriter.Snapshot> unsavedState(ArticleSession open) {
        // settled first: edits undone back to the saved bytes leave nothing to recover
        if (open == null || !open.isDirty() || !open.settle()) {
            return Optional.empty();
        }
        try {
            ArticleSession.JournalState state = open.forJournal();
            return Optional.of(JournalWriter.Snapshot.withTypedBody(open.path(), open.saved().toBytes(),
                    state.document().toBytes(), state.typedBody()));
        } catch (DocumentException e) {
            // Not "nothing unsaved", which would remove the entry: the last state journaled stays.
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** What the journal holds for the dialog: the entry to offer, what it changes, and how many others wait. */
    private record Pending(EditJournal.Entry newest, List<ArticleChanges.Change> changes, int others,
                           List<String> warnings) {
    }

    /** After a save or a discard; blocks on the journal thread, so call it off the FX thread. */
    void forget(Path file) {
        writer.forget(file);
    }

    /** The same, from the FX thread. */
    void forgetLater(Path file) {
        background.io(() -> {
            writer.forget(file);
            return null;
        }, nothing -> { });
    }

    /** Journals now rather than at the next tick, e.g. when the user leaves the window. */
    void flushLater() {
        background.io(() -> {
            writer.flush();
            return null;
        }, nothing -> { });
    }

    /**
     * Offers the newest edits a crash left in the journal: Restore, Discard, or Later (kept for the
     * next start); the other entries stay for the next start. Entries that would restore nothing
     * (the file already holds them, or they are the very bytes they started from) are dropped
     * without a word. {@code restored} receives the article with those edits as unsaved changes.
     */
    void offer(Window owner, Consumer<ArticleSession> restored, Consumer<String> problem) {
        background.io(this::pending, pending -> {
            if (!pending.warnings().isEmpty()) {
                Dialogs.showJournalProblems(owner, pending.warnings());
            }
            EditJournal.Entry newest = pending.newest();
            if (newest == null) {
                return;
            }
            switch (RecoveryDialog.ask(owner, newest, pending.changes(), pending.others())) {
                case RESTORE -> restore(newest, restored, problem);
                case DISCARD -> forgetLater(newest.file());
                case LATER -> { }
            }
        });
    }

    /** Reads the journal and compares the newest entry with its file; IO, off the FX thread. */
    private Pending pending() {
        List<EditJournal.Entry> open = new ArrayList<>();
        for (EditJournal.Entry entry : journal.pending()) {
            if (entry.disk() == EditJournal.Disk.ALREADY_SAVED
                    || EditJournal.sha256(entry.edited()).equals(entry.baseSha256())) {
                forget(entry.file());
            } else {
                open.add(entry);
            }
        }
        if (open.isEmpty()) {
            return new Pending(null, List.of(), 0, journal.warnings());
        }
        EditJournal.Entry newest = open.get(open.size() - 1);
        return new Pending(newest, changes(newest), open.size() - 1, journal.warnings());
    }

    private static List<ArticleChanges.Change> changes(EditJournal.Entry entry) {
        try {
            Document disk = Document.parse(entry.file());
            return ArticleChanges.between(disk, Document.parse(entry.file().toString(), entry.edited()));
        } catch (IOException | DocumentException | RuntimeException e) {
            return null;
        }
    }

    private void restore(EditJournal.Entry entry, Consumer<ArticleSession> restored, Consumer<String> problem) {
        if (entry.disk() == EditJournal.Disk.MISSING) {
            problem.accept(entry.file() + " no longer exists; its unsaved edits stay in " + journal.dir() + ".");
            return;
        }
        background.io(() -> {
            try {
                ArticleSession session = ArticleSession.open(entry.file());
                session.restore(Document.parse(entry.file().toString(), entry.edited()),
                        entry.disk() == EditJournal.Disk.CHANGED);
                // an undo back to the file's bytes must now remove this entry
                writer.adopt(entry.file());
                return session;
            } catch (IOException | DocumentException e) {
                return e;
            }
        }, result -> {
            if (result instanceof ArticleSession session) {
                restored.accept(session);
            } else {
                problem.accept("The unsaved edits could not be restored: " + ((Exception) result).getMessage());
            }
        });
    }

    @Override
    public void close() {
        writer.close();
    }
}
