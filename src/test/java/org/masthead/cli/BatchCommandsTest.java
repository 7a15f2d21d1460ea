package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.content.batch.BatchFixtures;
import org.masthead.content.batch.UnifiedDiff;

/**
 * The folder-wide commands on copies of corpus pieces: each {@code --dry-run} writes nothing and
 * prints exactly the diff of the change the same command then makes, and that change touches
 * only the intended lines, file by file.
 */
class BatchCommandsTest {
    private static final String ESTIMATOR = "how-is-the-consistency-of-an-estimator-evaluated";
    private static final String OLS = "how-are-the-normal-equations-used-in-ols.md";
    private static final String FRAMES = "what-are-frames-in-tkinter-and-how-are-they-used.md";
    private static final String GEOMETRIC =
            "what-are-the-key-differences-between-geometric-transformations-and-fourier-transforms-in-image-processing.md";
    private static final String CONTOUR = "what-is-the-process-for-importing-and-elevating-contour-lines-in-3d-modeling.md";

    @TempDir
    Path temp;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MastheadCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    /**
     * Runs the command with {@code --dry-run}, checks it wrote nothing, runs it for real, checks
     * the dry run's diff is the diff of what changed, and returns the changed lines by file.
     */
    private Map<String, List<String>> dryRunThenApply(Path root, String... args) throws Exception {
        FolderSnapshot before = FolderSnapshot.of(root);
        String[] dry = java.util.Arrays.copyOf(args, args.length + 1);
        dry[args.length] = "--dry-run";
        Run preview = run(dry);
        assertThat(preview.code).as(preview.err).isZero();
        assertThat(FolderSnapshot.of(root).files()).as("a dry run writes nothing")
                .containsOnlyKeys(before.files().keySet());
        assertThat(FolderSnapshot.of(root).since(before, "").changes()).isEmpty();

        Run applied = run(args);
        assertThat(applied.code).as(applied.err).isZero();
        FolderSnapshot after = FolderSnapshot.of(root);
        assertThat(preview.out).isNotEmpty().isEqualTo(UnifiedDiff.of(root, after.since(before, "")));
        return after.changedLines(before);
    }

    @Test
    void taxonomyListsValuesWithCountsAndFlagsNearDuplicates() {
        Path root = BatchFixtures.copy("quicktakes", temp);
        Run text = run("taxonomy", root.toString(), "subject");
        assertThat(text.code).isZero();
        assertThat(text.out).isEqualTo("""
                     2  Economics
                     2  Digital media
                     1  Digital Media

                Near-duplicates:
                  Digital Media  ~  Digital media  (case)
                """.replace("     2  Economics\n     2  Digital media\n", "     2  Digital media\n     2  Economics\n"));
        Run json = run("taxonomy", root.toString(), "subject", "--format", "json");
        assertThat(json.out).contains("\"value\" : \"Digital Media\"", "\"count\" : 1", "\"files\" : [ \"" + FRAMES + "\" ]",
                "\"reason\" : \"case\"");
        assertThat(run("taxonomy", root.toString(), "no.such.field").code).isEqualTo(1);
        assertThat(run("taxonomy", root.toString(), "subject", "--rename", "a", "b", "--delete", "c").code).isEqualTo(2);
        assertThat(run("taxonomy", root.toString(), "subject", "--dry-run").code).isEqualTo(2);
        assertThat(run("taxonomy", root.resolve("missing").toString(), "subject").code).isEqualTo(2);
        assertThat(run("taxonomy", root.toString(), "a..b").code).isEqualTo(2);
    }

    @Test
    void taxonomyRenameChangesOnlyTheCategoryLines() throws Exception {
        Path root = BatchFixtures.copy("quicktakes", temp);
        Map<String, List<String>> changed = dryRunThenApply(root, "taxonomy", root.toString(), "subject",
                "--rename", "Digital Media", "Digital media");
        assertThat(changed).containsExactly(Map.entry(FRAMES, List.of("subject: Digital Media -> subject: Digital media")));
        assertThat(run("taxonomy", root.toString(), "subject", "--rename", "Digital Media", "Digital media").code)
                .as("nothing left to rename").isEqualTo(1);
    }

    @Test
    void taxonomyMergeAndDeleteChangeOnlyTheirValues() throws Exception {
        Path root = BatchFixtures.copy("quicktakes", temp);
        Map<String, List<String>> merged = dryRunThenApply(root, "taxonomy", root.toString(), "subject",
                "--merge", "Digital media", "Digital Media", "Digital Media");
        assertThat(merged).containsOnlyKeys(GEOMETRIC, CONTOUR);
        assertThat(merged.values()).allSatisfy(lines ->
                assertThat(lines).containsExactly("subject: Digital media -> subject: Digital Media"));

        String keywords = Files.readString(root.resolve(OLS));
        assertThat(keywords).contains("    Ordinary Least Squares, OLS, normal equations, ");
        Map<String, List<String>> deleted = dryRunThenApply(root, "taxonomy", root.toString(), "seo.page_keywords",
                "--delete", "OLS");
        assertThat(deleted).containsOnlyKeys(OLS);
        assertThat(deleted.get(OLS)).singleElement().asString()
                .startsWith("Ordinary Least Squares, OLS, normal equations, ")
                .contains(" -> Ordinary Least Squares, normal equations, ");
    }

