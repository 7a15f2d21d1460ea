package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.content.ArticleMergeDriver;
import org.masthead.content.git.SystemGit;
import org.masthead.document.Document;
import org.masthead.document.KeyPath;
import org.masthead.testing.TestCorpus;

/**
 * The merge driver as git runs it: real repositories, real {@code git merge}, on copies of
 * corpus and sample articles. Where a test says git's own line merge would conflict, it shows
 * that the clean result is the driver's doing.
 */
class MergeDriverGitTest {
    private static final String OLS = "how-are-the-normal-equations-used-in-ols.md";

    @TempDir
    Path dir;

    private GitFixture repo;
    private String base;

    @BeforeEach
    void setUp() throws Exception {
        repo = new GitFixture(Files.createDirectory(dir.resolve("repo")));
        assertThat(repo.setup()).isZero();
        repo.commitAll("merge with masthead");
        base = Files.readString(TestCorpus.quicktakes().resolve(OLS), StandardCharsets.UTF_8);
    }

    /** {@code text} with the one occurrence of {@code old} replaced. */
    private static String replaced(String text, String old, String now) {
        assertThat(text.indexOf(old)).as("'%s' is in the text", old).isNotNegative();
        assertThat(text.indexOf(old)).as("'%s' is in the text once", old).isEqualTo(text.lastIndexOf(old));
        return text.replace(old, now);
    }

    private void assertMergedCleanly(SystemGit.Run merge, String expected) throws Exception {
        assertThat(merge.exitCode()).as(merge.err()).isZero();
        assertThat(repo.read(OLS)).isEqualTo(expected);
        assertThat(repo.ok("status", "--porcelain")).isEmpty();
    }

    @Test
    void changesToDifferentFieldsOfASampleMergeCleanly() throws Exception {
        String name = "how-does-a-hash-table-handle-collisions.md";
        String sample = Files.readString(Path.of(System.getProperty("masthead.samples", "samples"), name));
        String mine = replaced(sample, "author: Masthead Samples\n", "author: The Desk\n");
        String theirs = replaced(sample, "date: 2024-07-19\n", "date: 2031-01-01\n");
        theirs = replaced(theirs, "subject: Computer Science\nfile_name", "subject: Computing\nfile_name");
        SystemGit.Run merge = repo.merge(name, sample, mine, theirs);
        assertThat(merge.exitCode()).as(merge.err()).isZero();
        String expected = replaced(theirs, "author: Masthead Samples\n", "author: The Desk\n");
        assertThat(repo.read(name)).isEqualTo(expected);
    }

    @Test
    void differentParagraphsOfTheOneLineAnswerMergeCleanlyAndNothingElseChanges() throws Exception {
        String first = "In Ordinary Least Squares (OLS) regression, the normal equations are a fundamental tool";
        String later = "These equations can be solved simultaneously to find the estimates";
        String mine = replaced(base, first, "In OLS regression, the normal equations are the basic tool");
        String theirs = replaced(base, later, "Solving these equations together gives the estimates");
        assertThat(repo.lineMerge(base, mine, theirs).exitCode()).as("git's line merge conflicts").isPositive();

        SystemGit.Run merge = repo.merge(OLS, base, mine, theirs);

        String expected = replaced(mine, later, "Solving these equations together gives the estimates");
        assertMergedCleanly(merge, expected);
    }

    @Test
    void adjacentFieldsMergeCleanly() throws Exception {
        String mine = replaced(base, "  title: QuickTakes | Economics\n", "  title: QuickTakes | Econometrics\n");
        mine = replaced(mine, "date_format: MMM DD, YYYY\n", "date_format: DD MMM YYYY\n");
        String theirs = replaced(base, "    The normal equations are used in Ordinary",
                "    Normal equations are used in Ordinary");
        theirs = replaced(theirs, "post_on_text: Posted on\n", "post_on_text: Published\n");
        assertThat(repo.lineMerge(base, mine, theirs).exitCode()).as("git's line merge conflicts").isPositive();

        SystemGit.Run merge = repo.merge(OLS, base, mine, theirs);

        assertMergedCleanly(merge, replaced(replaced(mine, "    The normal equations are used in Ordinary",
                "    Normal equations are used in Ordinary"), "post_on_text: Posted on\n", "post_on_text: Published\n"));
    }

    @Test
    void oneSideDeletesAKeyWhileTheOtherChangesTheNextOne() throws Exception {
        String mine = replaced(base, "score: -1.0\n", "");
        String theirs = replaced(base, "url: /learn/economics/questions/how-are-the-normal-equations-used-in-ols\n",
                "url: /learn/economics/questions/normal-equations-in-ols\n");
        assertThat(repo.lineMerge(base, mine, theirs).exitCode()).as("git's line merge conflicts").isPositive();

        SystemGit.Run merge = repo.merge(OLS, base, mine, theirs);

        assertMergedCleanly(merge, replaced(mine,
                "url: /learn/economics/questions/how-are-the-normal-equations-used-in-ols\n",
                "url: /learn/economics/questions/normal-equations-in-ols\n"));
    }

