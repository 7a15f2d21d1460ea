package org.masthead.session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The article list as data: every row by path, the order and filter the table shows, and the
 * article the user chose. It knows nothing of JavaFX: a folder's scan and watcher feed it from
 * their own threads, it sorts and filters on its worker, and hands each result to its sink as one
 * immutable {@link View}. Changes that arrive while a view is being computed are folded into the
 * next one, so a storm of thousands of files costs a handful of views, not one per file.
 *
 * <pre>{@code
 * ArticleListModel model = new ArticleListModel(executor, view -> Platform.runLater(() -> show(view)));
 * model.update(changedItems, removedPaths);
 * }</pre>
 */
public final class ArticleListModel {
    /** What the table shows for one version of the model: the rows sorted and filtered, and the folder's counts. */
    public record View(long version, List<ArticleItem> rows, int total, int problems, Path selected, Map<Path, Integer> rowIndex) {
        public static final View EMPTY = new View(0, List.of(), 0, 0, null, Map.of());

        /** The row that shows {@code path}, or -1 when it is filtered out or gone. */
        public int indexOf(Path path) {
            return path == null ? -1 : rowIndex.getOrDefault(path, -1);
        }

        public int selectedIndex() {
            return indexOf(selected);
        }
    }

    /** Rows by title (label), as the list opens. */
    public static final Comparator<ArticleItem> BY_TITLE = Comparator.comparing(ArticleItem::label, String.CASE_INSENSITIVE_ORDER);

    private final Executor worker;
    private final Consumer<View> sink;
    private final AtomicBoolean queued = new AtomicBoolean();
    // Only the rows take the lock; what the FX thread sets on a keystroke or a click never waits
    // behind a worker copying 100,000 rows (nor behind a worker the machine paused mid-copy).
    private final Map<Path, ArticleItem> byPath = new HashMap<>();
    // What changed since the last view, under the same lock: a view merges it into the rows it
    // sorted before instead of sorting the whole folder again for every batch a scan delivers.
    private Map<Path, ArticleItem> pendingChanged = new HashMap<>();
    private Set<Path> pendingRemoved = new HashSet<>();
    private boolean pendingReset = true;
    // Every row in the order sortedBy gave, as of the last view; only view() reads and replaces it,
    // under viewLock. Never changed in place once made, so a view may hand it out.
    private final Object viewLock = new Object();
    private List<ArticleItem> sortedAll = List.of();
    private Comparator<ArticleItem> sortedBy;
    private volatile Comparator<ArticleItem> order = BY_TITLE;
    private volatile String query = "";
    private volatile Path selected;
    // a second filter, set by the Git menu
    private volatile Predicate<ArticleItem> only;
    private final AtomicLong version = new AtomicLong();

    /** Computes views on {@code worker} and hands each to {@code sink} there. */
    public ArticleListModel(Executor worker, Consumer<View> sink) {
        this.worker = worker;
        this.sink = sink;
    }

    /** Adds or replaces rows by path and drops removed paths. Callable from any thread. */
    public void update(Collection<ArticleItem> changed, Collection<Path> removed) {
        synchronized (this) {
            for (Path path : removed) {
                if (byPath.remove(path) != null) {
                    pendingChanged.remove(path);
                    pendingRemoved.add(path);
                }
            }
            for (ArticleItem item : changed) {
                if (byPath.put(item.path(), item) != null) {
                    // the sorted rows may hold the old item of this path: it leaves them first
                    pendingRemoved.add(item.path());
                }
                pendingChanged.put(item.path(), item);
            }
        }
        version.incrementAndGet();
        schedule();
    }

    public void clear() {
        synchronized (this) {
            byPath.clear();
            pendingChanged = new HashMap<>();
            pendingRemoved = new HashSet<>();
            pendingReset = true;
        }
        selected = null;
        version.incrementAndGet();
        schedule();
    }

    /** The order of the rows; ties (and a null order) fall back to the path, so the order is total. */
    public void setOrder(Comparator<ArticleItem> comparator) {
        order = comparator;
        version.incrementAndGet();
        schedule();
    }

    /** Shows only rows whose title, subject, id, url or file name contain {@code text}, case-insensitively. */
    public void setQuery(String text) {
        query = text.strip().toLowerCase(Locale.ROOT);
        version.incrementAndGet();
        schedule();
    }

