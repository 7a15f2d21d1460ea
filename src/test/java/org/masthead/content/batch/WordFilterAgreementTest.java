package org.masthead.content.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.masthead.content.ArticleFiles;
import org.masthead.content.batch.FolderReplace.Query;
import org.masthead.content.batch.FolderReplace.Scope;
import org.masthead.testing.TestCorpus;

/**
 * The word filter skips no file that holds a match: a plain query, filtered, changes exactly the
 * files and bytes its regex twin changes, which no filter skips, over the corpus, for words that
 * are in many files, in few, in none, and words an escape or a folded line could spell.
 */
class WordFilterAgreementTest {
    @Test
    void aFilteredPlainQueryChangesWhatItsUnfilteredRegexTwinChanges() throws Exception {
        List<String> words = List.of("the", "Hugo", "QuickTakes |", "is a", "Markov chain", "don't", "e", "\u00e9",
                "front matter", "no such words here");
        int changed = 0;
        for (Path root : TestCorpus.roots()) {
            List<Path> files = ArticleFiles.under(root);
            for (String word : words) {
                for (Scope scope : List.of(Scope.PROSE_FIELDS, Scope.ALL)) {
                    Batch plain = FolderReplace.plan(root, files, new Query(word, "X", false, scope, null), Set.of());
                    Batch twin = FolderReplace.plan(root, files,
                            new Query(Pattern.quote(word), Matcher.quoteReplacement("X"), true, scope, null), Set.of());
                    assertThat(plain.changes()).as(word + " in " + scope + " of " + root).isEqualTo(twin.changes());
                    changed += plain.changes().size();
                }
            }
        }
        assertThat(changed).isGreaterThan(50);
    }
}
