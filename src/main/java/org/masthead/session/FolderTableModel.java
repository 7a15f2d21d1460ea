package org.masthead.session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.masthead.content.IndexEntry;
import org.masthead.document.KeyPath;
import org.masthead.seo.Scores;

/**
 * The folder as a table: a row per article of the index, a column per chosen field path, sorted
 * and filtered on any column. It knows nothing of JavaFX. Values the index keeps are shown at once;
 * the others are read from the files on {@code reader}, a chunk at a time, and a row shows
 * {@code null} for a value not read yet. Views are computed on {@code worker} and handed to the
 * sink there, changes that come meanwhile folded into the next one, as in {@link ArticleListModel}.
 * The two score columns ({@link #SCORES}) are no fields: they come from a check of the whole
 * folder on their own executor, again after the folder changes, and show "" until it is done.
 */
public final class FolderTableModel {
    /** One article: its file, its path relative to the folder, and a value per column (null: not read yet). */
    public record Row(Path path, String relative, List<String> values) {
        public String value(int column) {
            return column < 0 ? relative : values.get(column);
        }
    }

    /** What the table shows: the rows sorted and filtered, how many there are in all, and how many wait to be read. */
    public record View(long version, List<KeyPath> columns, List<Row> rows, int total, int unread) {
        public static final View EMPTY = new View(0, List.of(), List.of(), 0, 0);
    }

    /** The column of each article's SEO score ("75 problem"), worked out from a check of the folder, not a field. */
    public static final KeyPath SEO_SCORE = KeyPath.of("(SEO score)");
    /** The column of each article's readability score, as {@link #SEO_SCORE}. */
    public static final KeyPath READABILITY_SCORE = KeyPath.of("(readability score)");
    /** The score columns, as the column chooser offers them. */
    public static final List<KeyPath> SCORES = List.of(SEO_SCORE, READABILITY_SCORE);

    /** The column that is the file's relative path rather than a field. */
    public static final int PATH = -1;
    /** Files read per step, so that a folder of 100,000 fills in steps the table can show. */
    static final int CHUNK = 512;

    private final Executor worker;
    private final Executor reader;
    private final FolderScores.Runs scoring;
    private final Consumer<View> sink;
    private final AtomicBoolean queued = new AtomicBoolean();
    private final AtomicBoolean reading = new AtomicBoolean();
    private final AtomicLong version = new AtomicLong();
    // guarded by this
    private final Map<Path, IndexEntry> entries = new HashMap<>();
    private final Map<Path, Row> rows = new HashMap<>();
    private final Set<Path> unread = new LinkedHashSet<>();
    private Path root;
    private List<KeyPath> columns = List.of();
    private Map<Path, Scores.ArticleScores> scores = Map.of();
    private volatile int sortColumn = PATH;
    private volatile boolean ascending = true;
    private volatile int filterColumn = PATH - 1;
    private volatile String filter = "";

    public FolderTableModel(Executor worker, Executor reader, Consumer<View> sink) {
        this(worker, reader, reader, sink);
    }

    /** With the folder's scores worked out on {@code scorer}, so that a long check holds up no file reading. */
    public FolderTableModel(Executor worker, Executor reader, Executor scorer, Consumer<View> sink) {
        this.worker = worker;
        this.reader = reader;
        this.scoring = new FolderScores.Runs(scorer, this::scored);
        this.sink = sink;
    }

    /** Any filter column below this filters on every column and the path. */
    public static final int ANY = PATH - 1;

    /** Shows {@code columns} from now on; values the index lacks are read again. */
    public void setColumns(Path folder, List<KeyPath> chosen) {
        synchronized (this) {
            root = folder;
            columns = List.copyOf(chosen);
            unread.clear();
            for (Map.Entry<Path, IndexEntry> e : entries.entrySet()) {
                rows.put(e.getKey(), rowOf(e.getKey(), e.getValue()));
            }
            if (sortColumn >= columns.size()) {
                sortColumn = PATH;
            }
            if (filterColumn >= columns.size()) {
                filterColumn = ANY;
            }
        }
        changed();
        readSome();
        scoreSoon();
    }