    @Test
    void taxonomyOnHugoListsKeepsFlowLists() throws Exception {
        Path root = BatchFixtures.copy("hugo", temp);
        Map<String, List<String>> changed = dryRunThenApply(root, "taxonomy", root.toString(), "keywords",
                "--rename", "highlight", "syntax highlighting");
        assertThat(changed).hasSize(3);
        assertThat(changed.values()).allSatisfy(lines ->
                assertThat(lines).containsExactly("keywords: [highlight] -> keywords: [syntax highlighting]"));
    }

    @Test
    void renameMovesTheArticleAndUpdatesItsReferrer() throws Exception {
        Path root = BatchFixtures.copy("quicktakes", temp);
        Map<String, List<String>> changed = dryRunThenApply(root, "rename", root.resolve(ESTIMATOR + ".md").toString(),
                "estimator-consistency.md", "--root", root.toString());
        assertThat(root.resolve(ESTIMATOR + ".md")).doesNotExist();
        assertThat(changed).containsOnlyKeys("estimator-consistency.md", OLS);
        assertThat(changed.get("estimator-consistency.md")).containsExactly(
                "file_name: " + ESTIMATOR + ".md -> file_name: estimator-consistency.md",
                "url: /learn/economics/questions/" + ESTIMATOR + " -> url: /learn/economics/questions/estimator-consistency");
        assertThat(changed.get(OLS)).containsExactly(
                "url: /learn/economics/questions/" + ESTIMATOR + " -> url: /learn/economics/questions/estimator-consistency");

        Run taken = run("rename", root.resolve(OLS).toString(), "estimator-consistency.md", "--root", root.toString());
        assertThat(taken.code).isEqualTo(1);
        assertThat(taken.err).contains("already there");
        assertThat(run("rename", root.resolve("missing.md").toString(), "x.md").code).isEqualTo(2);
    }

    @Test
    void renameFindsTheFolderByItsConfigAndWarnsWhenTheSiteHasNoRedirects() throws Exception {
        Path root = BatchFixtures.copy("quicktakes", temp);
        Files.writeString(root.resolve(".masthead.yml"), "seo:\n  title_max_chars: 60\n");
        Run run = run("rename", root.resolve(ESTIMATOR + ".md").toString(), "estimator-consistency.md", "--alias");
        assertThat(run.code).as(run.err).isZero();
        assertThat(run.err).contains("not a site with redirects");
        assertThat(Files.readString(root.resolve(OLS))).contains("/learn/economics/questions/estimator-consistency\n");
    }

    @Test
    void checkFixRemovesOnlyTheRepeatedRelatedArticle() throws Exception {
        Path root = BatchFixtures.copy("quicktakes", temp);
        Map<String, List<String>> changed = dryRunThenApply(root, "check", root.toString(), "--fix", "related-duplicate");
        assertThat(changed).containsOnlyKeys(OLS);
        assertThat(changed.get(OLS)).containsExactly("- related_article4:", "- id: 135356", "- title: >-",
                "- How are samples used in econometric analysis?", "- subject: Economics",
                "- url: /learn/economics/questions/how-are-samples-used-in-econometric-analysis");
        assertThat(run("check", root.toString(), "--fix", "related-duplicate").code).as("nothing left").isEqualTo(1);
        assertThat(run("check", root.toString(), "--fix", "no-such-check").code).isEqualTo(2);
        assertThat(run("check", root.toString(), "--dry-run").code).isEqualTo(2);
    }

    @Test
    void checkCsvHasAHeaderAndOneQuotedRowPerFinding() {
        Path root = BatchFixtures.copy("quicktakes", temp);
        Run text = run("check", root.toString());
        Run csv = run("check", root.toString(), "--format", "csv");
        String[] rows = csv.out.split("\r\n", -1);
        assertThat(rows[0]).isEqualTo("path,line,severity,check,field,message");
        assertThat(rows).hasSize(text.out.split("\n").length + 2);
        assertThat(rows[rows.length - 1]).isEmpty();
        assertThat(csv.out).contains(OLS + ",45,warning,related-duplicate,related_article4,"
                + "related_article4 repeats an article listed above it (id 135356); remove it.\r\n");
        assertThat(CheckCsv.cell("a, \"b\"")).isEqualTo("\"a, \"\"b\"\"\"");
        assertThat(csv.code).isEqualTo(text.code);
    }
}
