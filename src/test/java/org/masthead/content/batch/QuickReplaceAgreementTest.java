package org.masthead.content.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.content.ArticleFiles;
import org.masthead.content.batch.FolderReplace.Match;
import org.masthead.content.batch.FolderReplace.Query;
import org.masthead.content.batch.FolderReplace.Scope;
import org.masthead.document.Document;
import org.masthead.document.KeyPath;
import org.masthead.document.QuickEdits;
import org.masthead.testing.TestCorpus;

/**
 * A replace planned with quick splices ({@link QuickEdits}, taken when no match is excluded) writes
 * exactly the bytes the planner through {@link Document} writes (taken when one is), for every
 * file of the corpus and replacements that stay plain, need quotes, break lines or change nothing.
 */
class QuickReplaceAgreementTest {
    /** An exclusion that matches nothing, to send every file through Document. */
    private static final Set<Match> THROUGH_DOCUMENT = Set.of(new Match(Path.of("none"), 0, 0, "", "", ""));

    @TempDir
    Path temp;

    private static Map<Path, String> changes(Batch batch) {
        Map<Path, String> out = new TreeMap<>();
        for (FileChange c : batch.changes()) {
            out.put(c.file(), new String(c.after(), StandardCharsets.UTF_8));
        }
        return out;
    }

    @Test
    void quickSplicesWriteWhatDocumentWrites() throws Exception {
        List<Query> queries = new ArrayList<>();
        for (Scope scope : List.of(Scope.PROSE_FIELDS, Scope.BODY, Scope.ALL)) {
            queries.add(new Query("the", "THE", false, scope, null));
            queries.add(new Query("a", "a: b", false, scope, null));
            queries.add(new Query("e", " #é ", false, scope, null));
            queries.add(new Query("^(\\w)", " $1", true, scope, null));
            queries.add(new Query("(\\w+)$", "$1 ", true, scope, null));
            queries.add(new Query("s", "s\n", false, scope, null));
            queries.add(new Query("o", "o\u2028", false, scope, null));
            queries.add(new Query("of", "of", false, scope, null));
            queries.add(new Query("^.*$", "", true, scope, null));
            queries.add(new Query("^.*$", "yes", true, scope, null));
            queries.add(new Query("^.*$", "- item", true, scope, null));
        }
        queries.add(new Query("QuickTakes | ", "", false, Scope.FIELD, "seo.title"));
        queries.add(new Query("Hugo", "12", false, Scope.FIELD, "title"));
        queries.add(new Query("^", "'", true, Scope.FIELD, "title"));
        int files = 0;
        for (Path root : TestCorpus.roots()) {
            // the shared corpus adds variety; every fifth of its files keeps the test short
            List<Path> all = ArticleFiles.under(root);
            int step = TestCorpus.isShared(root) ? 5 : 1;
            List<Path> articles = java.util.stream.IntStream.range(0, all.size()).filter(i -> i % step == 0)
                    .mapToObj(all::get).toList();
            files += articles.size();
            for (Query q : queries) {
                Map<Path, String> quick = changes(FolderReplace.plan(root, articles, q, Set.of()));
                Map<Path, String> full = changes(FolderReplace.plan(root, articles, q, THROUGH_DOCUMENT));
                assertThat(quick.keySet()).as(q.toString()).isEqualTo(full.keySet());
                for (Path file : full.keySet()) {
                    assertThat(quick.get(file)).as(q + " in " + file).isEqualTo(full.get(file));
                }
            }
        }
        assertThat(files).isGreaterThan(20);
    }

    @Test
    void theReferenceFormatsValuesAndBodyAreSplicedQuickly() throws Exception {
        byte[] bytes = Files.readAllBytes(TestCorpus.referenceArticle());
        QuickEdits quick = QuickEdits.read(bytes);
        assertThat(quick).isNotNull();
        assertThat(quick.bodyPath()).isEqualTo(KeyPath.of("answer"));
        assertThat(quick.set(KeyPath.parse("seo.title"), "QT | Maths")).as("a plain value").isTrue();
        assertThat(quick.set(KeyPath.of("title"), "A new title")).as("a one-line >- value").isTrue();
        assertThat(quick.setMarkdown(quick.markdown().replace("the", "THE"))).as("the answer").isTrue();
        Document doc = Document.parse("x.md", bytes);
        Document expected = doc.set(KeyPath.parse("seo.title"), "QT | Maths").set(KeyPath.of("title"), "A new title")
                .withMarkdown(doc.markdown().replace("the", "THE"));
        assertThat(new String(quick.toBytes(), StandardCharsets.UTF_8)).isEqualTo(expected.text());
    }

    @Test
    void whatCannotBeProvedLocalIsLeftToDocument() throws Exception {
        QuickEdits quick = QuickEdits.read("""
                ---
                title: Plain
                quoted: "Q"
                block: >-
                    one line
                n: 3
                ---
                Body
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(quick.set(KeyPath.of("title"), "needs: quotes")).isFalse();
        assertThat(quick.set(KeyPath.of("title"), "true")).as("would read as a boolean").isFalse();
        assertThat(quick.set(KeyPath.of("quoted"), "R")).as("quoted styles are Document's").isFalse();
        assertThat(quick.set(KeyPath.of("block"), " leading blank")).isFalse();
        assertThat(quick.set(KeyPath.of("block"), "two\nlines")).isFalse();
        assertThat(quick.set(KeyPath.of("n"), "4")).as("not a string").isFalse();
        assertThat(quick.changed()).isFalse();
        assertThat(QuickEdits.read("+++\ntitle = \"t\"\n+++\n".getBytes(StandardCharsets.UTF_8))).isNull();
    }
}
