package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.content.LineDiff;
import org.masthead.content.batch.UnifiedDiff;
import org.masthead.testing.TestCorpus;

/**
 * {@code masthead replace} on a copy of the vendored corpus (reference-format articles and Hugo
 * docs): the dry run's diff is exactly the change then applied, and only the lines that held a
 * match change.
 */
class ReplaceCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return MastheadCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private Path corpus() {
        return TestCorpus.copy(TestCorpus.vendored(), dir.resolve("corpus"));
    }

    private static Map<Path, byte[]> snapshot(Path root) throws Exception {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.filter(Files::isRegularFile).sorted().toList()) {
                files.put(root.relativize(p), Files.readAllBytes(p));
            }
        }
        return files;
    }

    /** The diff split by file: relative path to the diff's lines for it. */
    private static Map<String, List<String>> byFile(String diff) {
        Map<String, List<String>> files = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : diff.split("\n", -1)) {
            if (line.startsWith("--- a/")) {
                current = new ArrayList<>();
                files.put(line.substring("--- a/".length()), current);
            }
            if (current != null && !line.isEmpty()) {
                current.add(line);
            }
        }
        return files;
    }

    @Test
    void theDryRunDiffIsExactlyTheChangeThenApplied() throws Exception {
        dryRunThenApply(" the ", " THE ");
    }

    @Test
    void aOneFieldDryRunIsExactlyTheChangeThenApplied() throws Exception {
        // the streamed preview's fast path: only seo.title read, each diff made from the changed line
        dryRunThenApply("QuickTakes |", "QT |", "--field", "seo.title");
    }

    private void dryRunThenApply(String... query) throws Exception {
        Path root = corpus();
        Map<Path, byte[]> before = snapshot(root);
        List<String> replace = new ArrayList<>(List.of("replace", root.toString()));
        replace.addAll(List.of(query));

        List<String> dryRun = new ArrayList<>(replace);
        dryRun.add("--dry-run");
        assertThat(run(dryRun.toArray(String[]::new))).isZero();
        String diff = out.toString();
        assertThat(err.toString()).contains("would change").contains("dry run: nothing was written");
        Map<Path, byte[]> afterDryRun = snapshot(root);
        assertThat(afterDryRun.keySet()).isEqualTo(before.keySet());
        afterDryRun.forEach((p, bytes) -> assertThat(bytes).as("%s after the dry run", p).isEqualTo(before.get(p)));

        assertThat(run(replace.toArray(String[]::new))).isZero();
        Map<Path, byte[]> after = snapshot(root);
        Map<String, List<String>> diffs = byFile(diff);
        assertThat(diffs).hasSizeGreaterThan(5);
        int changed = 0;
        for (Map.Entry<Path, byte[]> e : before.entrySet()) {
            String name = e.getKey().toString().replace('\\', '/');
            byte[] now = after.get(e.getKey());
            if (name.startsWith(".masthead/")) {
                continue;
            }
            if (!diffs.containsKey(name)) {
                assertThat(now).as("%s is not in the diff, so it is unchanged", name).isEqualTo(e.getValue());
                continue;
            }
            changed++;
            List<String> patched = DiffUtils.patch(UnifiedDiff.lines(name, e.getValue()),
                    UnifiedDiffUtils.parseUnifiedDiff(diffs.get(name)));
            assertThat(patched).as("the diff of %s applied to its old lines", name).isEqualTo(UnifiedDiff.lines(name, now));
        }
        assertThat(changed).isEqualTo(diffs.size());
        assertThat(out.toString()).contains("changed " + changed + " files");
    }

    @Test
    void onlyTheLinesThatHeldAMatchChange() throws Exception {
        Path root = corpus();
        Map<Path, byte[]> before = snapshot(root);
        assertThat(run("replace", root.toString(), " the ", " THE ")).isZero();
        Map<Path, byte[]> after = snapshot(root);
        int files = 0;
        for (Map.Entry<Path, byte[]> e : before.entrySet()) {
            byte[] now = after.get(e.getKey());
            if (Arrays.equals(now, e.getValue())) {
                continue;
            }
            files++;
            List<String> old = UnifiedDiff.split(new String(e.getValue(), StandardCharsets.UTF_8));
            List<String> fresh = UnifiedDiff.split(new String(now, StandardCharsets.UTF_8));
            for (LineDiff.Row row : LineDiff.rows(old, fresh)) {
                if (row.kind() == LineDiff.Kind.SAME) {
                    assertThat(row.left()).as("%s line %d is unchanged and holds no match", e.getKey(), row.leftLine())
                            .doesNotContain(" the ");
                } else {
                    assertThat(row.kind()).as("%s: a line changed in place, none added or removed", e.getKey())
                            .isEqualTo(LineDiff.Kind.CHANGED);
                    assertThat(row.right()).as("%s line %d", e.getKey(), row.leftLine())
                            .isEqualTo(row.left().replace(" the ", " THE "));
                }
            }
        }
        assertThat(files).isGreaterThan(10);
    }

    @Test
    void exitCodesAndOneLineMessages() throws Exception {
        Path root = corpus();
        Map<Path, byte[]> before = snapshot(root);
        assertThat(run("replace", root.toString(), "no such text anywhere", "x")).isEqualTo(1);
        assertThat(err.toString()).contains("nothing to change");

        assertThat(run("replace", root.toString(), "(unclosed", "x", "--regex")).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("masthead: the regular expression '(unclosed' is not valid")
                .doesNotContain("\n").doesNotContain("Exception");

        assertThat(run("replace", root.toString(), "a", "b", "--field", "title", "--body")).isEqualTo(2);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("mutually exclusive");

        assertThat(run("replace", root.resolve("missing").toString(), "a", "b")).isEqualTo(2);
        assertThat(snapshot(root)).containsOnlyKeys(before.keySet());
    }

    @Test
    void aRegexInOneFieldAndTheBodyAlone() throws Exception {
        Path root = corpus().resolve("quicktakes");
        assertThat(run("replace", root.toString(), "^QuickTakes \\| (.*)$", "$1 — QuickTakes", "--regex",
                "--field", "seo.title")).isZero();
        assertThat(Files.readString(root.resolve("how-are-the-normal-equations-used-in-ols.md")))
                .contains("\n  title: Economics — QuickTakes\n");
        assertThat(run("replace", root.toString(), "XOR", "xor", "--body")).isZero();
        String xor = Files.readString(root.resolve(
                "explain-the-concept-of-exclusiveor-and-how-it-differs-from-regular-disjunction.md"));
        assertThat(xor).contains("exclusive-or (XOR) in propositional logic").contains("(often abbreviated as xor)");
    }

    @Test
    void byDefaultOnlyTheProseChangesAndEverywhereReachesUrlsToo() throws Exception {
        Path root = corpus().resolve("quicktakes");
        Path file = root.resolve("explain-the-concept-of-exclusiveor-and-how-it-differs-from-regular-disjunction.md");
        String before = Files.readString(file);
        assertThat(before).contains("file_name: explain-the-concept-of-exclusiveor")
                .contains("/questions/explain-the-concept-of-exclusiveor");

        assertThat(run("replace", root.toString(), "exclusiveor", "EXOR")).isEqualTo(1);
        assertThat(Files.readString(file)).isEqualTo(before);

        assertThat(run("replace", root.toString(), "exclusive", "Exclusive")).isZero();
        String prose = Files.readString(file);
        assertThat(prose).contains("Explain the concept of Exclusive-or").contains("The concept of Exclusive-or (often")
                .contains("file_name: explain-the-concept-of-exclusiveor")
                .contains("/questions/explain-the-concept-of-exclusiveor")
                .contains("page_keywords: >-\n    exclusive");
        assertThat(run("replace", root.toString(), "exclusiveor", "EXOR", "--everywhere")).isZero();
        assertThat(Files.readString(file)).contains("file_name: explain-the-concept-of-EXOR")
                .contains("/questions/explain-the-concept-of-EXOR");
    }

    @Test
    void anInterruptedBatchIsCompletedFirstAndSaidOnStderr() throws Exception {
        Path root = corpus().resolve("quicktakes");
        Path file = root.resolve("how-are-the-normal-equations-used-in-ols.md");
        byte[] old = Files.readAllBytes(file);
        byte[] changed = new String(old, StandardCharsets.UTF_8).replace("subject: Economics", "subject: Econ")
                .getBytes(StandardCharsets.UTF_8);
        // a journal as a killed run leaves it, before its first write
        org.masthead.content.batch.BatchFilesAccess.journal(root, "Earlier run", Instant.now(),
                List.of(org.masthead.content.batch.FileChange.edit(file.toAbsolutePath().normalize(), old, changed)));

        assertThat(run("replace", root.toString(), "Econ\n", "x")).isEqualTo(1);
        assertThat(err.toString()).startsWith("masthead: Completed the interrupted batch \"Earlier run\"");
        assertThat(Files.readString(file)).contains("subject: Econ\n");
    }
}
