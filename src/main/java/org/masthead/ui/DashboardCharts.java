package org.masthead.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import org.masthead.seo.Scores;

/** The dashboard's charts, drawn with JavaFX's own charts and kept light: no animation. */
final class DashboardCharts {
    private final CategoryAxis lengthAxis = new CategoryAxis();
    private final NumberAxis lengthCounts = new NumberAxis();
    private final BarChart<String, Number> lengths = new BarChart<>(lengthAxis, lengthCounts);
    private final CategoryAxis subjectAxis = new CategoryAxis();
    private final NumberAxis subjectCounts = new NumberAxis();
    // Horizontal, so that subject names read left to right however many there are.
    private final StackedBarChart<Number, String> subjects = new StackedBarChart<>(subjectCounts, subjectAxis);
    private final CategoryAxis bandAxis = new CategoryAxis(FXCollections.observableArrayList(
            java.util.Arrays.stream(Scores.Band.values()).map(Scores.Band::label).toList()));
    private final NumberAxis bandCounts = new NumberAxis();
    // Articles per band, one bar for each score side by side, as Yoast's green, orange and red bullets.
    private final BarChart<String, Number> scores = new BarChart<>(bandAxis, bandCounts);

    DashboardCharts() {
        lengths.setId("dashboard-lengths");
        subjects.setId("dashboard-subjects");
        scores.setId("dashboard-scores");
        bandAxis.setLabel("band");
        bandCounts.setLabel("articles");
        lengthAxis.setLabel("characters in the description");
        lengthCounts.setLabel("articles");
        subjectCounts.setLabel("errors and warnings");
        for (XYChart<?, ?> chart : List.<XYChart<?, ?>>of(lengths, subjects, scores)) {
            // Charts redraw on every data change; animation only costs time on a big folder.
            chart.setAnimated(false);
            chart.getXAxis().setAnimated(false);
            chart.getYAxis().setAnimated(false);
            chart.setPrefHeight(240);
            chart.setMinHeight(200);
        }
        lengths.setLegendVisible(false);
        for (NumberAxis counts : List.of(lengthCounts, subjectCounts, bandCounts)) {
            // Counts are whole numbers: ticks at 2.5 would only puzzle.
            counts.setAutoRanging(false);
            counts.setMinorTickVisible(false);
            counts.setLowerBound(0);
            setCountRange(counts, 0);
        }
    }

    BarChart<String, Number> lengths() {
        return lengths;
    }

    StackedBarChart<Number, String> subjects() {
        return subjects;
    }

    BarChart<String, Number> scores() {
        return scores;
    }

    /**
     * How many of the to-do list's articles are good, need work or are a problem, for each score;
     * files that are not pages left out. Off the FX thread: it reads every article's scores.
     */
    static Scores.Distribution distribution(List<DashboardModel.Todo> todos) {
        return Scores.distribution(todos.stream()
                .filter(t -> !t.checks().contains(org.masthead.seo.Checks.NOT_A_PAGE))
                .map(DashboardModel.Todo::scores).toList());
    }

    /** The bars of {@link #distribution}. */
    void showScores(Scores.Distribution d) {
        List<XYChart.Series<String, Number>> series = new ArrayList<>();
        int max = 0;
        for (Map.Entry<String, Map<Scores.Band, Integer>> score : List.of(Map.entry("SEO", d.seo()),
                Map.entry("readability", d.readability()))) {
            XYChart.Series<String, Number> bars = new XYChart.Series<>();
            bars.setName(score.getKey());
            for (Scores.Band band : Scores.Band.values()) {
                int n = score.getValue().get(band);
                bars.getData().add(new XYChart.Data<>(band.label(), n));
                max = Math.max(max, n);
            }
            series.add(bars);
        }
        setCountRange(bandCounts, max);
        scores.getData().setAll(series);
    }

    private static void setCountRange(NumberAxis axis, int max) {
        int unit = DashboardModel.tickUnit(max);
        axis.setTickUnit(unit);
        axis.setUpperBound(Math.max(unit, (max + unit - 1) / unit * unit));
    }

    /** Articles by description length, one bar per bucket in the map's order. */
    void showLengths(Map<String, Integer> byBucket) {
        XYChart.Series<String, Number> articles = new XYChart.Series<>();
        articles.setName("articles");
        byBucket.forEach((bucket, n) -> articles.getData().add(new XYChart.Data<>(bucket, n)));
        // Setting the categories first avoids CategoryAxis keeping stale ones when data is replaced.
        lengthAxis.setCategories(FXCollections.observableArrayList(byBucket.keySet()));
        setCountRange(lengthCounts, byBucket.values().stream().mapToInt(Integer::intValue).max().orElse(0));
        lengths.getData().setAll(List.of(articles));
    }

    /** Errors and warnings stacked, one bar per subject, in the list's order from the top. */
    void showSubjects(List<DashboardModel.SubjectProblems> bySubject) {
        XYChart.Series<Number, String> errors = new XYChart.Series<>();
        errors.setName("errors");
        XYChart.Series<Number, String> warnings = new XYChart.Series<>();
        warnings.setName("warnings");
        // The category axis draws its first category at the bottom: reverse, so the worst is on top.
        List<DashboardModel.SubjectProblems> bottomUp = new ArrayList<>(bySubject);
        Collections.reverse(bottomUp);
        for (DashboardModel.SubjectProblems s : bottomUp) {
            errors.getData().add(new XYChart.Data<>(s.errors(), s.subject()));
            warnings.getData().add(new XYChart.Data<>(s.warnings(), s.subject()));
        }
        subjectAxis.setCategories(FXCollections.observableArrayList(
                bottomUp.stream().map(DashboardModel.SubjectProblems::subject).toList()));
        setCountRange(subjectCounts, bySubject.stream().mapToInt(DashboardModel.SubjectProblems::total).max().orElse(0));
        subjects.setPrefHeight(90 + 26 * bottomUp.size());
        subjects.getData().setAll(List.of(errors, warnings));
    }

    void clear() {
        lengths.getData().clear();
        subjects.getData().clear();
        scores.getData().clear();
    }
}