    /** Shows only rows that also pass {@code test} (the Git menu's changed articles); null shows all. */
    public void setOnly(Predicate<ArticleItem> test) {
        only = test;
        version.incrementAndGet();
        schedule();
    }

    /** The article the user chose; only the user (through the pane) changes it, never an update. */
    public void select(Path path) {
        selected = path;
        version.incrementAndGet();
        schedule();
    }

    public Path selected() {
        return selected;
    }

    public synchronized Optional<ArticleItem> find(Path path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /** Every row that passes {@code test}, whether shown or not, by path. */
    public synchronized List<ArticleItem> matching(Predicate<ArticleItem> test) {
        return byPath.values().stream().filter(test).sorted(Comparator.comparing(ArticleItem::path)).toList();
    }

    public long version() {
        return version.get();
    }

    /**
     * Sorts and filters a snapshot; the lock is held only while the changes are taken. The version
     * is read first: a change made meanwhile has a higher one and schedules the view that shows it.
     * The rows sorted for the last view are kept: a view after a batch sorts the batch and merges
     * it in, and only a new order (or a cleared list) sorts every row again.
     */
    public View view() {
        synchronized (viewLock) {
            long at = version.get();
            Comparator<ArticleItem> sort = order;
            String filter = query;
            Path chosen = selected;
            Predicate<ArticleItem> keep = only;
            Comparator<ArticleItem> byPathOrder = Comparator.comparing(ArticleItem::path);
            Comparator<ArticleItem> total = sort == null ? byPathOrder : sort.thenComparing(byPathOrder);
            boolean whole;
            List<ArticleItem> items;
            Set<Path> gone;
            synchronized (this) {
                whole = pendingReset || sort != sortedBy;
                items = new ArrayList<>(whole ? byPath.values() : pendingChanged.values());
                gone = pendingRemoved;
                pendingChanged = new HashMap<>();
                pendingRemoved = new HashSet<>();
                pendingReset = false;
            }
            items.sort(total);
            if (whole) {
                sortedAll = items;
            } else if (!items.isEmpty() || !gone.isEmpty()) {
                sortedAll = merge(without(sortedAll, gone), items, total);
            }
            sortedBy = sort;
            List<ArticleItem> all = sortedAll;
            List<ArticleItem> rows = all;
            int problems = 0;
            boolean filtered = !filter.isEmpty() || keep != null;
            if (filtered) {
                rows = new ArrayList<>();
            }
            for (ArticleItem item : all) {
                problems += item.hasProblem() ? 1 : 0;
                if (filtered && item.matches(filter) && (keep == null || keep.test(item))) {
                    rows.add(item);
                }
            }
            Map<Path, Integer> index = new HashMap<>(rows.size() * 2);
            for (int i = 0; i < rows.size(); i++) {
                index.put(rows.get(i).path(), i);
            }
            return new View(at, Collections.unmodifiableList(rows), all.size(), problems, chosen, index);
        }
    }

    private static List<ArticleItem> without(List<ArticleItem> rows, Set<Path> gone) {
        if (gone.isEmpty()) {
            return rows;
        }
        List<ArticleItem> kept = new ArrayList<>(rows.size());
        for (ArticleItem item : rows) {
            if (!gone.contains(item.path())) {
                kept.add(item);
            }
        }
        return kept;
    }

    /** Two lists sorted by {@code order} as one sorted list. */
    static List<ArticleItem> merge(List<ArticleItem> a, List<ArticleItem> b, Comparator<ArticleItem> order) {
        List<ArticleItem> merged = new ArrayList<>(a.size() + b.size());
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            merged.add(order.compare(a.get(i), b.get(j)) <= 0 ? a.get(i++) : b.get(j++));
        }
        merged.addAll(a.subList(i, a.size()));
        merged.addAll(b.subList(j, b.size()));
        return merged;
    }

    /** Queues one computation unless one is queued already; that one will see this change too. */
    private void schedule() {
        if (queued.compareAndSet(false, true)) {
            worker.execute(() -> {
                queued.set(false);
                sink.accept(view());
            });
        }
    }
}
