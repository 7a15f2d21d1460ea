package org.masthead.session;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.masthead.document.DocumentException;
import org.masthead.seo.FolderCheckCache;
import org.masthead.seo.FolderReport;
import org.masthead.seo.Scores;
import org.masthead.seo.SeoConfig;

/**
 * Each article's SEO and readability scores, for the columns of the article list and the table:
 * the folder checked as {@code masthead check} checks it, by the rules of its {@code .masthead.yml}.
 * Checking the same folder again reads only the files that changed. Call it off the FX thread.
 */
public final class FolderScores {
    private FolderCheckCache cache;

    /** Every judged article's scores, by absolute normalised path. */
    public synchronized Map<Path, Scores.ArticleScores> of(Path folder) throws IOException, DocumentException {
        Path root = folder.toAbsolutePath().normalize();
        if (cache == null || !cache.folder().equals(root)) {
            cache = new FolderCheckCache(root);
        }
        FolderReport report = cache.check(SeoConfig.load(root), Clock.systemDefaultZone(),
                FolderCheckCache.Progress.NONE);
        return byPath(root, report);
    }

    /** The scores of {@code report}'s judged articles, by absolute path under {@code root}; files that are not pages left out. */
    public static Map<Path, Scores.ArticleScores> byPath(Path root, FolderReport report) {
        Map<Path, Scores.ArticleScores> out = new HashMap<>();
        Scores.of(report).forEach((relative, scores) -> {
            if (Scores.judged(report.findingsFor(relative))) {
                out.put(root.resolve(relative).toAbsolutePath().normalize(), scores);
            }
        });
        return out;
    }

    /**
     * Scoring on an executor, one run at a time: a request while a run is going makes one more
     * run after it, of the folder asked for last, so a burst of changes costs two checks, not one each.
     */
    public static final class Runs {
        private final FolderScores scores = new FolderScores();
        private final Executor executor;
        private final Consumer<Map<Path, Scores.ArticleScores>> sink;
        private final AtomicBoolean running = new AtomicBoolean();
        private volatile Path wanted;
        private volatile boolean again;

        /** {@code sink} is told each run's scores on the executor's thread. */
        public Runs(Executor executor, Consumer<Map<Path, Scores.ArticleScores>> sink) {
            this.executor = executor;
            this.sink = sink;
        }

        public void request(Path folder) {
            wanted = folder;
            again = true;
            if (running.compareAndSet(false, true)) {
                executor.execute(this::run);
            }
        }

        private void run() {
            try {
                while (again) {
                    again = false;
                    Map<Path, Scores.ArticleScores> found;
                    try {
                        found = scores.of(wanted);
                    } catch (IOException | DocumentException | RuntimeException e) {
                        found = Map.of(); // a broken .masthead.yml: the cells stay empty, Folder SEO says why
                    }
                    sink.accept(found);
                }
            } finally {
                running.set(false);
                if (again) {
                    request(wanted);
                }
            }
        }
    }
}
