package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.content.ArticleFiles;
import org.masthead.content.batch.Batch;
import org.masthead.content.batch.FileChange;
import org.masthead.content.batch.UnifiedDiff;
import org.masthead.testing.TestCorpus;

/** {@code set DIR KEY.PATH VALUE [--where ...] [--dry-run]} on copies of the vendored corpus. */
class SetFolderCommandTest {
    @TempDir
    Path dir;

    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void copyCorpus() throws Exception {
        for (String folder : List.of("quicktakes", "hugo-docs")) {
            Path from = TestCorpus.vendored().resolve(folder);
            try (var files = Files.walk(from)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Path to = dir.resolve(folder).resolve(from.relativize(f).toString());
                    Files.createDirectories(to.getParent());
                    Files.copy(f, to);
                }
            }
        }
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return MastheadCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private Map<Path, byte[]> snapshot() throws Exception {
        Map<Path, byte[]> bytes = new LinkedHashMap<>();
        for (Path file : ArticleFiles.under(dir)) {
            bytes.put(file.toAbsolutePath().normalize(), Files.readAllBytes(file));
        }
        return bytes;
    }

    /** What changed on disk since {@code before}, as a batch, so its diff can be compared with the dry run's. */
    private Batch changedSince(Map<Path, byte[]> before) throws Exception {
        List<FileChange> changes = new ArrayList<>();
        for (var entry : before.entrySet()) {
            changes.add(FileChange.edit(entry.getKey(), entry.getValue(), Files.readAllBytes(entry.getKey())));
        }
        return new Batch("on disk", changes);
    }

    /** Per changed file, the lines that differ; each file must keep its line count. */
    private static List<String> changedLines(Batch batch) {
        List<String> lines = new ArrayList<>();
        for (FileChange change : batch.changes()) {
            String[] a = new String(change.before(), java.nio.charset.StandardCharsets.UTF_8).split("\n", -1);
            String[] b = new String(change.after(), java.nio.charset.StandardCharsets.UTF_8).split("\n", -1);
            assertThat(b).as(change.file().toString()).hasSameSizeAs(a);
            for (int i = 0; i < a.length; i++) {
                if (!a[i].equals(b[i])) {
                    lines.add(change.file().getFileName() + ":" + (i + 1) + ": " + b[i]);
                }
            }
        }
        return lines;
    }

    @Test
    void theDryRunDiffIsTheChangeThenAppliedAndOnlyTheMatchingArticlesTitleLinesChange() throws Exception {
        Map<Path, byte[]> before = snapshot();
        String folder = dir.resolve("quicktakes").toString();
        assertThat(run("set", folder, "seo.title", "QuickTakes | Maths", "--where", "subject=Mathematics", "--dry-run"))
                .isZero();
        String dryRun = out.toString();
        assertThat(err.toString()).contains("would change 3 files");
        assertThat(changedSince(before).isEmpty()).isTrue();
        assertThat(dryRun).contains("-  title: QuickTakes | Mathematics", "+  title: QuickTakes | Maths");

        assertThat(run("set", folder, "seo.title", "QuickTakes | Maths", "--where", "subject=Mathematics")).isZero();
        Batch applied = changedSince(before);
        assertThat(UnifiedDiff.of(Path.of(folder), applied)).isEqualTo(dryRun);
        assertThat(applied.changes()).hasSize(3);
        assertThat(changedLines(applied)).hasSize(3).allSatisfy(line -> assertThat(line).endsWith(":   title: QuickTakes | Maths"));
    }

    @Test
    void everyWhereTestMustPassAndAListMatchesByMembership() throws Exception {
        Map<Path, byte[]> before = snapshot();
        String folder = dir.toString();
        assertThat(run("set", folder, "description", "Soon.", "--where", "categories=", "--where", "title=License"))
                .isZero();
        assertThat(changedLines(changedSince(before))).containsExactly("license.md:3: description: Soon.");
        assertThat(run("set", folder, "draft", "true", "--where", "keywords=nothing-has-this")).isEqualTo(1);
        assertThat(err.toString()).contains("no article of " + folder + " matches --where keywords=nothing-has-this");
    }

