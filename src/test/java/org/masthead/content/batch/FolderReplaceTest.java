package org.masthead.content.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.content.ArticleFiles;
import org.masthead.content.batch.FolderReplace.Match;
import org.masthead.content.batch.FolderReplace.Query;
import org.masthead.content.batch.FolderReplace.Scope;
import org.masthead.testing.TestCorpus;

class FolderReplaceTest {
    @TempDir
    Path root;

    private List<Path> quicktakes() throws Exception {
        TestCorpus.copy(TestCorpus.quicktakes(), root);
        return ArticleFiles.under(root);
    }

    /** The text of the file at a match's line and column. */
    private static String at(Match m) throws Exception {
        String line = Files.readString(m.file()).lines().skip(m.line() - 1).findFirst().orElseThrow();
        return line.substring(line.offsetByCodePoints(0, m.column() - 1));
    }

    /** The lines of two texts that differ, by index; both have as many lines in these tests. */
    private static List<Integer> changedLines(String before, String after) {
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        assertThat(b).hasSameSizeAs(a);
        return java.util.stream.IntStream.range(0, a.size()).filter(i -> !a.get(i).equals(b.get(i))).boxed().toList();
    }

    @Test
    void aFieldReplaceFindsEachValueAndSplicesOnlyItsLine() throws Exception {
        List<Path> files = quicktakes();
        Query q = new Query("QuickTakes | Physics", "QuickTakes | Physics & Astronomy", false, Scope.FIELD, "seo.title");
        List<Match> matches = FolderReplace.find(root, files, q);
        assertThat(matches).hasSize(2).allSatisfy(m -> {
            assertThat(m.where()).isEqualTo("seo.title");
            assertThat(at(m)).startsWith("QuickTakes | Physics");
            assertThat(m.replaced()).isEqualTo("QuickTakes | Physics & Astronomy");
        });
        Batch batch = FolderReplace.plan(root, files, q, Set.of());
        assertThat(batch.changes()).hasSize(2);
        for (FileChange c : batch.changes()) {
            String before = new String(c.before(), StandardCharsets.UTF_8);
            String after = new String(c.after(), StandardCharsets.UTF_8);
            List<Integer> changed = changedLines(before, after);
            assertThat(changed).hasSize(1);
            assertThat(after.lines().toList().get(changed.get(0))).isEqualTo("  title: QuickTakes | Physics & Astronomy");
        }
    }

    @Test
    void theReferenceBodyIsSearchedDecodedAndMatchesPointIntoTheFile() throws Exception {
        List<Path> files = quicktakes();
        Query q = new Query("XOR", "exclusive-or", false, Scope.BODY, null);
        List<Match> matches = FolderReplace.find(root, files, q);
        assertThat(matches).isNotEmpty().allSatisfy(m -> {
            assertThat(m.where()).isEqualTo("body");
            assertThat(at(m)).startsWith("XOR");
            assertThat(m.lineText()).doesNotContain("\\n").contains("XOR");
        });
        Batch batch = FolderReplace.plan(root, files, q, Set.of());
        assertThat(batch.changes()).hasSize(1);
        FileChange c = batch.changes().get(0);
        String before = new String(c.before(), StandardCharsets.UTF_8);
        String after = new String(c.after(), StandardCharsets.UTF_8);
        assertThat(changedLines(before, after)).hasSize(1);
        String answer = after.lines().filter(l -> l.startsWith("    The concept of")).findFirst().orElseThrow();
        assertThat(answer).doesNotContain("XOR").contains("(often abbreviated as exclusive-or)");
        // the title and description say XOR too, but the body was asked for
        assertThat(after).contains("page_keywords: >-\n    exclusive-or, XOR,");
    }

    @Test
    void anExcludedMatchIsLeftAsItIs() throws Exception {
        List<Path> files = quicktakes();
        Query q = new Query("XOR", "Xor", false, Scope.BODY, null);
        List<Match> matches = FolderReplace.find(root, files, q);
        assertThat(matches).hasSizeGreaterThan(2);
        Match skipped = matches.get(1);
        Batch batch = FolderReplace.plan(root, files, q, Set.of(skipped));
        String after = new String(batch.changes().get(0).after(), StandardCharsets.UTF_8);
        Files.write(batch.changes().get(0).file(), batch.changes().get(0).after());
        List<Match> left = FolderReplace.find(root, files, q);
        assertThat(left).singleElement().satisfies(m -> {
            assertThat(m.line()).isEqualTo(skipped.line());
            assertThat(m.column()).isEqualTo(skipped.column());
        });
        assertThat(after.split("Xor", -1)).hasSize(matches.size());
    }

