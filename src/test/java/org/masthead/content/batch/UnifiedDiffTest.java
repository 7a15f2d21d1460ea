package org.masthead.content.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.content.LineDiff;
import org.masthead.testing.TestCorpus;

class UnifiedDiffTest {
    private static final Path ROOT = Path.of("/site").toAbsolutePath();

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anEditIsAGitStyleHunkWithThreeLinesOfContext() {
        String before = "a\nb\nc\nd\ne\nf\ng\nh\n";
        String after = "a\nb\nc\nd\nE\nf\ng\nh\n";
        String diff = UnifiedDiff.of(ROOT, FileChange.edit(ROOT.resolve("posts/x.md"), utf8(before), utf8(after)));
        assertThat(diff).isEqualTo("""
                --- a/posts/x.md
                +++ b/posts/x.md
                @@ -2,7 +2,7 @@
                 b
                 c
                 d
                -e
                +E
                 f
                 g
                 h
                """);
    }

    @Test
    void aMissingFinalLineBreakIsMarkedAndAddingOneIsAChange() {
        String diff = UnifiedDiff.of(ROOT, FileChange.edit(ROOT.resolve("x.md"), utf8("a\nb"), utf8("a\nb\n")));
        assertThat(diff).isEqualTo("""
                --- a/x.md
                +++ b/x.md
                @@ -1,2 +1,2 @@
                 a
                -b
                \\ No newline at end of file
                +b
                """);
    }

    @Test
    void aMoveWithoutAnEditIsJustItsTwoNames() {
        String diff = UnifiedDiff.of(ROOT, FileChange.move(ROOT.resolve("a.md"), utf8("x\n"), ROOT.resolve("b/c.md"), utf8("x\n")));
        assertThat(diff).isEqualTo("--- a/a.md\n+++ b/b/c.md\n");
    }

    @Test
    void theReferenceFormatsBodyFieldIsDiffedAsDecodedMarkdown() {
        String before = """
                ---
                title: T
                answer: >-
                    First paragraph.\\n\\nSecond paragraph, with a typo teh.\\n\\nThird.
                subject: S
                ---

                &nbsp;""";
        String after = before.replace("teh", "the");
        String diff = UnifiedDiff.of(ROOT, FileChange.edit(ROOT.resolve("q.md"), utf8(before), utf8(after)));
        assertThat(diff).isEqualTo("""
                --- a/q.md
                +++ b/q.md
                @@ -3,7 +3,7 @@
                 answer: (Markdown, decoded)
                     First paragraph.
                \s
                -    Second paragraph, with a typo teh.
                +    Second paragraph, with a typo the.
                \s
                     Third.
                 subject: S
                """);
        List<LineDiff.Row> rows = UnifiedDiff.rows(FileChange.edit(ROOT.resolve("q.md"), utf8(before), utf8(after)));
        assertThat(rows).filteredOn(r -> r.kind() != LineDiff.Kind.SAME).singleElement()
                .satisfies(r -> assertThat(r.right()).isEqualTo("    Second paragraph, with a typo the."));
    }

    @Test
    void theDiffOfACorpusArticleAppliedToItsOldLinesGivesItsNewLines() throws Exception {
        Path file = TestCorpus.quicktakes().resolve("how-are-the-normal-equations-used-in-ols.md");
        byte[] before = Files.readAllBytes(file);
        String text = new String(before, StandardCharsets.UTF_8);
        byte[] after = utf8(text.replace("subject: ", "subject: Applied ").replace(" the ", " THE "));
        String diff = UnifiedDiff.of(ROOT, FileChange.edit(ROOT.resolve("q.md"), before, after));
        List<String> patched = DiffUtils.patch(UnifiedDiff.lines("q.md", before),
                UnifiedDiffUtils.parseUnifiedDiff(diff.lines().toList()));
        assertThat(patched).isEqualTo(UnifiedDiff.lines("q.md", after));
        assertThat(diff).contains("\n+subject: Applied ").contains("(Markdown, decoded)");
    }
}
