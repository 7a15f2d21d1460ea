package org.masthead.content.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.masthead.content.ArticleFiles;
import org.masthead.content.batch.FolderReplace.Match;
import org.masthead.content.batch.FolderReplace.Query;
import org.masthead.content.batch.FolderReplace.Scope;
import org.masthead.testing.TestCorpus;

/**
 * The streamed preview of a replace ({@link FolderReplace#diff}, each file's diff handed over as it
 * is planned) is the text of the whole batch's diff ({@link UnifiedDiff#of(Path, Batch)} of
 * {@link FolderReplace#plan}), file for file in the order given, across chunks of the parallel
 * work, for one field, the body, the prose, every value, a regex and an excluded match.
 */
class FolderReplacePreviewTest {
    private static List<Query> queries() {
        return List.of(
                new Query("QuickTakes |", "QT |", false, Scope.FIELD, "seo.title"),
                new Query("QuickTakes", "Quick Takes", false, Scope.FIELD, "title"),
                new Query("Hugo", "HUGO", false, Scope.FIELD, "title"),
                new Query("the", "THE", false, Scope.PROSE_FIELDS, null),
                new Query("the", "THE", false, Scope.BODY, null),
                new Query("/questions/", "/q/", false, Scope.ALL, null),
                new Query("^(\\w+)", "$1!", true, Scope.FIELD, "seo.title"),
                new Query("a", "b", false, Scope.FIELD, "answer"));
    }

    private static String streamed(Path root, List<Path> files, Query q, Set<Match> excluded, List<String> each)
            throws Exception {
        StringBuilder text = new StringBuilder();
        int count = FolderReplace.diff(root, files, q, excluded, problem -> { }, diff -> {
            each.add(diff);
            text.append(diff);
        });
        assertThat(count).as("files counted for " + q).isEqualTo(each.size());
        return text.toString();
    }

    @Test
    void theStreamedDiffIsTheWholeBatchDiff() throws Exception {
        int files = 0;
        for (Path root : TestCorpus.roots()) {
            List<Path> all = ArticleFiles.under(root);
            files += all.size();
            for (Query q : queries()) {
                Batch batch = FolderReplace.plan(root, all, q, Set.of());
                List<String> each = new ArrayList<>();
                assertThat(streamed(root, all, q, Set.of(), each)).as(q.toString()).isEqualTo(UnifiedDiff.of(root, batch));
                assertThat(each).as(q.toString()).hasSize(batch.changes().size());
            }
        }
        // the vendored corpus alone holds 22 articles; the shared one, where it is beside the clone, adds more
        assertThat(files).isGreaterThanOrEqualTo(22);
    }

    @Test
    void aLongShuffledListComesOutInItsOwnOrderChunkAfterChunk() throws Exception {
        Path root = TestCorpus.vendored();
        List<Path> once = ArticleFiles.under(root);
        // the same files several times over, shuffled: more than two chunks, and an order unlike the folder's
        List<Path> files = new ArrayList<>();
        while (files.size() <= 2 * InOrder.CHUNK + 7) {
            files.addAll(once);
        }
        Collections.shuffle(files, new Random(19));
        Query q = new Query("QuickTakes |", "QT |", false, Scope.FIELD, "seo.title");
        List<String> each = new ArrayList<>();
        String text = streamed(root, files, q, Set.of(), each);

        assertThat(text).isEqualTo(UnifiedDiff.of(root, FolderReplace.plan(root, files, q, Set.of())));
        List<String> expected = new ArrayList<>();
        for (Path file : files) {
            String name = root.relativize(file).toString().replace('\\', '/');
            if (name.startsWith("quicktakes/")) {
                expected.add("--- a/" + name);
            }
        }
        assertThat(each).hasSize(expected.size());
        for (int i = 0; i < each.size(); i++) {
            assertThat(each.get(i)).as("diff %d", i).startsWith(expected.get(i) + "\n");
        }
    }

    @Test
    void anExcludedMatchIsLeftOutOfThePreviewAsOfThePlan() throws Exception {
        Path root = TestCorpus.vendored();
        List<Path> files = ArticleFiles.under(root);
        Query q = new Query("the", "THE", false, Scope.PROSE_FIELDS, null);
        List<Match> matches = FolderReplace.find(root, files, q);
        Set<Match> excluded = Set.of(matches.get(0), matches.get(matches.size() / 2));

        String text = streamed(root, files, q, excluded, new ArrayList<>());

        assertThat(text).isEqualTo(UnifiedDiff.of(root, FolderReplace.plan(root, files, q, excluded)))
                .isNotEqualTo(UnifiedDiff.of(root, FolderReplace.plan(root, files, q, Set.of())));
    }
}
