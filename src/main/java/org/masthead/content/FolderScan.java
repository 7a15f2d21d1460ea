package org.masthead.content;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * One parallel pass over a content folder. Directories are listed and files read by the same
 * fork/join pool (one thread per core), so listing a huge folder and reading it overlap; entries
 * reach the listener in batches while the pass runs, so a list can fill as it goes.
 *
 * <p>Hidden folders and files (names starting with {@code .}) are skipped, and each directory is
 * entered once by its real path, which stops symlink loops and links to an ancestor.
 */
public final class FolderScan {
    /** Files read per task and per batch: big enough to amortise, small enough for early first rows. */
    static final int CHUNK = 128;
    /** Cached entries per batch after the first: a few views of the whole list instead of hundreds. */
    static final int CACHED_CHUNK = 32_768;
    /** The first batch of cached entries: small, so the first rows show before the rest are made. */
    static final int FIRST_CACHED_CHUNK = 1_024;

    /** Counts so far. {@code walking} is true until every folder has been listed. */
    public record Progress(int found, int indexed, int problems, boolean walking) {
    }

    /** Receives the scan's output. Calls never overlap, and come from the scan's threads. */
    public interface Listener {
        void batch(List<IndexEntry> entries, Progress progress);

        /**
         * Entries delivered earlier from the index cache whose files the scan did not find: gone
         * since the cache was written. Paths are relative, as in {@link IndexEntry#path}.
         */
        default void removed(List<String> paths, Progress progress) {
        }

        default void finished(Progress progress, boolean cancelled) {
        }
    }

    // Runs before each file is read; tests hold a scan mid-folder with it to see what shows meanwhile.
    private static volatile Consumer<String> beforeRead = name -> { };

    private final Path root;
    private final Listener listener;
    private final EntryDetail detail;
    private final ForkJoinPool pool;
    private final Set<Path> visited = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicInteger found = new AtomicInteger();
    private final AtomicInteger indexed = new AtomicInteger();
    private final AtomicInteger problems = new AtomicInteger();
    private final AtomicInteger pendingDirs = new AtomicInteger();
    private final CountDownLatch done = new CountDownLatch(1);
    private final Object deliveryLock = new Object();
    private final IndexCache cache;
    // What the cache held at the start, by path; read on the scan's first thread, before any file task.
    private Map<String, IndexCache.Stamped> kept = Map.of();
    // Cached entries delivered before the walk whose files the walk has not found yet; what is left
    // when it ends was removed since the cache was written.
    private final Map<String, IndexCache.Stamped> unseen = new ConcurrentHashMap<>();
    // Whether any file was read rather than served by the cache: when none was and none went, the
    // cache file says all there is to say, and writing its tens of MB again is skipped.
    private final AtomicBoolean readAny = new AtomicBoolean();
    // The entries to keep for the next start: reused ones, and those read from a file not changed lately.
    private final Map<String, IndexCache.Stamped> toKeep = new ConcurrentHashMap<>();
    // Files modified after this (nanoseconds since the epoch) may change again within their time's
    // granularity without a new time: their entries are not kept, as git does with racily clean files.
    private final long settledBefore = (System.currentTimeMillis() - 2000) * 1_000_000;

    private FolderScan(Path root, Listener listener, EntryDetail detail, int threads, IndexCache cache) {
        this.root = root;
        this.listener = listener;
        this.detail = detail;
        this.pool = new ForkJoinPool(threads);
        this.cache = detail == EntryDetail.FULL ? cache : null;
    }

    /** Starts scanning {@code root} and returns at once. */
    public static FolderScan start(Path root, Listener listener) {
        return start(root, listener, EntryDetail.FULL);
    }

    /** Starts scanning {@code root}, keeping only {@code detail} of each article, and returns at once. */
    public static FolderScan start(Path root, Listener listener, EntryDetail detail) {
        return start(root, listener, detail, null);
    }

    /**
     * Starts scanning {@code root}, reusing the entries {@code cache} kept for files whose size and
     * time are unchanged, and keeping this scan's entries there once it completes; a null cache
     * reads every file. Only whole entries ({@link EntryDetail#FULL}) are cached.
     */
    public static FolderScan start(Path root, Listener listener, EntryDetail detail, IndexCache cache) {
        FolderScan scan = new FolderScan(root, listener, detail, Runtime.getRuntime().availableProcessors(), cache);
        scan.pool.execute(scan::run);
        return scan;
    }