    @Test
    void theSameFieldChangedTwoWaysConflictsOnThatFieldOnly() throws Exception {
        String mine = replaced(base, "  title: QuickTakes | Economics\n", "  title: QuickTakes | Econometrics\n");
        String theirs = replaced(base, "  title: QuickTakes | Economics\n", "  title: QuickTakes | Statistics\n");
        theirs = replaced(theirs, "author: QuickTakes\n", "author: The Desk\n");

        SystemGit.Run merge = repo.merge(OLS, base, mine, theirs);

        assertThat(merge.exitCode()).isNotZero();
        assertThat(merge.err()).contains("both sides changed seo.title");
        String expected = replaced(replaced(base, "author: QuickTakes\n", "author: The Desk\n"),
                "  title: QuickTakes | Economics\n", """
                <<<<<<< ours
                  title: QuickTakes | Econometrics
                =======
                  title: QuickTakes | Statistics
                >>>>>>> theirs
                """);
        assertThat(repo.read(OLS)).isEqualTo(expected);
        assertThat(repo.ok("diff", "--name-only", "--diff-filter=U")).isEqualTo(OLS + "\n");
    }

    @Test
    void theSameParagraphChangedTwoWaysPutsMarkersInsideTheDecodedAnswer() throws Exception {
        String later = "These equations can be solved simultaneously to find the estimates";
        String mine = replaced(base, later, "These two equations give the estimates");
        String theirs = replaced(base, later, "Solving these equations together gives the estimates");
        theirs = replaced(theirs, "  title: QuickTakes | Economics\n", "  title: QuickTakes | Econometrics\n");

        SystemGit.Run merge = repo.merge(OLS, base, mine, theirs);

        assertThat(merge.exitCode()).isNotZero();
        assertThat(merge.err()).contains("both sides changed answer (1 region)");
        Document merged = Document.parse(OLS, repo.read(OLS).getBytes(StandardCharsets.UTF_8));
        Document ours = Document.parse(OLS, mine.getBytes(StandardCharsets.UTF_8));
        String line = ours.markdown().lines().filter(l -> l.startsWith("These two equations")).findFirst().orElseThrow();
        String other = line.replace("These two equations give the estimates",
                "Solving these equations together gives the estimates");
        String expectedMarkdown = replaced(ours.markdown(), line + "\n",
                "<<<<<<< " + ArticleMergeDriver.fieldMarkerLabel(KeyPath.of("answer")) + "\n" + line + "\n=======\n"
                        + other + "\n>>>>>>> theirs\n");
        assertThat(merged.markdown()).isEqualTo(expectedMarkdown);
        assertThat(merged.getString(KeyPath.parse("seo.title"))).contains("QuickTakes | Econometrics");
        // the rest of the file is mine, line for line, but for their clean change
        String[] got = repo.read(OLS).split("\n", -1);
        String[] want = replaced(mine, "  title: QuickTakes | Economics\n", "  title: QuickTakes | Econometrics\n")
                .split("\n", -1);
        assertThat(got).hasSameSizeAs(want);
        for (int i = 0; i < want.length; i++) {
            if (!want[i].startsWith("    In Ordinary Least Squares (OLS) regression, the normal")) {
                assertThat(got[i]).as("line %d", i + 1).isEqualTo(want[i]);
            }
        }
    }

    @Test
    void aHugoPageMergesItsFrontMatterByKeyAndItsBodyByLine() throws Exception {
        String name = "license.md";
        String page = Files.readString(TestCorpus.hugoDocs().resolve("about/license.md"), StandardCharsets.UTF_8);
        String mine = replaced(page, "weight: 40\n", "weight: 41\n");
        mine = replaced(mine, "_Version 2.0, January 2004_", "_Version 2.0 (January 2004)_");
        String theirs = replaced(page, "keywords: []\n", "keywords: [legal]\n");
        theirs = replaced(theirs, "#### 1. Definitions", "#### 1. Definitions of terms");
        assertThat(repo.lineMerge(page, mine, theirs).exitCode()).as("git's line merge conflicts").isPositive();

        SystemGit.Run merge = repo.merge(name, page, mine, theirs);

        assertThat(merge.exitCode()).as(merge.err()).isZero();
        assertThat(repo.read(name)).isEqualTo(replaced(replaced(mine, "keywords: []\n", "keywords: [legal]\n"),
                "#### 1. Definitions", "#### 1. Definitions of terms"));
    }

    @Test
    void aVersionThatDoesNotParseFallsBackToGitsLineMerge() throws Exception {
        String mine = replaced(base, "author: QuickTakes\n", "author: The Desk\n");
        String theirs = replaced(base, "date_format: MMM DD, YYYY\n", "date_format: MMM DD, YYYY\nid: 7\n");
        SystemGit.Run lineMerge = repo.lineMerge(base, mine, theirs);
        assertThat(lineMerge.exitCode()).isZero();

        SystemGit.Run merge = repo.merge(OLS, base, mine, theirs);

        assertThat(merge.exitCode()).as(merge.err()).isZero();
        assertThat(merge.err()).contains("masthead merge-driver:").contains("(theirs)")
                .contains("Used git's line merge (git merge-file) for " + OLS);
        assertThat(repo.read(OLS)).isEqualTo(lineMerge.out());
    }
}
