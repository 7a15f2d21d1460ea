package org.masthead.ui;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;
import org.masthead.seo.FolderCheckCache;
import org.masthead.seo.Scores;
import org.masthead.session.ArticleItem;
import org.masthead.session.FolderScores;
import org.masthead.session.SharedFolderCheck;

/**
 * The article list's SEO and Readability columns: each article's two scores (the table view and
 * Folder SEO add their bands, "75 problem"), from a check of the whole folder run on a lane of its own once the folder is
 * indexed, as {@code masthead check} runs it, and kept with Folder SEO's ({@link SharedFolderCheck}). Sorting puts the best scores first (descending) or
 * the worst (ascending); an article not yet scored, or not a page, shows nothing and sorts last.
 */
final class ScoreColumns {
    private final Background.Lane lane;
    private final ArticleListPane list;
    private final SharedFolderCheck folderChecks;
    // Read by the list's sorting lane and the table cells; replaced whole on the FX thread.
    private volatile Map<Path, Scores.ArticleScores> scores = Map.of();

    /** {@code dashboard}'s kept checks are the columns' too: Folder SEO then reads nothing they read. */
    ScoreColumns(Background background, ArticleListPane list, DashboardPane dashboard) {
        this.lane = background.lane("masthead-score-columns");
        this.list = list;
        this.folderChecks = dashboard.folderChecks();
        // the list is narrow beside the editor: it shows the number; the table view and Folder SEO add the band
        add("article-seo-score", "SEO", s -> String.valueOf(s.seo()), Scores.ArticleScores::seo);
        add("article-readability-score", "Readability", s -> String.valueOf(s.readability()),
                Scores.ArticleScores::readability);
    }

    private void add(String id, String name, Function<Scores.ArticleScores, String> shown,
                     Function<Scores.ArticleScores, Integer> score) {
        TableColumn<ArticleItem, String> column = list.addColumn(id, name, item -> {
            Scores.ArticleScores s = of(item);
            return s == null ? "" : shown.apply(s);
        }, item -> {
            Scores.ArticleScores s = of(item);
            return s == null ? null : String.format("%03d", score.apply(s));
        });
        // the list squeezes its columns to its width; a score of 100 must still read whole
        column.setMinWidth(Math.ceil(new Text("100").getLayoutBounds().getWidth()) + 16);
    }

    private Scores.ArticleScores of(ArticleItem item) {
        return scores.get(item.path().toAbsolutePath().normalize());
    }

    /**
     * Scores every article of {@code root} again: once the folder is listed, and after each change
     * to its files or rules (a save included). Only unchanged files' judgements are reused, and a
     * request made while one runs supersedes those still queued, so a storm costs two runs.
     */
    void count(Path root) {
        lane.latest(this, Background.Keep.LATEST_ONLY, () -> scored(root), found -> {
            scores = found;
            list.refreshColumns();
        });
    }

    /** The scores shown now, by absolute path. */
    Map<Path, Scores.ArticleScores> scores() {
        return scores;
    }

    private Map<Path, Scores.ArticleScores> scored(Path root) {
        try {
            Path folder = root.toAbsolutePath().normalize();
            return FolderScores.byPath(folder, folderChecks.check(folder, FolderCheckCache.Progress.NONE));
        } catch (Exception e) {
            // a broken .masthead.yml or an unreadable folder: the columns stay empty, Folder SEO says why
            return Map.of();
        }
    }
}
