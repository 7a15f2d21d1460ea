package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.masthead.seo.ArticleFacts;
import org.masthead.seo.Finding;
import org.masthead.seo.FolderReport;
import org.masthead.seo.SeoRules;
import org.masthead.seo.Severity;

class DashboardModelTest {
    private static ArticleFacts article(String path, String description, String subject) {
        return new ArticleFacts(path, path, "Title " + path, description, "/" + path, subject, List.of());
    }

    private static Finding finding(String check, Severity severity) {
        return Finding.of(check, severity, "seo.title", 3, check + " says so");
    }

    @Test
    void defaultBucketsFollowTheDescriptionLimits() {
        assertThat(DashboardModel.lengthBuckets(SeoRules.DEFAULTS)).extracting(DashboardModel.Bucket::label)
                .containsExactly("0–59", "60–119", "120–156", "157–160", "161+");
    }

    @Test
    void eachLengthFallsInExactlyOneBucketAtTheEdges() {
        List<ArticleFacts> articles = IntStream.of(0, 59, 60, 119, 120, 156, 157, 160, 161, 900)
                .mapToObj(n -> article("a" + n + ".md", "x".repeat(n), "S")).toList();
        FolderReport report = new FolderReport(articles.size(), articles, new TreeMap<>());

        Map<String, Integer> counts = DashboardModel.descriptionLengths(report, DashboardModel.lengthBuckets(SeoRules.DEFAULTS));

        assertThat(counts).containsExactly(Map.entry("0–59", 2), Map.entry("60–119", 2), Map.entry("120–156", 2),
                Map.entry("157–160", 2), Map.entry("161+", 2));
    }

    @Test
    void lengthsCountCharactersNotUtf16Units() {
        // 120 emoji are 240 UTF-16 units but 120 characters, as the length check counts them.
        List<ArticleFacts> articles = List.of(article("e.md", "\uD83D\uDE00".repeat(120), "S"));
        FolderReport report = new FolderReport(1, articles, new TreeMap<>());

        assertThat(DashboardModel.descriptionLengths(report, DashboardModel.lengthBuckets(SeoRules.DEFAULTS)))
                .containsEntry("120–156", 1).containsEntry("161+", 0);
    }

    @Test
    void problemsBySubjectCountErrorsAndWarningsButNotInfos() {
        List<ArticleFacts> articles = List.of(article("a.md", "", "History"), article("b.md", "", "History"),
                article("c.md", "", "Biology"), article("d.md", "", "Physics"), article("e.md", "", " "));
        TreeMap<String, List<Finding>> findings = new TreeMap<>();
        findings.put("a.md", List.of(finding("x", Severity.ERROR), finding("y", Severity.INFO)));
        findings.put("b.md", List.of(finding("z", Severity.WARNING)));
        findings.put("c.md", List.of(finding("x", Severity.ERROR), finding("x", Severity.ERROR)));
        findings.put("e.md", List.of(finding("z", Severity.WARNING)));
        findings.put("broken.md", List.of(finding("parse-error", Severity.ERROR)));

        List<DashboardModel.SubjectProblems> bySubject = DashboardModel.problemsBySubject(new FolderReport(6, articles, findings));

        assertThat(bySubject).containsExactly(
                new DashboardModel.SubjectProblems("(no subject)", 1, 1),
                new DashboardModel.SubjectProblems("Biology", 2, 0),
                new DashboardModel.SubjectProblems("History", 1, 1),
                new DashboardModel.SubjectProblems("Physics", 0, 0));
    }

    @Test
    void manySubjectsAreCappedAndTheRestSummed() {
        List<ArticleFacts> articles = IntStream.range(0, 20)
                .mapToObj(i -> article(i + ".md", "", String.format("S%02d", i))).toList();
        TreeMap<String, List<Finding>> findings = new TreeMap<>();
        IntStream.range(0, 20).forEach(i -> findings.put(i + ".md", List.of(finding("x", Severity.WARNING))));

        List<DashboardModel.SubjectProblems> bySubject = DashboardModel.problemsBySubject(new FolderReport(20, articles, findings));

        assertThat(bySubject).hasSize(DashboardModel.MAX_SUBJECTS);
        assertThat(bySubject.get(DashboardModel.MAX_SUBJECTS - 1))
                .isEqualTo(new DashboardModel.SubjectProblems("(other)", 0, 20 - (DashboardModel.MAX_SUBJECTS - 1)));
        assertThat(bySubject.stream().mapToInt(DashboardModel.SubjectProblems::total).sum()).isEqualTo(20);
    }

    @Test
    void countAxesTickInWholeNiceSteps() {
        assertThat(IntStream.of(0, 5, 6, 11, 12, 29, 30, 31, 100, 101, 100_000).map(DashboardModel::tickUnit).boxed().toList())
                .containsExactly(1, 1, 2, 2, 5, 5, 10, 10, 20, 20, 20_000);
    }

    @Test
    void rowsListEveryFindingWithItsFileAndTotalsNameEachSeverity() {
        TreeMap<String, List<Finding>> findings = new TreeMap<>();
        findings.put("b.md", List.of(finding("x", Severity.ERROR)));
        findings.put("a.md", List.of(finding("y", Severity.WARNING), finding("z", Severity.INFO)));
        FolderReport report = new FolderReport(3, List.of(), findings);

        assertThat(DashboardModel.rows(report)).extracting(r -> r.path() + ":" + r.finding().check())
                .containsExactly("a.md:y", "a.md:z", "b.md:x");
        assertThat(DashboardModel.totals(report)).isEqualTo("3 files, 1 error, 1 warning, 1 info");
    }

    @Test
    void theToDoListHasEveryArticleAndUnparsedFileWithItsCountsAndChecksInOrder() {
        List<ArticleFacts> articles = List.of(article("a.md", "", "S"), article("b.md", "", "S"));
        TreeMap<String, List<Finding>> findings = new TreeMap<>();
        findings.put("a.md", List.of(finding("x", Severity.ERROR), finding("y", Severity.WARNING),
                finding("x", Severity.ERROR), finding("z", Severity.INFO)));
        findings.put("broken.md", List.of(finding("parse-error", Severity.ERROR)));
        FolderReport report = new FolderReport(3, articles, findings);

        List<DashboardModel.Todo> todos = DashboardModel.todos(report);
        assertThat(todos).extracting(t -> t.path() + " " + t.errors() + " " + t.warnings() + " " + t.checks())
                .containsExactly("a.md 2 1 [x, y, z]", "b.md 0 0 []", "broken.md 1 0 [parse-error]");
        // a.md: 100 less 25 per error, 10 per warning and 3 per note; nothing counts against readability.
        assertThat(todos.get(0).scores().seo()).isEqualTo(100 - 2 * 25 - 10 - 3);
        assertThat(todos.get(0).scores().readability()).isEqualTo(100);
        assertThat(todos.get(1).scores().seo()).isEqualTo(100);
        assertThat(todos.get(2).scores().seo()).as("a file that does not parse").isZero();
    }
}
