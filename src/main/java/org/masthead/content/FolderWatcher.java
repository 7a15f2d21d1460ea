package org.masthead.content;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Keeps a {@link ContentIndex} in step with its folder. Every subfolder is watched, including
 * ones created later; events are gathered until the folder has been quiet for a moment (so a
 * {@code git pull} of 1,000 files is one refresh, not 1,000), then only the touched paths are
 * re-read, and the index tells its listeners what was added, updated or removed.
 *
 * <pre>{@code
 * index.addListener(changes -> Platform.runLater(() -> apply(changes)));
 * try (FolderWatcher watcher = FolderWatcher.start(index)) { ... }
 * }</pre>
 */
public final class FolderWatcher implements AutoCloseable {
    /** Quiet time that ends a burst of events. */
    static final long QUIET_MILLIS = 150;
    /** A long burst is still flushed this often, so the list never lags more than about a second. */
    static final long MAX_DELAY_MILLIS = 600;

    private final ContentIndex index;
    private final WatchService service;
    private final Map<WatchKey, Watched> keys = new HashMap<>();
    private final Set<Path> watchedReal = new HashSet<>();
    private final Thread thread;
    private final Thread refresher;
    // Paths named by events and not yet re-read; guarded by itself, with the times of the burst.
    private final Set<Path> pending = new LinkedHashSet<>();
    private long firstPending;
    private long lastEvent;
    private volatile boolean closed;

    private FolderWatcher(ContentIndex index) throws IOException {
        this.index = index;
        this.service = index.root().getFileSystem().newWatchService();
        registerTree(index.root());
        this.thread = new Thread(this::loop, "masthead-folder-watcher");
        this.thread.setDaemon(true);
        this.refresher = new Thread(this::refreshLoop, "masthead-folder-refresh");
        this.refresher.setDaemon(true);
    }

    /** Watches the index's folder until {@link #close()}. */
    public static FolderWatcher start(ContentIndex index) throws IOException {
        FolderWatcher watcher = new FolderWatcher(index);
        watcher.thread.start();
        watcher.refresher.start();
        return watcher;
    }

    @Override
    public void close() {
        closed = true;
        try {
            service.close();
        } catch (IOException e) {
            // Closing is best effort: the thread ends on the closed service either way.
        }
        synchronized (pending) {
            pending.notifyAll();
        }
        try {
            thread.join(2000);
            refresher.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** How many folders are watched now: folders deleted must drop out, or checkouts would pile them up. */
    int watchedFolders() {
        synchronized (keys) {
            return keys.size();
        }
    }

    /**
     * Drains the watch service without pause. Java keeps at most 512 events per watched folder
     * before it gives up and reports an overflow, which costs a re-read of the whole folder; a
     * checkout makes thousands, so no reading of files may happen on this thread.
     */
    private void loop() {
        try {
            while (!closed) {
                WatchKey key = service.take();
                synchronized (pending) {
                    long now = System.nanoTime();
                    if (pending.isEmpty()) {
                        firstPending = now;
                    }
                    lastEvent = now;
                    collect(key, pending);
                    pending.notifyAll();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the loop ends
        } finally {
            synchronized (pending) {
                pending.notifyAll();
            }
        }
    }

    /** Re-reads what the events named once the folder has been quiet for a moment, or the burst is overdue. */
    private void refreshLoop() {
        try {
            while (!closed) {
                List<Path> batch;
                synchronized (pending) {
                    while (!closed && (pending.isEmpty() || waitMillis() > 0)) {
                        pending.wait(pending.isEmpty() ? 0 : waitMillis());
                    }
                    if (closed) {
                        return;
                    }
                    batch = List.copyOf(pending);
                    pending.clear();
                }
                try {
                    index.refresh(batch);
                } catch (RuntimeException e) {
                    // A failing listener is a bug to report, but must not stop the watching.
                    Thread self = Thread.currentThread();
                    self.getUncaughtExceptionHandler().uncaughtException(self, e);
                }
            }
        } catch (InterruptedException e) {
            // closed: the loop ends
        }
    }

    /** How long to wait before the pending batch is due: until quiet, but never past the longest delay. */
    private long waitMillis() {
        long now = System.nanoTime();
        long quiet = lastEvent + TimeUnit.MILLISECONDS.toNanos(QUIET_MILLIS) - now;
        long overdue = firstPending + TimeUnit.MILLISECONDS.toNanos(MAX_DELAY_MILLIS) - now;
        long nanos = Math.min(quiet, overdue);
        return nanos <= 0 ? 0 : Math.max(1, TimeUnit.NANOSECONDS.toMillis(nanos));
    }

    private void collect(WatchKey key, Set<Path> pending) {
        Watched watched;
        synchronized (keys) {
            watched = keys.get(key);
        }
        Path dir = watched == null ? null : watched.dir();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || dir == null) {
                // Events were lost: re-read the whole folder rather than guess.
                pending.add(index.root());
                continue;
            }
            Path child = dir.resolve((Path) event.context());
            if (ArticleFiles.isHiddenName(child.getFileName().toString())) {
                continue;
            }
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(child)) {
                registerTree(child);
            }
            pending.add(child);
        }
        if (!key.reset() && watched != null) {
            // The folder is gone; forget it so that a folder made again at this path is watched.
            synchronized (keys) {
                keys.remove(key);
            }
            watchedReal.remove(watched.real());
        }
    }

    /** Watches {@code dir} and every non-hidden folder below it, each real folder once. */
    private void registerTree(Path dir) {
        try {
            Path real = dir.toRealPath();
            if (!watchedReal.add(real)) {
                return;
            }
            WatchKey key = dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
            synchronized (keys) {
                keys.put(key, new Watched(dir, real));
            }
        } catch (IOException | ClosedWatchServiceException e) {
            return; // gone already, or closing: nothing to watch
        }
        try (DirectoryStream<Path> children = Files.newDirectoryStream(dir, Files::isDirectory)) {
            for (Path child : children) {
                if (!ArticleFiles.isHiddenName(child.getFileName().toString())) {
                    registerTree(child);
                }
            }
        } catch (IOException e) {
            // A folder that vanished mid-walk: its parent's delete event follows.
        }
    }

    private record Watched(Path dir, Path real) {
    }
}