    public synchronized List<KeyPath> columns() {
        return columns;
    }

    /** Adds or replaces the rows of {@code changed} entries of the folder {@code folder}, and drops {@code removed} (relative paths). */
    public void update(Path folder, Collection<IndexEntry> changed, Collection<String> removed) {
        synchronized (this) {
            root = folder;
            for (String gone : removed) {
                Path path = folder.resolve(gone);
                entries.remove(path);
                rows.remove(path);
                unread.remove(path);
            }
            for (IndexEntry entry : changed) {
                Path path = folder.resolve(entry.path());
                entries.put(path, entry);
                rows.put(path, rowOf(path, entry));
            }
        }
        changed();
        readSome();
        scoreSoon();
    }

    /** Reads {@code paths} again: after a write the index may not see (a field it does not keep). */
    public void reread(Collection<Path> paths) {
        synchronized (this) {
            for (Path path : paths) {
                IndexEntry entry = entries.get(path);
                if (entry != null) {
                    rows.put(path, rowOf(path, entry));
                }
            }
        }
        changed();
        readSome();
    }

    public void clear() {
        synchronized (this) {
            entries.clear();
            rows.clear();
            unread.clear();
        }
        changed();
    }

    /** Shows {@code value} in a cell until the file is read again: an edit kept unsaved in the open article. */
    public void show(Path path, int column, String value) {
        synchronized (this) {
            Row row = rows.get(path);
            if (row == null || column < 0 || column >= row.values().size()) {
                return;
            }
            List<String> values = new ArrayList<>(row.values());
            values.set(column, value);
            rows.put(path, new Row(path, row.relative(), values));
        }
        changed();
    }

    public void setSort(int column, boolean up) {
        sortColumn = column;
        ascending = up;
        changed();
    }

    /** Shows only rows whose {@code column} (or any column, with {@link #ANY}) contains {@code text}, case-insensitively. */
    public void setFilter(int column, String text) {
        filterColumn = column;
        filter = text.strip().toLowerCase(Locale.ROOT);
        changed();
    }

    /** Every article's path, shown or not, in path order. */
    public synchronized List<Path> allPaths() {
        return rows.keySet().stream().sorted().toList();
    }

    public long version() {
        return version.get();
    }

    /** The rows sorted and filtered, from a snapshot taken under the lock. */
    public View view() {
        long at = version.get();
        List<Row> all;
        List<KeyPath> shownColumns;
        int waiting;
        synchronized (this) {
            all = new ArrayList<>(rows.values());
            shownColumns = columns;
            waiting = unread.size();
        }
        int filterOn = filterColumn;
        String text = filter;
        List<Row> kept = new ArrayList<>(all.size());
        for (Row row : all) {
            if (text.isEmpty() || matches(row, filterOn, text)) {
                kept.add(row);
            }
        }
        int by = sortColumn;
        boolean score = by >= 0 && by < shownColumns.size() && SCORES.contains(shownColumns.get(by));
        List<Row> sorted = TableRowSort.sort(kept, by, ascending, score);
        return new View(at, shownColumns, sorted, all.size(), waiting);
    }

    static List<Row> sort(List<Row> rows, int column, boolean up) {
        return TableRowSort.sort(rows, column, up, false);
    }

    private static boolean matches(Row row, int column, String text) {
        if (column >= PATH) {
            String value = row.value(column);
            return value != null && value.toLowerCase(Locale.ROOT).contains(text);
        }
        if (row.relative().toLowerCase(Locale.ROOT).contains(text)) {
            return true;
        }
        for (String value : row.values()) {
            if (value != null && value.toLowerCase(Locale.ROOT).contains(text)) {
                return true;
            }
        }
        return false;
    }

