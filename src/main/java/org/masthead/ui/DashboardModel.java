package org.masthead.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.masthead.document.Graphemes;
import org.masthead.seo.ArticleFacts;
import org.masthead.seo.Finding;
import org.masthead.seo.FolderReport;
import org.masthead.seo.Scores;
import org.masthead.seo.SeoRules;
import org.masthead.seo.Severity;

/**
 * What the folder dashboard shows, computed from a {@link FolderReport} without JavaFX so that
 * it can be tested plainly and built off the FX thread.
 */
final class DashboardModel {
    /** Subjects beyond this many are summed into one bar, so the chart stays readable. */
    static final int MAX_SUBJECTS = 12;
    static final String NO_SUBJECT = "(no subject)";
    static final String OTHER_SUBJECTS = "(other)";

    private DashboardModel() {
    }

    /** One finding and the file it is in, for the folder-wide findings table. */
    record Row(String path, Finding finding) {
        String severity() {
            return finding.severity().label();
        }
    }

    /** A closed range of description lengths, in characters; {@code to} is MAX_VALUE for the last. */
    record Bucket(String label, int from, int to) {
        boolean holds(int length) {
            return length >= from && length <= to;
        }
    }

    /** Errors and warnings of the articles of one subject. */
    record SubjectProblems(String subject, int errors, int warnings) {
        int total() {
            return errors + warnings;
        }
    }

    /**
     * Buckets that follow the folder's own limits: well short, short, good, over the good range
     * but still shown whole, cut off. With the defaults: 0–59, 60–119, 120–156, 157–160, 161+.
     */
    static List<Bucket> lengthBuckets(SeoRules rules) {
        int min = rules.descriptionMinChars();
        int max = rules.descriptionMaxChars();
        int cut = Math.max(max, rules.descriptionErrorChars());
        List<Bucket> buckets = new ArrayList<>();
        if (min / 2 > 0) {
            buckets.add(range(0, min / 2 - 1));
        }
        if (min > min / 2) {
            buckets.add(range(min / 2, min - 1));
        }
        buckets.add(range(min, max));
        if (cut > max) {
            buckets.add(range(max + 1, cut));
        }
        buckets.add(new Bucket((cut + 1) + "+", cut + 1, Integer.MAX_VALUE));
        return buckets;
    }

    private static Bucket range(int from, int to) {
        return new Bucket(from == to ? String.valueOf(from) : from + "–" + to, from, to);
    }

    /** How many articles have a description whose length falls in each bucket, in bucket order. */
    static Map<String, Integer> descriptionLengths(FolderReport report, List<Bucket> buckets) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        buckets.forEach(b -> counts.put(b.label(), 0));
        for (ArticleFacts article : report.articles()) {
            String text = article.description();
            // Grapheme clusters, as the length check counts them.
            int length = Graphemes.count(text);
            buckets.stream().filter(b -> b.holds(length)).findFirst()
                    .ifPresent(b -> counts.merge(b.label(), 1, Integer::sum));
        }
        return counts;
    }

    /**
     * Errors and warnings by the subject of the article they are in, most problems first. Every
     * subject appears, even without problems, so a clean subject shows as clean rather than absent.
     */
    static List<SubjectProblems> problemsBySubject(FolderReport report) {
        Map<String, String> subjectOf = new HashMap<>();
        Map<String, int[]> counts = new HashMap<>();
        for (ArticleFacts article : report.articles()) {
            String subject = article.subject().isBlank() ? NO_SUBJECT : article.subject();
            subjectOf.put(article.path(), subject);
            counts.computeIfAbsent(subject, s -> new int[2]);
        }
        report.findings().forEach((path, findings) -> {
            // A file that did not parse has no facts, hence no subject.
            int[] c = counts.computeIfAbsent(subjectOf.getOrDefault(path, NO_SUBJECT), s -> new int[2]);
            for (Finding f : findings) {
                c[0] += f.severity() == Severity.ERROR ? 1 : 0;
                c[1] += f.severity() == Severity.WARNING ? 1 : 0;
            }
        });
        List<SubjectProblems> all = new ArrayList<>();
        counts.forEach((subject, c) -> all.add(new SubjectProblems(subject, c[0], c[1])));
        all.sort(Comparator.comparingInt(SubjectProblems::total).reversed().thenComparing(SubjectProblems::subject));
        if (all.size() <= MAX_SUBJECTS) {
            return all;
        }
        List<SubjectProblems> shown = new ArrayList<>(all.subList(0, MAX_SUBJECTS - 1));
        List<SubjectProblems> rest = all.subList(MAX_SUBJECTS - 1, all.size());
        shown.add(new SubjectProblems(OTHER_SUBJECTS, rest.stream().mapToInt(SubjectProblems::errors).sum(),
                rest.stream().mapToInt(SubjectProblems::warnings).sum()));
        return shown;
    }

    /**
     * One article's share of the work: its errors and warnings and, in the order first found, the
     * checks it fails. Articles without findings are kept, so spelling can be judged beside them.
     */
    record Todo(String path, int errors, int warnings, List<String> checks, Scores.ArticleScores scores) {
        Todo {
            checks = List.copyOf(checks);
        }
    }

    /** Every article of the report (and every unreadable file) with what is left to do in it. */
    static List<Todo> todos(FolderReport report) {
        java.util.SortedSet<String> paths = new java.util.TreeSet<>(report.findings().keySet());
        report.articles().forEach(article -> paths.add(article.path()));
        List<Todo> out = new ArrayList<>(paths.size());
        for (String path : paths) {
            int errors = 0;
            int warnings = 0;
            java.util.Set<String> checks = new java.util.LinkedHashSet<>();
            for (Finding f : report.findingsFor(path)) {
                errors += f.severity() == Severity.ERROR ? 1 : 0;
                warnings += f.severity() == Severity.WARNING ? 1 : 0;
                checks.add(f.check());
            }
            out.add(new Todo(path, errors, warnings, List.copyOf(checks), Scores.of(report.findingsFor(path))));
        }
        return out;
    }


    /** Every finding of the folder, by path, then in source order. */
    static List<Row> rows(FolderReport report) {
        List<Row> rows = new ArrayList<>(report.findingCount());
        report.findings().forEach((path, findings) -> findings.forEach(f -> rows.add(new Row(path, f))));
        return rows;
    }

    /** A whole-number tick step giving at most about five ticks up to {@code max}: 1, 2, 5, 10, 20, 50... */
    static int tickUnit(int max) {
        for (long decade = 1; ; decade *= 10) {
            for (long step : new long[] {decade, 2 * decade, 5 * decade}) {
                if (max / step <= 5) {
                    return (int) step;
                }
            }
        }
    }

    /** The one-line summary above the tables. */
    static String totals(FolderReport report) {
        return plural(report.files(), "file") + ", " + plural(report.count(Severity.ERROR), "error") + ", "
                + plural(report.count(Severity.WARNING), "warning") + ", " + plural(report.count(Severity.INFO), "info");
    }

    private static String plural(int n, String word) {
        return n + " " + (n == 1 || word.equals("info") ? word : word + "s");
    }
}
