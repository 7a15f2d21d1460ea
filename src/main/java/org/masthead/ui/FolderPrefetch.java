package org.masthead.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import org.masthead.content.ContentIndex;
import org.masthead.content.FolderScan;
import org.masthead.content.IndexCache;
import org.masthead.content.IndexEntry;

/**
 * The scan of the folder a window is about to open, started before the window is built: building
 * it (classes, fonts, CSS, the first layout) takes the FX thread seconds, and the folder is read
 * meanwhile on the scan's threads. What the scan delivers waits here until the window's folder
 * session takes it over ({@link #take}), then goes to the session as one batch, and the rest as
 * it comes. A window that opens another folder cancels it.
 */
public final class FolderPrefetch {
    private static final AtomicReference<FolderPrefetch> PENDING = new AtomicReference<>();

    private final ContentIndex index;
    private final FolderScan scan;
    // Until a session takes over: the entries so far by path, the newest progress, how it ended.
    private final Map<String, IndexEntry> held = new LinkedHashMap<>();
    private FolderScan.Progress progress;
    private Boolean finishedCancelled;
    private FolderScan.Listener target;

    private FolderPrefetch(Path root) {
        index = new ContentIndex(root, IndexCache.forUser());
        scan = index.load(new Relay());
    }

    /**
     * Starts reading {@code folder} now, for the window built next to open it. Does nothing when
     * that folder is being read already or is not a folder; a prefetch of another folder stops.
     */
    public static void start(Path folder) {
        if (folder == null || !java.nio.file.Files.isDirectory(folder)) {
            return;
        }
        Path root = folder.toAbsolutePath().normalize();
        FolderPrefetch current = PENDING.get();
        if (current != null && current.index.root().equals(root)) {
            return;
        }
        FolderPrefetch started = new FolderPrefetch(root);
        FolderPrefetch previous = PENDING.getAndSet(started);
        if (previous != null) {
            previous.scan.cancel();
        }
    }

    /** The prefetch of {@code root}, handed over once; a prefetch of any other folder is stopped. Null when none. */
    static FolderPrefetch take(Path root) {
        FolderPrefetch pending = PENDING.getAndSet(null);
        if (pending == null) {
            return null;
        }
        if (!pending.index.root().equals(root.toAbsolutePath().normalize()) || pending.scan.isCancelled()) {
            pending.scan.cancel();
            return null;
        }
        return pending;
    }

    ContentIndex index() {
        return index;
    }

    FolderScan scan() {
        return scan;
    }

    /**
     * From now on the scan's output goes to {@code listener}: first what was held, as one batch (and
     * the end, if the scan ended), as a task of {@code handOver} (a lane of the window's background),
     * since a batch of thousands of rows is work and a session's end starts a watcher.
     */
    void attach(FolderScan.Listener listener, Executor handOver) {
        handOver.execute(() -> {
            synchronized (this) {
                if (!held.isEmpty()) {
                    listener.batch(new ArrayList<>(held.values()), progress);
                    held.clear();
                }
                if (finishedCancelled != null) {
                    listener.finished(progress, finishedCancelled);
                }
                target = listener;
            }
        });
    }

    /** Holds the scan's output until a listener is attached, then passes it on; the scan never calls it twice at once. */
    private final class Relay implements FolderScan.Listener {
        @Override
        public void batch(List<IndexEntry> entries, FolderScan.Progress now) {
            synchronized (FolderPrefetch.this) {
                if (target != null) {
                    target.batch(entries, now);
                    return;
                }
                for (IndexEntry e : entries) {
                    held.put(e.path(), e);
                }
                progress = now;
            }
        }

        @Override
        public void removed(List<String> paths, FolderScan.Progress now) {
            synchronized (FolderPrefetch.this) {
                if (target != null) {
                    target.removed(paths, now);
                    return;
                }
                paths.forEach(held::remove);
                progress = now;
            }
        }

        @Override
        public void finished(FolderScan.Progress now, boolean cancelled) {
            synchronized (FolderPrefetch.this) {
                if (target != null) {
                    target.finished(now, cancelled);
                    return;
                }
                progress = now;
                finishedCancelled = cancelled;
            }
        }
    }
}
