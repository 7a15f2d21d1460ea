package org.masthead.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javafx.stage.Window;
import org.masthead.document.Document;
import org.masthead.document.DocumentException;
import org.masthead.document.TextDiff;

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
        ArticleSession.Snapshot[] written = new ArticleSession.Snapshot[1];
        background.io(() -> {
            try {
                written[0] = saving.capture();
                ArticleSession.write(saving.path(), saved, written[0].document(), overwrite);
                saving.markSaved(written[0]);
                recovery.forget(saving.path());
                return null;
            } catch (IOException | DocumentException e) {
                return e;
            }
        }, error -> {
            if (error == null) {
                host.saved(saving);
                afterSave.run();
            } else if (error instanceof ArticleSession.ChangedOnDisk changed && saving == host.session()) {
                askAboutDiskChange(changed, afterSave);
            } else {
                host.problem("Not saved: " + error.getMessage() + " Your edits are still here; try again.");
            }
        });
    }

    /** The file changed under an edit: never overwrite silently. */
    private void askAboutDiskChange(ArticleSession.ChangedOnDisk changed, Runnable afterSave) {
        ArticleSession open = host.session();
        switch (Dialogs.askAboutDiskChange(owner, changed.getMessage())) {
            case RELOAD -> host.reload(open.path());
            case KEEP_MINE -> save(true, afterSave);
            case SHOW_DIFFERENCE -> {
                String mine;
                try {
                    mine = new String(open.snapshot().toBytes(), StandardCharsets.UTF_8);
                } catch (DocumentException e) {
                    mine = e.getMessage();
                }
                Dialogs.showDiff(owner, TextDiff.unified("on disk", changed.diskText, "your version", mine));
                askAboutDiskChange(changed, afterSave);
            }
            case CANCEL -> { }
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