    @Test
    void aFieldAlreadyHoldingTheValueIsSuccessWithNothingWritten() throws Exception {
        Map<Path, byte[]> before = snapshot();
        assertThat(run("set", dir.resolve("quicktakes").toString(), "author", "QuickTakes")).isZero();
        assertThat(err.toString()).contains("the 8 matching articles already hold it");
        assertThat(changedSince(before).isEmpty()).isTrue();
    }

    @Test
    void anArticleThatRefusesTheEditStopsTheWholeBatch() throws Exception {
        Files.writeString(dir.resolve("quicktakes/odd.md"), "---\nsubject: Physics\nseo: plain text\n---\n");
        Map<Path, byte[]> before = snapshot();
        assertThat(run("set", dir.toString(), "seo.title", "T", "--where", "subject=Physics")).isEqualTo(1);
        assertThat(err.toString()).contains("odd.md:3:").contains("1 of 3 matching articles refused the edit; nothing was written.");
        assertThat(changedSince(before).isEmpty()).isTrue();
    }

    @Test
    void anUnreadableArticleIsSkippedWithAWarning() throws Exception {
        Files.writeString(dir.resolve("quicktakes/broken.md"), "---\ntitle: [\n---\n");
        Map<Path, byte[]> before = snapshot();
        assertThat(run("set", dir.resolve("quicktakes").toString(), "score", "1.0", "--where", "subject=Physics")).isZero();
        assertThat(err.toString()).contains("warning: skipped: ").contains("broken.md:");
        assertThat(changedLines(changedSince(before))).hasSize(2).allSatisfy(l -> assertThat(l).endsWith(": score: 1.0"));
    }

    @Test
    void usageErrorsExitTwoAndWriteNothing() throws Exception {
        Map<Path, byte[]> before = snapshot();
        assertThat(run("set", dir.toString(), "title", "T", "--where", "subject")).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo(
                "masthead: --where 'subject' is not a test: write KEY.PATH=VALUE, as in subject=Physics.");
        assertThat(run("set", dir.toString(), "a[", "T")).isEqualTo(2);
        assertThat(run("set", dir.resolve("nothing").toString(), "title", "T", "--dry-run")).isEqualTo(2);
        assertThat(run("set", dir.toString(), "--body", "T")).isEqualTo(2);
        assertThat(changedSince(before).isEmpty()).isTrue();
    }

    @Test
    void oneFileTakesWhereAndDryRunToo() throws Exception {
        Path file = dir.resolve("hugo-docs/about/license.md");
        byte[] bytes = Files.readAllBytes(file);
        assertThat(run("set", file.toString(), "title", "Licence", "--dry-run")).isZero();
        assertThat(out.toString()).contains("-title: License", "+title: Licence");
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
        assertThat(run("set", file.toString(), "title", "Licence", "--where", "title=Other")).isEqualTo(1);
        assertThat(run("set", file.toString(), "title", "Licence", "--where", "title=License")).isZero();
        assertThat(Files.readString(file)).isEqualTo(new String(bytes).replace("title: License", "title: Licence"));
    }

    @Test
    void theBodyFieldTakesMarkdownAndATypedBackslashNIsWarnedAbout() throws Exception {
        Map<Path, byte[]> before = snapshot();
        String markdown = "Open it:\n\ncd C:\\new";
        assertThat(run("set", dir.resolve("quicktakes").toString(), "answer", markdown, "--where", "subject=Economics"))
                .isZero();
        Batch applied = changedSince(before);
        assertThat(changedLines(applied)).singleElement().asString().endsWith(":     Open it:\\n\\ncd C:\\new");
        assertThat(err.toString()).contains("masthead: warning: ").contains("answer, Markdown line 3, column 6: ");
    }
}
