package org.masthead.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The articles of one content folder, by path. {@link #load} fills it with a parallel scan;
 * {@link #refresh} re-reads only the files a watcher saw change and tells listeners what changed.
 *
 * <pre>{@code
 * ContentIndex index = new ContentIndex(folder);
 * index.load((batch, progress) -> list.addAll(batch)).await();
 * index.addListener(changes -> ...);
 * }</pre>
 */
public final class ContentIndex {
    /** What one refresh changed. Paths are relative to the folder, with {@code /} separators. */
    public record Changes(List<IndexEntry> added, List<IndexEntry> updated, List<String> removed) {
        public Changes {
            added = List.copyOf(added);
            updated = List.copyOf(updated);
            removed = List.copyOf(removed);
        }

        public boolean isEmpty() {
            return added.isEmpty() && updated.isEmpty() && removed.isEmpty();
        }
    }

    /** How many articles, and how many of them could not be read. */
    public record Counts(int total, int problems) {
    }

    private final Path root;
    private final IndexCache cache;
    private final Map<String, IndexEntry> entries = new ConcurrentHashMap<>();
    private final List<Consumer<Changes>> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<List<Path>>> touchListeners = new CopyOnWriteArrayList<>();

    public ContentIndex(Path root) {
        this(root, null);
    }

    /** An index whose {@link #load} reuses what {@code cache} kept of unchanged files (none when null). */
    public ContentIndex(Path root, IndexCache cache) {
        this.root = root.toAbsolutePath().normalize();
        this.cache = cache;
    }

    public Path root() {
        return root;
    }

    /** Scans the folder in the background; entries are in the index before {@code listener} sees them. */
    public FolderScan load(FolderScan.Listener listener) {
        return FolderScan.start(root, new FolderScan.Listener() {
            @Override
            public void batch(List<IndexEntry> batch, FolderScan.Progress progress) {
                for (IndexEntry e : batch) {
                    entries.put(e.path(), e);
                }
                listener.batch(batch, progress);
            }

            @Override
            public void removed(List<String> paths, FolderScan.Progress progress) {
                for (String path : paths) {
                    entries.remove(path);
                }
                listener.removed(paths, progress);
            }

            @Override
            public void finished(FolderScan.Progress progress, boolean cancelled) {
                listener.finished(progress, cancelled);
            }
        }, EntryDetail.FULL, cache);
    }

    /** Scans the folder and returns when done. */
    public void loadAndWait() throws InterruptedException {
        load((batch, progress) -> { }).await();
    }

    public Optional<IndexEntry> get(String path) {
        return Optional.ofNullable(entries.get(path));
    }

    /** A snapshot of every entry, sorted by path. */
    public List<IndexEntry> entries() {
        List<IndexEntry> all = new ArrayList<>(entries.values());
        all.sort(Comparator.comparing(IndexEntry::path));
        return all;
    }

    public Counts counts() {
        int problems = 0;
        int total = 0;
        for (IndexEntry e : entries.values()) {
            total++;
            problems += e.ok() ? 0 : 1;
        }
        return new Counts(total, problems);
    }

    /** The highest numeric id in the folder, or 0 when there is none. */
    public long maxId() {
        long max = 0;
        for (IndexEntry e : entries.values()) {
            max = Math.max(max, e.numericId());
        }
        return max;
    }

    public void addListener(Consumer<Changes> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Changes> listener) {
        listeners.remove(listener);
    }

    /**
     * Hears every path {@link #refresh} is asked to re-read (absolute), even when no entry changes:
     * git's status of a file changes with bytes the index does not keep (an author, a paragraph).
     */
    public void addTouchListener(Consumer<List<Path>> listener) {
        touchListeners.add(listener);
    }

    public void removeTouchListener(Consumer<List<Path>> listener) {
        touchListeners.remove(listener);
    }

    /**
     * Re-reads the given files or folders (absolute, or relative to the root) and tells listeners
     * what changed. A path that no longer exists removes its entry and everything under it; a
     * folder is read whole. Paths outside the folder or in hidden folders are ignored.
     */
    public synchronized Changes refresh(Collection<Path> paths) {
        List<IndexEntry> added = new ArrayList<>();
        List<IndexEntry> updated = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        Map<String, Path> toRead = new LinkedHashMap<>();
        for (Path p : paths) {
            Path abs = root.resolve(p).normalize();
            if (abs.equals(root)) {
                Map<String, Path> files = articlesUnder(root, "");
                for (String key : List.copyOf(entries.keySet())) {
                    if (!files.containsKey(key) && entries.remove(key) != null) {
                        removed.add(key);
                    }
                }
                toRead.putAll(files);
                continue;
            }
            String rel = relative(abs);
            if (rel == null) {
                continue;
            }
            if (Files.isDirectory(abs)) {
                toRead.putAll(articlesUnder(abs, rel));
            } else if (Files.exists(abs)) {
                if (FolderScan.isArticleName(abs.getFileName().toString())) {
                    toRead.put(rel, abs);
                }
            } else {
                boolean wasArticle = entries.remove(rel) != null;
                if (wasArticle) {
                    removed.add(rel);
                } else {
                    removeFolder(rel, removed); // gone without a trace as a file: it may have been a folder
                }
            }
        }
        // A checkout can touch thousands of files at once: read them on every core.
        List<IndexEntry> read = toRead.entrySet().parallelStream()
                .map(e -> ArticleReader.read(e.getValue(), e.getKey())).toList();
        for (IndexEntry entry : read) {
            put(entry, added, updated);
        }
        Changes changes = new Changes(added, updated, removed);
        if (!touchListeners.isEmpty()) {
            List<Path> touched = paths.stream().map(p -> root.resolve(p).normalize()).toList();
            touchListeners.forEach(listener -> listener.accept(touched));
        }
        if (!changes.isEmpty()) {
            for (Consumer<Changes> listener : listeners) {
                listener.accept(changes);
            }
        }
        return changes;
    }

    private void removeFolder(String rel, List<String> removed) {
        String prefix = rel + "/";
        for (String key : List.copyOf(entries.keySet())) {
            if (key.startsWith(prefix) && entries.remove(key) != null) {
                removed.add(key);
            }
        }
    }

    private void put(IndexEntry entry, List<IndexEntry> added, List<IndexEntry> updated) {
        IndexEntry old = entries.get(entry.path());
        if (old == null) {
            entries.put(entry.path(), entry);
            added.add(entry);
        } else if (!old.equals(entry)) {
            entries.put(entry.path(), entry);
            updated.add(entry);
        }
        // An equal entry keeps the old object: listeners (the references, the list) hold that one,
        // and after a re-read of the whole folder two copies of every article would stay alive.
    }

    /** The path relative to the root with {@code /} separators, or null when outside it or hidden. */
    String relative(Path abs) {
        if (!abs.startsWith(root) || abs.equals(root)) {
            return null;
        }
        StringBuilder rel = new StringBuilder();
        for (Path part : root.relativize(abs)) {
            String name = part.toString();
            if (ArticleFiles.isHiddenName(name)) {
                return null;
            }
            rel.append(rel.length() == 0 ? "" : "/").append(name);
        }
        return rel.toString();
    }

    /** The article files under a folder that appeared, by relative path, as {@link ArticleFiles} finds them. */
    private static Map<String, Path> articlesUnder(Path dir, String rel) {
        Map<String, Path> found = new java.util.TreeMap<>();
        try {
            for (Path file : ArticleFiles.under(dir)) {
                StringBuilder key = new StringBuilder(rel);
                for (Path part : dir.relativize(file)) {
                    key.append(key.length() == 0 ? "" : "/").append(part);
                }
                found.put(key.toString(), file);
            }
        } catch (IOException e) {
            // The folder went away while we walked it; the watcher will report that next.
        }
        return found;
    }
}