    @Test
    void theProseIsTitlesQuestionsDescriptionsAndTheBodyButNotUrlsFileNamesOrKeywords() throws Exception {
        List<Path> files = quicktakes();
        Query q = new Query("exclusive", "EXCLUSIVE", false, Scope.PROSE_FIELDS, null);
        List<String> where = FolderReplace.find(root, files, q).stream().map(Match::where).distinct().sorted().toList();
        assertThat(where).containsExactly("article_title", "body", "question", "seo.page_description", "title");
        assertThat(FolderReplace.find(root, files, new Query("samples", "x", false, Scope.PROSE_FIELDS, null))
                .stream().map(Match::where).distinct().toList())
                .contains("related_article1.title").doesNotContain("related_article1.url");
        List<String> everywhere = FolderReplace.find(root, files, new Query("exclusive", "x", false, Scope.ALL, null))
                .stream().map(Match::where).distinct().toList();
        assertThat(everywhere).contains("body", "seo.page_keywords", "title", "file_name", "url");
    }

    @Test
    void aRegexReplaceExpandsGroups() throws Exception {
        List<Path> files = quicktakes();
        Query q = new Query("QuickTakes \\| (\\w+) (\\w+)", "$2, $1 | QuickTakes", true, Scope.FIELD, "seo.title");
        Batch batch = FolderReplace.plan(root, files, q, Set.of());
        assertThat(batch.changes()).hasSize(2);
        assertThat(batch.changes().stream().map(c -> new String(c.after(), StandardCharsets.UTF_8)))
                .anySatisfy(t -> assertThat(t).contains("  title: Media, Digital | QuickTakes\n"))
                .anySatisfy(t -> assertThat(t).contains("  title: Science, Computer | QuickTakes\n"));
    }

    @Test
    void aBadQuerySaysWhatIsWrongInOneLine() {
        assertThatThrownBy(() -> new Query("(unclosed", "x", true, Scope.ALL, null).compile())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the regular expression '(unclosed' is not valid: Unclosed group");
        assertThatThrownBy(() -> new Query("(a)", "$2", true, Scope.ALL, null).compile())
                .hasMessageContaining("the pattern has no group 2");
        assertThatThrownBy(() -> new Query("", "x", false, Scope.ALL, null).compile()).hasMessageContaining("empty");
        assertThat(new Query("$2 (a)", "$1 \\", false, Scope.ALL, null).compile().matcher("cost $2 (a)").find()).isTrue();
    }

    @Test
    void aPlainReplacementIsLiteralInAHugoBody() throws Exception {
        Path file = root.resolve("post.md");
        Files.writeString(file, "+++\ntitle = \"Price\"\n+++\nIt costs 5 USD.\r\nReally 5 USD.\r\n");
        Query q = new Query("USD", "$ (US)", false, Scope.BODY, null);
        Batch batch = FolderReplace.plan(root, List.of(file), q, Set.of());
        assertThat(new String(batch.changes().get(0).after(), StandardCharsets.UTF_8))
                .isEqualTo("+++\ntitle = \"Price\"\n+++\nIt costs 5 $ (US).\r\nReally 5 $ (US).\r\n");
        List<Match> matches = FolderReplace.find(root, List.of(file), q);
        assertThat(matches).extracting(Match::line, Match::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4, 12), org.assertj.core.groups.Tuple.tuple(5, 10));
        assertThat(matches.get(0).lineText()).isEqualTo("It costs 5 USD.");
    }

    @Test
    void wordsSpelledByAnEscapeOrFoldedOverLinesAreStillFound() throws Exception {
        Path escaped = root.resolve("e.md");
        Files.writeString(escaped, "---\ntitle: \"Caf\\u00e9 au lait\"\n---\nbody\n");
        Path folded = root.resolve("f.md");
        Files.writeString(folded, "---\ndescription: >-\n  Coffee au\n  lait here\n---\nbody\n");
        List<Path> files = List.of(escaped, folded);
        assertThat(FolderReplace.find(root, files, new Query("Café au", "x", false, Scope.ALL, null)))
                .singleElement().satisfies(m -> assertThat(m.where()).isEqualTo("title"));
        assertThat(FolderReplace.find(root, files, new Query("au lait here", "x", false, Scope.ALL, null)))
                .singleElement().satisfies(m -> assertThat(m.lineText()).isEqualTo("Coffee au lait here"));
        assertThat(FolderReplace.find(root, files, new Query("Tea au", "x", false, Scope.ALL, null))).isEmpty();
    }
}
