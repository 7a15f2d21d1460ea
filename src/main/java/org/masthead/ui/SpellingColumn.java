package org.masthead.ui;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.masthead.content.ArticleFiles;
import org.masthead.spell.FolderSpelling;
import org.masthead.spell.Misspelling;
import org.masthead.spell.SpellRun;

/**
 * The article list's Spelling column: each article's count of misspellings, as {@code masthead
 * spell} counts them, worked out on a lane of its own once the folder is indexed. Sorting by it
 * puts the articles with the most (descending) or none (ascending) first; an article not yet
 * counted, or unreadable, shows nothing and sorts last.
 */
final class SpellingColumn {
    private final Background.Lane lane;
    private final ArticleListPane list;
    private final AtomicLong generation = new AtomicLong();
    // Read by the list's sorting lane and the table cells; replaced whole on the FX thread.
    private volatile Map<Path, Integer> counts = Map.of();
    private java.util.function.Consumer<Map<Path, Integer>> onCounted = found -> { };

    SpellingColumn(Background background, ArticleListPane list) {
        this.lane = background.lane("masthead-spelling-counts");
        this.list = list;
        list.addColumn("article-spelling", "Spelling", item -> {
            Integer n = counts.get(item.path().toAbsolutePath().normalize());
            return n == null ? "" : Integer.toString(n);
        }, item -> {
            Integer n = counts.get(item.path().toAbsolutePath().normalize());
            return n == null ? null : String.format("%09d", n);
        });
    }

    /** Counts the misspellings of every article of {@code root} again; an older count still running is dropped. */
    void count(Path root) {
        long mine = generation.incrementAndGet();
        lane.run(() -> counted(root), found -> {
            if (mine == generation.get()) {
                counts = found;
                list.refreshColumns();
                onCounted.accept(found);
            }
        });
    }

    /** Told each new set of counts, on the FX thread, by absolute path. */
    void setOnCounted(java.util.function.Consumer<Map<Path, Integer>> handler) {
        onCounted = handler;
    }

    private static Map<Path, Integer> counted(Path root) {
        Map<Path, Integer> out = new HashMap<>();
        try {
            List<Path> files = ArticleFiles.under(root);
            SpellRun.Report report = SpellRun.check(FolderSpelling.open(root, null), root, files, null);
            java.util.Set<String> uncounted = new java.util.HashSet<>();
            report.noDictionary().values().forEach(uncounted::addAll);
            for (Path file : files) {
                String path = root.relativize(file).toString().replace('\\', '/');
                List<Misspelling> found = report.misspellings().get(path);
                if (!uncounted.contains(path)) {
                    out.put(file.toAbsolutePath().normalize(), found == null ? 0 : found.size());
                }
            }
        } catch (Exception e) {
            // no dictionary or an unreadable folder: the column stays empty, the editor says why
        }
        return out;
    }
}
