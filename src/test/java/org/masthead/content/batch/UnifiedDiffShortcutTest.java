package org.masthead.content.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.masthead.content.ArticleFiles;
import org.masthead.content.batch.FolderReplace.Query;
import org.masthead.content.batch.FolderReplace.Scope;
import org.masthead.document.KeyPath;
import org.masthead.testing.TestCorpus;

/**
 * The diff of a change beside the body field, made without reading the new file again, is the
 * diff made by reading both files in full: for changes before the body, after it, in it, across
 * it, adding and removing lines, on every article of the corpus.
 */
class UnifiedDiffShortcutTest {
    @Test
    void theShortcutDiffIsTheFullDiff() throws Exception {
        int compared = 0;
        for (Path root : TestCorpus.roots()) {
            List<Path> all = ArticleFiles.under(root);
            int step = TestCorpus.isShared(root) ? 7 : 1;
            List<Path> files = java.util.stream.IntStream.range(0, all.size()).filter(i -> i % step == 0)
                    .mapToObj(all::get).toList();
            List<Batch> batches = new ArrayList<>();
            batches.add(FolderReplace.plan(root, files, new Query("QuickTakes |", "QT |", false, Scope.FIELD, "seo.title"),
                    Set.of()));
            batches.add(FolderReplace.plan(root, files, new Query("/questions/", "/q/", false, Scope.ALL, null), Set.of()));
            batches.add(FolderReplace.plan(root, files, new Query("the", "THE", false, Scope.PROSE_FIELDS, null), Set.of()));
            batches.add(FolderReplace.plan(root, files, new Query("(?s)^(.*)$", "$1\nmore", true, Scope.FIELD, "title"),
                    Set.of()));
            batches.add(BulkEdits.set(root, files, KeyPath.of("reviewed"), "yes"));
            batches.add(BulkEdits.set(root, files, KeyPath.parse("seo.note"), "a new line in a map"));
            batches.add(BulkEdits.removeKey(root, files, KeyPath.of("score")));
            batches.add(BulkEdits.removeKey(root, files, KeyPath.of("date_format")));
            for (Batch batch : batches) {
                for (FileChange c : batch.changes()) {
                    assertThat(UnifiedDiff.of(root, c)).as(batch.title() + " of " + c.file())
                            .isEqualTo(UnifiedDiff.ofRead(root, c));
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(50);
    }
}
