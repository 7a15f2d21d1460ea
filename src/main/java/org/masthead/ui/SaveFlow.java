package org.masthead.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.masthead.content.EditJournal;
import org.masthead.content.LineDiff;
import org.masthead.document.AtomicFiles;
import org.masthead.document.Document;
import org.masthead.document.DocumentException;
import org.masthead.session.ArticleFile;
import org.masthead.session.ArticleSession;

/**
 * Saving the open article: written off the FX thread while the user keeps typing, never over a
 * change made on disk without asking, and unsaved edits never dropped without asking.
 */
final class SaveFlow {
    /** What the flow needs from the window. */
    interface Host {
        ArticleSession session();

        /** The user chose to drop the open article's edits. */
        void discard();

        /** {@code saved} is on disk now. */
        void saved(ArticleSession saved);

        void reload(Path file);

        void problem(String message);
    }

    private final Window owner;
    private final Background background;
    private final Recovery recovery;
    private final Host host;
    // "Keep mine" over the version on disk with this hash: the next save of that session replaces
    // it without asking again. FX thread only.
    private ArticleSession keptFor;
    private String keptOverSha256;
    // the session being written now: the file changes under it by our own hand. FX thread only.
    private ArticleSession writing;

    SaveFlow(Window owner, Background background, Recovery recovery, Host host) {
        this.owner = owner;
        this.background = background;
        this.recovery = recovery;
        this.host = host;
    }

    /** Writes the open article, then runs {@code afterSave}; {@code overwrite} skips the disk check. */
    void save(boolean overwrite, Runnable afterSave) {
        ArticleSession saving = host.session();
        if (saving == null) {
            return;
        }
        // After restoring edits made on an older version of the file, the first save must ask.
        Document saved = saving.baseChanged() ? null : saving.saved();
        String keptOver = saving == keptFor ? keptOverSha256 : null;
        writing = saving;
        background.io(() -> writeCaptured(saving, snapshot -> {
            boolean replace = overwrite || keptOver != null && diskHolds(saving.path(), keptOver);
            ArticleFile.write(saving.path(), saved, snapshot.document(), replace);
        }), error -> {
            writing = null;
            if (error == null) {
                if (saving == keptFor) {
                    keptFor = null;
                }
                host.saved(saving);
                afterSave.run();
            } else if (error instanceof ArticleFile.ChangedOnDisk changed && saving == host.session()) {
                askAboutDiskChange(changed, afterSave);
            } else {
                host.problem("Not saved: " + error.getMessage() + " Your edits are still here; try again.");
            }
        });
    }

    /** The file changed under an edit: never overwrite silently. */
    private void askAboutDiskChange(ArticleFile.ChangedOnDisk changed, Runnable afterSave) {
        ArticleSession open = host.session();
        switch (Dialogs.askAboutDiskChange(owner, changed.getMessage())) {
            case RELOAD -> host.reload(open.path());
            case KEEP_MINE -> save(true, afterSave);
            case SHOW_DIFFERENCE -> showDifference(open, changed.diskText.getBytes(StandardCharsets.UTF_8),
                    () -> askAboutDiskChange(changed, afterSave));
            case CANCEL -> { }
        }
    }

    /**
     * Shows the file's bytes on disk beside {@code open}'s edits, side by side, then runs
     * {@code then}. The comparison is made off the FX thread.
     */
    void showDifference(ArticleSession open, byte[] disk, Runnable then) {
        background.io(() -> {
            List<String> theirs = LineDiff.linesOf(open.path().toString(), disk);
            List<String> mine;
            try {
                mine = LineDiff.linesOf(open.snapshot());
            } catch (DocumentException e) {
                mine = List.of(e.getMessage());
            }
            return LineDiff.rows(theirs, mine);
        }, rows -> {
            DiffView.show(owner, open.path().getFileName() + ": on disk versus your version", "On disk", "Your version", rows);
            then.run();
        });
    }

    /** The user chose to keep their version over {@code disk}: the next save replaces it without asking. */
    void keepMineOver(ArticleSession session, byte[] disk) {
        keptFor = session;
        keptOverSha256 = EditJournal.sha256(disk);
    }

    /** Whether the user chose to keep {@code session}'s version over exactly these bytes. */
    boolean keptMineOver(ArticleSession session, byte[] disk) {
        return session == keptFor && EditJournal.sha256(disk).equals(keptOverSha256);
    }

    /** Whether {@code session} is being written by a save now. */
    boolean isWriting(ArticleSession session) {
        return session != null && session == writing;
    }

    private static boolean diskHolds(Path file, String sha256) {
        try {
            return EditJournal.sha256(Files.readAllBytes(file)).equals(sha256);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Writes the open article back to its path after the file was deleted outside Masthead. If a
     * file has appeared there meanwhile, nothing is written and the user is told.
     */
    void saveHereAgain(Runnable afterSave) {
        ArticleSession saving = host.session();
        if (saving == null) {
            return;
        }
        writing = saving;
        Supplier<Exception> write = () -> Files.exists(saving.path())
                ? new IOException(saving.path().getFileName() + " is back on disk; nothing was written."
                        + " Compare or merge it with your version first.")
                : writeCaptured(saving, snapshot -> AtomicFiles.write(saving.path(), snapshot.document().toBytes()));
        background.io(write, error -> {
            writing = null;
            if (error == null) {
                host.saved(saving);
                afterSave.run();
            } else {
                host.problem("Not saved: " + error.getMessage());
            }
        });
    }

    /**
     * Writes the open article to {@code target}, a name the user chose after its file was deleted;
     * the article then lives there, and the journal forgets the old name.
     */
    void saveAs(Path target, Runnable afterSave) {
        ArticleSession saving = host.session();
        if (saving == null) {
            return;
        }
        Path from = saving.path();
        writing = saving;
        background.io(() -> writeCaptured(saving, snapshot -> {
            AtomicFiles.write(target, snapshot.document().toBytes());
            saving.moveTo(target);
            recovery.forget(from);
        }), error -> {
            writing = null;
            if (error == null) {
                host.saved(saving);
                afterSave.run();
            } else {
                host.problem("Not saved: " + error.getMessage());
            }
        });
    }

    /** Writes the state captured to save. */
    private interface Write {
        void to(ArticleSession.Snapshot snapshot) throws IOException;
    }

    /**
     * Captures {@code saving}, writes it with {@code write} and records the save, so the journal
     * forgets it; returns null, or the error with nothing recorded. IO: off the FX thread.
     */
    private Exception writeCaptured(ArticleSession saving, Write write) {
        try {
            ArticleSession.Snapshot snapshot = saving.capture();
            write.to(snapshot);
            saving.markSaved(snapshot);
            recovery.forget(saving.path());
            return null;
        } catch (IOException | DocumentException e) {
            return e;
        }
    }

    /**
     * Runs {@code then} once the open article's edits are safe: saved, or discarded by the user's
     * choice. Cancel runs {@code otherwise} and keeps everything as it is.
     */
    void whenEditsAreSafe(Runnable then, Runnable otherwise) {
        ArticleSession open = host.session();
        if (open == null || !open.isDirty()) {
            then.run();
            return;
        }
        switch (Dialogs.askAboutUnsaved(owner, open.path().getFileName().toString())) {
            case SAVE -> save(false, then);
            case DISCARD -> {
                host.discard();
                recovery.forgetLater(open.path());
                then.run();
            }
            case CANCEL -> otherwise.run();
        }
    }
}