    /** A row with the values the index holds, and its file queued for reading when it lacks any. Holds the lock. */
    private Row rowOf(Path path, IndexEntry entry) {
        List<String> values = new ArrayList<>(columns.size());
        boolean missing = false;
        for (KeyPath column : columns) {
            if (SCORES.contains(column)) {
                values.add(scoreText(path, column));
                continue;
            }
            String value = entry.ok() ? fromIndex(entry, column.toString()) : FieldValues.UNREADABLE;
            missing |= value == null;
            values.add(value);
        }
        if (missing) {
            unread.add(path);
        } else {
            unread.remove(path);
        }
        return new Row(path, entry.path(), values);
    }

    /** The value the index keeps for {@code column}, or null when it keeps none. */
    static String fromIndex(IndexEntry entry, String column) {
        return switch (column) {
            case "id" -> entry.id();
            case "title" -> entry.title();
            case "subject" -> entry.subject();
            case "date" -> entry.date();
            case "url" -> entry.url();
            case "seo.title" -> entry.seoTitle();
            case "seo.page_keywords" -> entry.seoKeywords();
            default -> null;
        };
    }

    /** A score cell's text: "" until the folder is scored, and for a file that is not a page. Holds the lock. */
    private String scoreText(Path path, KeyPath column) {
        Scores.ArticleScores s = scores.get(path.toAbsolutePath().normalize());
        if (s == null) {
            return "";
        }
        return column.equals(SEO_SCORE) ? Scores.text(s.seo(), s.seoBand())
                : Scores.text(s.readability(), s.readabilityBand());
    }

    /** Scores the folder again when a score column is shown; runs coalesce in {@link FolderScores.Runs}. */
    private void scoreSoon() {
        Path folder;
        synchronized (this) {
            if (root == null || columns.stream().noneMatch(SCORES::contains)) {
                return;
            }
            folder = root;
        }
        scoring.request(folder);
    }

    private void scored(Map<Path, Scores.ArticleScores> found) {
        synchronized (this) {
            scores = found;
            for (Map.Entry<Path, Row> e : rows.entrySet()) {
                List<String> values = new ArrayList<>(e.getValue().values());
                for (int i = 0; i < columns.size() && i < values.size(); i++) {
                    if (SCORES.contains(columns.get(i))) {
                        values.set(i, scoreText(e.getKey(), columns.get(i)));
                    }
                }
                e.setValue(new Row(e.getKey(), e.getValue().relative(), values));
            }
        }
        changed();
    }

    /** Starts reading the queued files unless a read is under way already; that one takes the new ones too. */
    private void readSome() {
        if (reading.compareAndSet(false, true)) {
            reader.execute(this::readChunks);
        }
    }

    private void readChunks() {
        try {
            while (true) {
                List<Row> chunk = new ArrayList<>(CHUNK);
                List<KeyPath> wanted;
                synchronized (this) {
                    var it = unread.iterator();
                    while (it.hasNext() && chunk.size() < CHUNK) {
                        chunk.add(rows.get(it.next()));
                    }
                    wanted = columns;
                }
                if (chunk.isEmpty()) {
                    return;
                }
                List<List<String>> read = chunk.parallelStream().map(row -> FieldValues.read(row.path(), wanted)).toList();
                synchronized (this) {
                    for (int r = 0; r < chunk.size(); r++) {
                        Row row = chunk.get(r);
                        // a row replaced or columns chosen meanwhile stay queued, to be read with the newer wish
                        if (wanted != columns || rows.get(row.path()) != row) {
                            continue;
                        }
                        unread.remove(row.path());
                        List<String> values = new ArrayList<>(row.values());
                        List<String> fresh = read.get(r);
                        for (int i = 0; i < values.size(); i++) {
                            if (values.get(i) == null) {
                                values.set(i, fresh.get(i));
                            }
                        }
                        rows.put(row.path(), new Row(row.path(), row.relative(), values));
                    }
                }
                changed();
            }
        } finally {
            reading.set(false);
            boolean more;
            synchronized (this) {
                more = !unread.isEmpty();
            }
            if (more) {
                readSome();
            }
        }
    }

    private void changed() {
        version.incrementAndGet();
        if (queued.compareAndSet(false, true)) {
            worker.execute(() -> {
                queued.set(false);
                sink.accept(view());
            });
        }
    }
}
