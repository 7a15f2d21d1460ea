package org.masthead.seo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scores from findings: 100 less 25 an error, 10 a warning, 3 a note, in two families. */
class ScoresTest {
    private static Finding f(String check, Severity severity) {
        return Finding.of(check, severity, "", 1, "x");
    }

    @Test
    void noFindingsIsGoodOnBoth() {
        assertThat(Scores.of(List.of())).isEqualTo(new Scores.ArticleScores(100, 100, Scores.Band.GOOD,
                Scores.Band.GOOD));
    }

    @Test
    void eachFamilyCountsItsOwnFindings() {
        // SEO: a warning and a note, 100 − 10 − 3 = 87, needs work (a warning); readability: two
        // warnings, 80, needs work
        Scores.ArticleScores s = Scores.of(List.of(f("keyphrase-title", Severity.WARNING),
                f("keyphrase-subheading", Severity.INFO), f("readability-passive", Severity.WARNING),
                f("readability-flesch", Severity.WARNING)));
        assertThat(s).isEqualTo(new Scores.ArticleScores(87, 80, Scores.Band.NEEDS_WORK, Scores.Band.NEEDS_WORK));
        // only notes: 97, good
        assertThat(Scores.of(List.of(f("keyphrase-image-alt", Severity.INFO))).seoBand()).isEqualTo(Scores.Band.GOOD);
    }

    @Test
    void anErrorOrAScoreUnderFiftyIsAProblem() {
        assertThat(Scores.of(List.of(f("seo-title-empty", Severity.ERROR))))
                .isEqualTo(new Scores.ArticleScores(75, 100, Scores.Band.PROBLEM, Scores.Band.GOOD));
        List<Finding> six = new ArrayList<>();
        for (String id : Checks.TEXT.subList(10, 16)) {
            six.add(f(id, Severity.WARNING));
        }
        // six readability warnings: 40, under 50
        assertThat(Scores.of(six)).isEqualTo(new Scores.ArticleScores(100, 40, Scores.Band.GOOD, Scores.Band.PROBLEM));
        assertThat(Scores.of(List.of(f("parse-error", Severity.ERROR))))
                .isEqualTo(new Scores.ArticleScores(0, 0, Scores.Band.PROBLEM, Scores.Band.PROBLEM));
    }

    @Test
    void aFolderReportGivesEveryArticleItsScores() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("scores");
        java.nio.file.Files.writeString(dir.resolve(".masthead.yml"), "seo:\n  text: {enabled: true}\n");
        java.nio.file.Files.writeString(dir.resolve(TextArticles.PATH), TextArticles.ARTICLE);
        java.nio.file.Files.writeString(dir.resolve("thin.md"), TextArticles.with(TextArticles.BODY, "Bread dough.")
                .replace("bread-dough-at-home", "thin").replace("title: Bread dough at home\n", "title: Thin\n"));
        FolderReport report = SeoChecker.checkFolder(dir, java.time.Clock.systemUTC());
        var scores = Scores.of(report);
        assertThat(scores.keySet()).containsExactly(TextArticles.PATH, "thin.md");
        assertThat(report.findingsFor("thin.md")).extracting(Finding::check).contains("content-length");
        assertThat(scores.get("thin.md")).isEqualTo(Scores.of(report.findingsFor("thin.md")));
        assertThat(scores.get(TextArticles.PATH)).isEqualTo(Scores.of(report.findingsFor(TextArticles.PATH)));
    }

    @Test
    void aScoreReadsAsItsNumberAndBandAndArticlesAreCountedByBand() {
        Scores.ArticleScores clean = Scores.of(List.of());
        Scores.ArticleScores error = Scores.of(List.of(f("title-empty", Severity.ERROR)));
        Scores.ArticleScores hard = Scores.of(List.of(f("readability-flesch", Severity.WARNING)));
        assertThat(Scores.text(error.seo(), error.seoBand())).isEqualTo("75 problem");
        assertThat(Scores.text(hard.readability(), hard.readabilityBand())).isEqualTo("90 needs work");

        Scores.Distribution d = Scores.distribution(List.of(clean, error, hard, clean));
        assertThat(d.seo()).isEqualTo(java.util.Map.of(Scores.Band.GOOD, 3, Scores.Band.NEEDS_WORK, 0,
                Scores.Band.PROBLEM, 1));
        assertThat(d.readability()).isEqualTo(java.util.Map.of(Scores.Band.GOOD, 3, Scores.Band.NEEDS_WORK, 1,
                Scores.Band.PROBLEM, 0));
        assertThat(Scores.judged(List.of(f("title-empty", Severity.ERROR)))).isTrue();
        assertThat(Scores.judged(List.of(f(Checks.NOT_A_PAGE, Severity.INFO)))).isFalse();
    }
}
