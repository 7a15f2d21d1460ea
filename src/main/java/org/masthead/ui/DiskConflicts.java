package org.masthead.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import javafx.scene.Node;
import org.masthead.content.ArticleMerge;
import org.masthead.document.Document;
import org.masthead.document.DocumentException;

/**
 * What happens when the open article changes on disk (a git pull, another editor): with no
 * unsaved edits it simply reloads; with edits, a {@link ConflictBanner} offers to compare, keep
 * mine, take theirs or merge; when the file is deleted the text stays, with Save here again and
 * Close. The banner goes by itself once the disk holds again the bytes the editor loaded. No
 * dialog opens unless the user clicks. File reads and merges run off the FX thread.
 */
final class DiskConflicts {
    /** What the flow needs from the window. */
    interface Host {
        ArticleSession session();

        /** Shows {@code session} (a merge result) as the open article. */
        void show(ArticleSession session);

        /** Loads the file again from disk, dropping the open edits. */
        void reload(Path file);

        /** Closes the open article without saving. */
        void closeArticle();

        void problem(String message);
    }

    private final Background background;
    private final SaveFlow saveFlow;
    private final Recovery recovery;
    private final Host host;
    private final ConflictBanner banner;
    // the session the banner speaks of, or null; FX thread only
    private ArticleSession about;

    DiskConflicts(Background background, SaveFlow saveFlow, Recovery recovery, Host host) {
        this.background = background;
        this.saveFlow = saveFlow;
        this.recovery = recovery;
        this.host = host;
        this.banner = new ConflictBanner(new ConflictBanner.Actions() {
            @Override
            public void compare() {
                DiskConflicts.this.compare();
            }

            @Override
            public void keepMine() {
                DiskConflicts.this.keepMine();
            }

            @Override
            public void takeTheirs() {
                DiskConflicts.this.takeTheirs();
            }

            @Override
            public void merge() {
                DiskConflicts.this.merge();
            }

            @Override
            public void saveHereAgain() {
                ArticleSession open = about;
                saveFlow.saveHereAgain(() -> {
                    if (open == about) {
                        clear();
                    }
                });
            }

            @Override
            public void close() {
                clear();
                host.closeArticle();
            }
        });
    }

    Node node() {
        return banner.node();
    }

    ConflictBanner banner() {
        return banner;
    }

    /** Another article is shown (or none): the banner spoke of the one before. */
    void clear() {
        about = null;
        banner.hide();
    }

    /** The bytes on disk, or null when the file is gone; IO. */
    private static byte[] diskBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /** The watcher saw the open file change or go: decide what to show. */
    void fileChanged(ArticleSession changed) {
        background.io(() -> new Seen(diskBytes(changed.path()), changed.saved().toBytes()), seen -> {
            if (changed != host.session()) {
                return;
            }
            if (seen.disk() == null) {
                about = changed;
                banner.showDeleted(changed.path().getFileName().toString());
            } else if (Arrays.equals(seen.disk(), seen.loaded())) {
                if (about == changed && banner.state() != ConflictBanner.State.NOTE) {
                    clear();
                }
            } else if (saveFlow.keptMineOver(changed, seen.disk())) {
                // the user already chose their version over exactly these bytes
            } else if (!changed.isDirty()) {
                clear();
                host.reload(changed.path());
            } else {
                about = changed;
                banner.showChanged(changed.path().getFileName().toString());
            }
        });
    }

    private record Seen(byte[] disk, byte[] loaded) {
    }

    private void compare() {
        ArticleSession open = about;
        if (open == null) {
            return;
        }
        background.io(() -> diskBytes(open.path()), disk -> {
            if (disk == null) {
                host.problem(open.path().getFileName() + " is no longer on disk: there is nothing to compare with.");
            } else {
                saveFlow.showDifference(open, disk, () -> { });
            }
        });
    }

    private void keepMine() {
        ArticleSession open = about;
        if (open == null) {
            return;
        }
        background.io(() -> diskBytes(open.path()), disk -> {
            if (open != about) {
                return;
            }
            if (disk != null) {
                saveFlow.keepMineOver(open, disk);
            }
            clear();
        });
    }

    private void takeTheirs() {
        ArticleSession open = about;
        if (open == null) {
            return;
        }
        clear();
        recovery.forgetLater(open.path());
        host.reload(open.path());
    }

    /** What a merge gave: the article to show, and what it took and kept; or why it failed. */
    private record Merged(ArticleSession session, ArticleMerge.Result result, Exception error) {
    }

    private void merge() {
        ArticleSession open = about;
        if (open == null) {
            return;
        }
        background.io(() -> {
            try {
                // the version on disk becomes what the article was loaded from, so saving no longer asks
                ArticleSession fresh = ArticleSession.open(open.path());
                ArticleMerge.Result result = ArticleMerge.merge(open.saved(), open.snapshot(), fresh.saved());
                Document merged = result.merged();
                if (!Arrays.equals(merged.toBytes(), fresh.saved().toBytes())) {
                    fresh.restore(merged, false);
                }
                return new Merged(fresh, result, null);
            } catch (IOException | DocumentException e) {
                return new Merged(null, null, e);
            }
        }, merged -> {
            if (open != about || open != host.session()) {
                return;
            }
            if (merged.error() != null) {
                host.problem("Not merged: " + merged.error().getMessage() + " Your edits are still here.");
                return;
            }
            host.show(merged.session());
            about = merged.session();
            banner.showNote(note(merged.result()));
        });
    }

    static String note(ArticleMerge.Result result) {
        StringBuilder out = new StringBuilder("Merged the version on disk into yours.");
        out.append(result.taken().isEmpty() ? " Nothing of theirs needed taking."
                : " Took theirs in: " + String.join(", ", result.taken()) + ".");
        if (!result.conflicts().isEmpty()) {
            out.append(" Both changed ").append(String.join(", ", result.conflicts()))
                    .append(": yours was kept there.");
        }
        out.append(" Nothing is saved until you save.");
        return out.toString();
    }
}
