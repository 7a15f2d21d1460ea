package org.masthead.content.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.content.ArticleFiles;
import org.masthead.document.KeyPath;
import org.masthead.document.QuickEdits;
import org.masthead.testing.TestCorpus;

/**
 * The diff of a one-line change made from the lines around it ({@link UnifiedDiff#ofLine}) is the
 * diff of both files read in full, or is not made: over the corpus for every field a one-field
 * replace sets, and for the lines where the line diff would pair the lines otherwise (the new line
 * or the old one equal to the next), near the body field and at the end of the file.
 */
class UnifiedDiffLineTest {
    private static final Path ROOT = Path.of("/folder").toAbsolutePath();

    /** The file {@code text} with {@code path} set to {@code value} by one splice; null when the quick path refuses it. */
    private static String[] edit(String text, KeyPath path, String value) {
        QuickEdits quick = QuickEdits.readField(text.getBytes(StandardCharsets.UTF_8), path);
        if (quick == null || !quick.set(path, value) || !quick.changed()) {
            return null;
        }
        return new String[] {text, new String(quick.toBytes(), StandardCharsets.UTF_8)};
    }

    /** ofLine of the edit, after checking that, when made, it is the full diff. */
    private static String lineDiff(String text, KeyPath path, String value) {
        QuickEdits quick = QuickEdits.readField(text.getBytes(StandardCharsets.UTF_8), path);
        assertThat(quick).as("read for " + path).isNotNull();
        assertThat(quick.set(path, value)).isTrue();
        QuickEdits.LineChange line = quick.changedLine();
        assertThat(line).isNotNull();
        Path file = ROOT.resolve("a.md");
        String diff = UnifiedDiff.ofLine(ROOT, file, quick.text(), line);
        FileChange change = FileChange.edit(file, text.getBytes(StandardCharsets.UTF_8), quick.toBytes());
        if (diff != null) {
            assertThat(diff).isEqualTo(UnifiedDiff.ofRead(ROOT, change));
        }
        return diff;
    }

    @Test
    void overTheCorpusTheLineDiffIsTheFullDiffWheneverItIsMade() throws Exception {
        List<String> fields = List.of("seo.title", "title", "subject", "url", "seo.page_description", "date_format",
                "related_article1.title", "linkTitle", "description");
        int made = 0;
        for (Path root : TestCorpus.roots()) {
            for (Path file : ArticleFiles.under(root)) {
                String text = Files.readString(file);
                for (String field : fields) {
                    KeyPath path = KeyPath.parse(field);
                    if (edit(text, path, "A new value") == null) {
                        continue;
                    }
                    made += lineDiff(text, path, "A new value") != null ? 1 : 0;
                }
            }
        }
        assertThat(made).isGreaterThan(30);
    }

    @Test
    void aNewLineEqualToTheNextIsLeftToTheFullDiff() {
        String text = """
                ---
                title: One
                tags:
                  - old
                  - new
                  - other
                  - more
                  - last
                ---
                Body.
                """;
        // the line diff keeps "  - new" and removes the line before it: not the one-line hunk
        assertThat(lineDiff(text, KeyPath.parse("tags[0]"), "new")).isNull();
        assertThat(lineDiff(text, KeyPath.parse("tags[0]"), "newer")).isNotNull();
    }

    @Test
    void anOldLineEqualToTheNextIsLeftToTheFullDiff() {
        String text = """
                ---
                title: One
                tags:
                  - same
                  - same
                  - other
                  - more
                  - last
                ---
                Body.
                """;
        assertThat(lineDiff(text, KeyPath.parse("tags[0]"), "changed")).isNull();
        assertThat(lineDiff(text, KeyPath.parse("tags[1]"), "changed")).isNotNull();
    }

    @Test
    void contextThatReachesTheBodyFieldOrTheLastLineIsLeftToTheFullDiff() {
        String reference = """
                ---
                title: One
                summary: Short
                url: /one/
                label: x
                subject: Maths
                answer: >-
                  First line.\\n\\nSecond line.
                ---
                """;
        assertThat(lineDiff(reference, KeyPath.of("title"), "Two")).isNotNull();
        assertThat(lineDiff(reference, KeyPath.of("summary"), "Longer")).isNotNull();
        assertThat(lineDiff(reference, KeyPath.of("url"), "/two/")).isNull();
        String shortFile = "---\ntitle: One\nsubject: Maths\n---\nNo final line break";
        assertThat(lineDiff(shortFile, KeyPath.of("title"), "Two")).isNull();
    }
}