    /**
     * For tests: {@code hook} runs on a scan's thread with each file's relative path before the file
     * is read, in every scan until it is replaced; it may block to hold that scan at that file.
     */
    public static void setBeforeRead(Consumer<String> hook) {
        beforeRead = hook == null ? name -> { } : hook;
    }

    /** Stops the scan soon; entries already delivered stay delivered. */
    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Waits for the scan to finish or be cancelled. */
    public void await() throws InterruptedException {
        done.await();
    }

    public boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        return done.await(timeout, unit);
    }

    public Progress progress() {
        return new Progress(found.get(), indexed.get(), problems.get(), pendingDirs.get() > 0);
    }

    private void run() {
        try {
            if (cache != null) {
                kept = cache.read(root);
                deliverCached();
            }
            Path real = root.toRealPath();
            visited.add(real);
            pendingDirs.incrementAndGet();
            pool.invoke(new DirTask(root, ""));
            if (!unseen.isEmpty() && !cancelled.get()) {
                List<String> gone = List.copyOf(unseen.keySet());
                synchronized (deliveryLock) {
                    listener.removed(gone, progress());
                }
            }
        } catch (IOException | RuntimeException e) {
            deliver(List.of(IndexEntry.failed("", new IndexEntry.Problem("cannot list the folder: " + e.getMessage(), 0, 0))));
        } finally {
            try {
                synchronized (deliveryLock) {
                    listener.finished(progress(), cancelled.get());
                }
                if (cache != null && !cancelled.get() && (readAny.get() || !unseen.isEmpty() || kept.isEmpty())) {
                    cache.write(root, toKeep.values());
                }
            } finally {
                done.countDown();
                pool.shutdown();
            }
        }
    }

    /**
     * Hands over what the cache kept before any file is stat'ed, in a few large batches: a list of
     * 100,000 articles shows whole at once, and the walk then re-reads only what changed, and says
     * which files went. These entries are not counted as indexed until the walk finds their files.
     */
    private void deliverCached() {
        if (kept.isEmpty()) {
            return;
        }
        unseen.putAll(kept);
        List<IndexEntry> batch = new ArrayList<>(FIRST_CACHED_CHUNK);
        int limit = FIRST_CACHED_CHUNK;
        for (IndexCache.Stamped stamped : kept.values()) {
            if (cancelled.get()) {
                return;
            }
            batch.add(stamped.entry());
            if (batch.size() == limit) {
                synchronized (deliveryLock) {
                    listener.batch(batch, progress());
                }
                limit = CACHED_CHUNK;
                batch = new ArrayList<>(limit);
            }
        }
        if (!batch.isEmpty()) {
            synchronized (deliveryLock) {
                listener.batch(batch, progress());
            }
        }
    }

    private void deliver(List<IndexEntry> batch) {
        int bad = 0;
        for (IndexEntry e : batch) {
            bad += e.ok() ? 0 : 1;
        }
        problems.addAndGet(bad);
        indexed.addAndGet(batch.size());
        synchronized (deliveryLock) {
            listener.batch(batch, progress());
        }
    }

    static boolean isArticleName(String name) {
        return ArticleFiles.isArticleName(name);
    }

    /** Lists one directory: forks a task per subfolder and per chunk of files. */
    private final class DirTask extends RecursiveAction {
        private final Path dir;
        private final String prefix;

        DirTask(Path dir, String prefix) {
            this.dir = dir;
            this.prefix = prefix;
        }

        @Override
        protected void compute() {
            List<RecursiveAction> forked = new ArrayList<>();
            List<Path> chunk = new ArrayList<>(CHUNK);
            try (DirectoryStream<Path> children = Files.newDirectoryStream(dir)) {
                for (Path child : children) {
                    if (cancelled.get()) {
                        break;
                    }
                    String name = child.getFileName().toString();
                    if (ArticleFiles.isHiddenName(name)) {
                        continue;
                    }
                    // Article names are read without a stat first: at 100,000 files the stat is
                    // what costs. A folder named like an article is caught when reading fails.
                    if (isArticleName(name)) {
                        found.incrementAndGet();
                        chunk.add(child);
                        if (chunk.size() == CHUNK) {
                            forked.add(fork(new FileTask(chunk, prefix)));
                            chunk = new ArrayList<>(CHUNK);
                        }
                    } else if (Files.isDirectory(child)) {
                        DirTask sub = enter(child, prefix + name + "/");
                        if (sub != null) {
                            forked.add(fork(sub));
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                deliver(List.of(IndexEntry.failed(prefix.isEmpty() ? "." : prefix,
                        new IndexEntry.Problem("cannot list the folder: " + e.getMessage(), 0, 0))));
            }
            if (!chunk.isEmpty()) {
                new FileTask(chunk, prefix).compute();
            }
            // Newest first: those are on top of this thread's own deque, so it runs what no other
            // thread took before it waits on a task another thread is still reading (a slow file).
            for (int i = forked.size() - 1; i >= 0; i--) {
                forked.get(i).join();
            }
            pendingDirs.decrementAndGet();
        }

        private RecursiveAction fork(RecursiveAction task) {
            task.fork();
            return task;
        }
    }

    /** Reads a chunk of files (and enters the folders among them), then delivers the entries as one batch. */
    private final class FileTask extends RecursiveAction {
        private final List<Path> paths;
        private final String prefix;

        FileTask(List<Path> paths, String prefix) {
            this.paths = paths;
            this.prefix = prefix;
        }

        @Override
        protected void compute() {
            List<IndexEntry> batch = new ArrayList<>(paths.size());
            List<DirTask> subfolders = new ArrayList<>();
            ReadBuffer buffer = new ReadBuffer();
            for (Path p : paths) {
                if (cancelled.get()) {
                    return;
                }
                String name = p.getFileName().toString();
                String path = prefix + name;
                IndexCache.Stamp stamp = cache == null ? null : stamp(p);
                IndexCache.Stamped reused = stamp == null ? null : kept.get(path);
                if (stamp != null) {
                    // a regular file: its row, if the cache showed one, is confirmed or replaced
                    // below; a cached path that is now a folder stays unseen, so its row goes
                    unseen.remove(path);
                }
                if (reused != null && reused.stamp().equals(stamp)) {
                    // delivered before the walk already: only counted now that its file is found
                    toKeep.put(path, reused);
                    indexed.incrementAndGet();
                    problems.addAndGet(reused.entry().ok() ? 0 : 1);
                    continue;
                }
                beforeRead.accept(path);
                readAny.set(true);
                int length;
                try {
                    length = buffer.read(p);
                } catch (IOException | OutOfMemoryError e) {
                    if (Files.isDirectory(p)) {
                        found.decrementAndGet();
                        DirTask sub = enter(p, prefix + name + "/");
                        if (sub != null) {
                            subfolders.add(sub);
                        }
                    } else {
                        batch.add(ArticleReader.unreadable(prefix + name, e));
                    }
                    continue;
                }
                IndexEntry entry = ArticleReader.read(prefix + name, buffer.bytes(), length, detail);
                batch.add(entry);
                if (stamp != null && stamp.modified() < settledBefore) {
                    toKeep.put(path, new IndexCache.Stamped(entry, stamp));
                }
            }
            if (!batch.isEmpty() && !cancelled.get()) {
                deliver(batch);
            }
            invokeAll(subfolders);
        }
    }

    /** The size and time of a regular file, or null when it is not one or cannot be read. */
    private static IndexCache.Stamp stamp(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return attributes.isRegularFile()
                    ? new IndexCache.Stamp(attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS)) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** A task for a folder not entered yet (by real path), or null when it was, or is gone. */
    private DirTask enter(Path dir, String childPrefix) {
        try {
            if (visited.add(dir.toRealPath())) {
                pendingDirs.incrementAndGet();
                return new DirTask(dir, childPrefix);
            }
        } catch (IOException e) {
            // A folder that vanished or a dangling link: nothing to index there.
        }
        return null;
    }
}
