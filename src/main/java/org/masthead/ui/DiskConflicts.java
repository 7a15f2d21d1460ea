package org.masthead.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.masthead.content.ArticleMerge;
import org.masthead.document.Document;
import org.masthead.document.DocumentException;
import org.masthead.session.ArticleSession;

/**
 * What happens when the open article changes on disk (a git pull, another editor): with no
 * unsaved edits it simply reloads; with edits, a {@link ConflictBanner} offers to compare, keep
 * mine, take theirs or merge; when the file is deleted the text stays, with Save here again and
 * Close. The banner goes by itself once the disk holds again the bytes the editor loaded. No
 * dialog opens unless the user clicks. File reads and merges run off the FX thread.
 *
 * <p>Besides the folder watcher's events (which name a file only when its listed metadata
 * changed), the open file itself is looked at once a second: its size, time and identity, a
 * single stat, so that a change to the body alone, or a checkout back to the loaded bytes, is
 * seen too.
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

        /** Asks where to save the open article; empty when the user cancels. */
        Optional<Path> askSaveAsPath(Path deleted);

        /** The open article now lives at {@code path}. */
        void movedTo(Path path);

        void problem(String message);
    }

    private final Background background;
    private final SaveFlow saveFlow;
    private final Recovery recovery;
    private final Host host;
    private final ConflictBanner banner;
    // the session the banner speaks of, or null; FX thread only
    private ArticleSession about;
    private final ScheduledFuture<?> poller;
    private volatile ArticleSession watched;
    // poller thread only
    private ArticleSession stamped;
    private Stamp stamp;

    DiskConflicts(Window owner, Background background, SaveFlow saveFlow, Recovery recovery, Host host) {
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
            public void saveAs() {
                ArticleSession open = about;
                if (open == null) {
                    return;
                }
                host.askSaveAsPath(open.path()).ifPresent(target -> saveFlow.saveAs(target, () -> {
                    if (open == about) {
                        clear();
                    }
                    host.movedTo(target);
                }));
            }

            @Override
            public void close() {
                clear();
                host.closeArticle();
            }
        });
        poller = background.every("masthead-open-file", Duration.ofSeconds(1), this::poll);
        owner.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> close());
    }

    /** Stops looking at the open file; the window is gone. */
    void close() {
        poller.cancel(true);
    }

    Node node() {
        return banner.node();
    }

    /** Starts looking after {@code open}, the article now shown (null: none); the banner spoke of the one before. */
    void watch(ArticleSession open) {
        clear();
        watched = open;
    }

    /** What a stat of the file says; equal stamps mean the file was not written in between. */
    private record Stamp(boolean exists, long size, long modifiedNanos, Object fileKey) {
        static Stamp of(Path file) {
            try {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                return new Stamp(true, a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS), a.fileKey());
            } catch (IOException e) {
                return new Stamp(false, 0, 0, null);
            }
        }
    }

    /** On the poller thread: a look at the watched file; the first look at an article always checks it. */
    private void poll() {
        ArticleSession open = watched;
        if (open == null) {
            return;
        }
        Stamp now = Stamp.of(open.path());
        if (open != stamped || !Objects.equals(now, stamp)) {
            stamped = open;
            stamp = now;
            Platform.runLater(() -> fileChanged(open));
        }
    }

    /** Another article is shown (or none): the banner spoke of the one before. */
    void clear() {
        about = null;
        banner.hide();
    }

    // what diskBytes gives for a file that is there but cannot be read now (a lock, a permission)
    private static final byte[] UNREADABLE = new byte[0];

    /** The bytes on disk, null when the file is gone, or {@link #UNREADABLE}; IO. */
    private static byte[] diskBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            return UNREADABLE;
        }
    }

    /** The watcher saw the open file change or go: decide what to show. */
    void fileChanged(ArticleSession changed) {
        if (changed == null) {
            return;
        }
        background.io(() -> {
            Document loaded = changed.saved();
            return new Seen(diskBytes(changed.path()), loaded.toBytes(), loaded);
        }, seen -> {
            if (changed != host.session() || saveFlow.isWriting(changed)) {
                return;
            }
            if (changed.saved() != seen.loadedDocument()) {
                fileChanged(changed); // saved meanwhile: look again against what it now holds
                return;
            }
            if (seen.disk() == UNREADABLE) {
                return; // the next change of its stamp looks again
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

    private record Seen(byte[] disk, byte[] loaded, Document loadedDocument) {
    }

    private void compare() {
        ArticleSession open = about;
        if (open == null) {
            return;
        }
        background.io(() -> diskBytes(open.path()), disk -> {
            if (disk == null || disk == UNREADABLE) {
                host.problem(open.path().getFileName() + " cannot be read from disk now: there is nothing to compare with.");
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
            if (disk != null && disk != UNREADABLE) {
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
            } catch (IOException | DocumentException | ArticleMerge.CannotMerge e) {
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
