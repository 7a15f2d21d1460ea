package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.FxTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.seo.Finding;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dashboard on a copy of samples/. What the samples hold, read from the files themselves:
 * 16 articles; the printing-press article's description is 285 characters (an error, and an info
 * because it is wider than a result line), the mitosis article has no seo.title (an error), the
 * Roman-empire article lists article 900113 twice (a warning). Every other description is
 * between 126 and 150 characters long. The printing-press and Roman-empire articles have subject
 * History, mitosis has Biology; the other subjects are Chemistry, Computer Science, Economics,
 * Mathematics and Physics.
 */
@ExtendWith(ApplicationExtension.class)
class DashboardPaneTest {
    private static final String PRINTING = "how-did-the-printing-press-change-european-society.md";
    private static final String MITOSIS = "what-happens-during-each-stage-of-mitosis.md";
    private static final String ROME = "what-caused-the-fall-of-the-western-roman-empire.md";

    @TempDir
    Path temp;

    private DashboardPane pane;
    private final List<Map.Entry<Path, Finding>> opened = new ArrayList<>();

    @Start
    void start(Stage stage) {
        pane = new DashboardPane();
        pane.setOnOpen((path, finding) -> opened.add(Map.entry(path, finding)));
        stage.setScene(new Scene((javafx.scene.Parent) pane.node(), 900, 950));
        stage.show();
    }

    private Path analyseSamples(FxRobot robot) throws Exception {
        Path folder = FxTestSupport.copyOfSamples(temp);
        // about the pane: its counts are the metadata findings SamplesTest derives, without the text checks'
        Files.writeString(folder.resolve(".masthead.yml"), "seo:\n  text:\n    enabled: false\n");
        robot.interact(() -> pane.analyse(folder));
        waitUntil(() -> pane.report() != null && !robot.lookup("#dashboard-progress").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        return folder;
    }

    @SuppressWarnings("unchecked")
    private static TableView<DashboardModel.Row> findings(FxRobot robot) {
        return robot.lookup("#dashboard-findings").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private static TableView<DashboardPane.CheckCount> checks(FxRobot robot) {
        return robot.lookup("#dashboard-checks").queryAs(TableView.class);
    }

    /** The lengths chart's bars, category to height. */
    @SuppressWarnings("unchecked")
    private static Map<String, Number> lengthBars(FxRobot robot) {
        XYChart<String, Number> chart = robot.lookup("#dashboard-lengths").queryAs(XYChart.class);
        return chart.getData().get(0).getData().stream()
                .collect(Collectors.toMap(XYChart.Data::getXValue, XYChart.Data::getYValue));
    }

    /** The subjects chart's bars of one series; its bars lie horizontally, so the category is Y. */
    @SuppressWarnings("unchecked")
    private static Map<String, Number> subjectBars(FxRobot robot, String series) {
        XYChart<Number, String> chart = robot.lookup("#dashboard-subjects").queryAs(XYChart.class);
        return chart.getData().stream().filter(s -> s.getName().equals(series)).findFirst().orElseThrow()
                .getData().stream().collect(Collectors.toMap(XYChart.Data::getYValue, XYChart.Data::getXValue));
    }

    /** As SamplesTest derives them: the chemical-equation article lists no related article, hence link-no-outbound. */
    @Test
    void totalsAndCountsByCheckDescribeTheSamples(FxRobot robot) throws Exception {
        analyseSamples(robot);

        assertThat(robot.lookup("#dashboard-totals").queryAs(Label.class).getText())
                .isEqualTo("16 files, 2 errors, 2 warnings, 1 info");
        assertThat(checks(robot).getItems()).containsExactlyInAnyOrder(
                new DashboardPane.CheckCount("link-no-outbound", 1),
                new DashboardPane.CheckCount("related-duplicate", 1),
                new DashboardPane.CheckCount("required-field", 1),
                new DashboardPane.CheckCount("seo-description-length", 1),
                new DashboardPane.CheckCount("seo-description-width", 1));
        assertThat(findings(robot).getItems()).extracting(DashboardModel.Row::path)
                .containsExactlyInAnyOrder(PRINTING, PRINTING, "how-do-you-balance-a-chemical-equation.md", ROME,
                        MITOSIS);
        assertThat(robot.lookup("#dashboard-message").query().isVisible()).isFalse();
    }

    @Test
    void selectingACheckFiltersTheFindingsAndTheChecksSort(FxRobot robot) throws Exception {
        analyseSamples(robot);
        TableView<DashboardPane.CheckCount> checks = checks(robot);
        DashboardPane.CheckCount duplicate = checks.getItems().stream()
                .filter(c -> c.check().equals("related-duplicate")).findFirst().orElseThrow();

        robot.interact(() -> checks.getSelectionModel().select(duplicate));
        assertThat(findings(robot).getItems()).singleElement().satisfies(row -> {
            assertThat(row.path()).isEqualTo(ROME);
            assertThat(row.finding().field()).isEqualTo("related_article2");
        });

        robot.clickOn("#dashboard-show-all");
        assertThat(findings(robot).getItems()).hasSize(5);

        TableColumn<DashboardPane.CheckCount, ?> checkColumn = checks.getColumns().get(0);
        robot.interact(() -> {
            checkColumn.setSortType(TableColumn.SortType.DESCENDING);
            checks.getSortOrder().setAll(List.of(checkColumn));
        });
        assertThat(checks.getItems()).extracting(DashboardPane.CheckCount::check).containsExactly(
                "seo-description-width", "seo-description-length", "required-field", "related-duplicate",
                "link-no-outbound");

        // The order the user chose holds when the folder is analysed again.
        robot.interact(() -> pane.analyse(temp));
        waitUntil(() -> !robot.lookup("#dashboard-progress").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(checks.getItems()).extracting(DashboardPane.CheckCount::check).containsExactly(
                "seo-description-width", "seo-description-length", "required-field", "related-duplicate",
                "link-no-outbound");
    }

    @Test
    void doubleClickingAFindingOpensThatArticleAtThatField(FxRobot robot) throws Exception {
        Path folder = analyseSamples(robot);
        Finding missingTitle = pane.report().findingsFor(MITOSIS).get(0);
        assertThat(missingTitle.check()).isEqualTo("required-field");

        Node row = rowShowing(robot, MITOSIS);
        robot.doubleClickOn(row);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(opened).containsExactly(Map.entry(folder.toAbsolutePath().normalize().resolve(MITOSIS), missingTitle));
        assertThat(missingTitle.field()).isEqualTo("seo.title");
    }

    @Test
    void enterOnASelectedFindingOpensIt(FxRobot robot) throws Exception {
        Path folder = analyseSamples(robot);
        TableView<DashboardModel.Row> table = findings(robot);
        DashboardModel.Row duplicate = table.getItems().stream().filter(r -> r.path().equals(ROME)).findFirst().orElseThrow();
        robot.interact(() -> {
            table.getSelectionModel().select(duplicate);
            table.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(opened).singleElement().satisfies(entry -> {
            assertThat(entry.getKey()).isEqualTo(folder.toAbsolutePath().normalize().resolve(ROME));
            assertThat(entry.getValue().check()).isEqualTo("related-duplicate");
            assertThat(entry.getValue().field()).isEqualTo("related_article2");
        });
    }

    @Test
    void theChartsCountDescriptionLengthsAndProblemsBySubject(FxRobot robot) throws Exception {
        analyseSamples(robot);

        // 15 descriptions of 126–150 characters and the printing-press one of 285.
        assertThat(lengthBars(robot)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "0–59", 0, "60–119", 0, "120–156", 15, "157–160", 0, "161+", 1));
        // Infos are not problems: the printing-press article counts one error, not two findings.
        Map<String, Number> errors = subjectBars(robot, "errors");
        Map<String, Number> warnings = subjectBars(robot, "warnings");
        assertThat(errors).containsEntry("History", 1).containsEntry("Biology", 1).containsEntry("Physics", 0);
        assertThat(warnings).containsEntry("History", 1).containsEntry("Biology", 0);
        assertThat(errors.keySet()).containsExactlyInAnyOrder("History", "Biology", "Chemistry", "Computer Science",
                "Economics", "Mathematics", "Physics");
    }

    @Test
    void aFolderThatDoesNotExistShowsAOneLineMessageInsteadOfTheLastReport(FxRobot robot) throws Exception {
        analyseSamples(robot);
        Path missing = temp.resolve("no-such-folder");
        robot.interact(() -> pane.analyse(missing));
        Label message = robot.lookup("#dashboard-message").queryAs(Label.class);
        waitUntil(message::isVisible);

        assertThat(message.getText()).contains(missing.toString()).contains("does not exist").doesNotContain("\n")
                .doesNotContain("Exception");
        assertThat(pane.report()).isNull();
        assertThat(robot.lookup("#dashboard-totals").queryAs(Label.class).getText()).isEmpty();
        assertThat(findings(robot).getItems()).isEmpty();
        assertThat(robot.lookup("#dashboard-progress").query().isVisible()).isFalse();
    }

    @Test
    void ofTwoQuickCallsTheLaterOneIsWhatShows(FxRobot robot) throws Exception {
        Path folder = FxTestSupport.copyOfSamples(temp.resolve("copy"));
        robot.interact(() -> {
            pane.analyse(temp.resolve("no-such-folder"));
            pane.analyse(folder);
        });
        waitUntil(() -> pane.report() != null && !robot.lookup("#dashboard-progress").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(pane.report().files()).isEqualTo(16);
        assertThat(robot.lookup("#dashboard-message").query().isVisible()).isFalse();
    }

    /** The table row drawing the first finding of {@code path}, once it is on screen. */
    @SuppressWarnings("unchecked")
    private static Node rowShowing(FxRobot robot, String path) throws Exception {
        Function<Node, Boolean> shows = n -> n instanceof TableRow<?> r && r.getItem() instanceof DashboardModel.Row row
                && row.path().equals(path) && r.isVisible();
        waitUntil(() -> robot.lookup("#dashboard-findings .table-row-cell").queryAll().stream().anyMatch(shows::apply));
        return robot.lookup("#dashboard-findings .table-row-cell").queryAll().stream().filter(shows::apply)
                .findFirst().orElseThrow();
    }

    /**
     * The to-do list sorted by SEO score, worst first: the printing-press article loses 25 for its
     * error and 3 for its note (72), mitosis 25 for its error (75); the chemical-equation and
     * Roman-empire articles 10 for a warning each (90); the rest score 100.
     */
    @SuppressWarnings("unchecked")
    @Test
    void theArticlesSortByTheirSeoScoreWorstFirst(FxRobot robot) throws Exception {
        analyseSamples(robot);
        TableView<DashboardModel.Todo> todo = robot.lookup("#dashboard-articles").queryAs(TableView.class);
        javafx.scene.control.TableColumn<DashboardModel.Todo, Integer> seo =
                (javafx.scene.control.TableColumn<DashboardModel.Todo, Integer>) todo.getColumns().stream()
                        .filter(c -> "dashboard-score-seo".equals(c.getId())).findFirst().orElseThrow();
        robot.interact(() -> {
            seo.setSortType(javafx.scene.control.TableColumn.SortType.ASCENDING);
            todo.getSortOrder().setAll(seo);
        });
        List<String> order = WaitForAsyncUtils.asyncFx(() -> todo.getItems().stream()
                .map(t -> t.scores().seo() + " " + t.path()).toList()).get();

        assertThat(order).hasSize(16);
        assertThat(order.subList(0, 2)).containsExactly("72 " + PRINTING, "75 " + MITOSIS);
        assertThat(order.subList(2, 4)).allMatch(line -> line.startsWith("90 ")).anyMatch(line -> line.endsWith(ROME));
        assertThat(order.subList(4, 16)).allMatch(line -> line.startsWith("100 "));
        assertThat(robot.lookup("#dashboard-articles .score-problem").queryAll()).isNotEmpty();
    }

    /**
     * The findings sort off the FX thread: a click on File (descending) orders every row, ties in
     * the analysed order (the printing-press article's two findings by line); narrowing keeps the
     * order, and a new report comes already in it.
     */
    @Test
    void theFindingsSortByAColumnAndANewReportComesInThatOrder(FxRobot robot) throws Exception {
        Path folder = analyseSamples(robot);
        TableView<DashboardModel.Row> table = findings(robot);
        TableColumn<DashboardModel.Row, ?> file = table.getColumns().get(1);
        List<Finding> printing = pane.report().findingsFor(PRINTING);
        robot.interact(() -> {
            file.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(file));
        });
        waitUntil(() -> table.getItems().get(0).path().equals(MITOSIS));
        assertThat(table.getItems()).extracting(DashboardModel.Row::path).containsExactly(MITOSIS, ROME,
                "how-do-you-balance-a-chemical-equation.md", PRINTING, PRINTING);
        assertThat(table.getItems().subList(3, 5)).extracting(DashboardModel.Row::finding).containsExactlyElementsOf(printing);

        TableView<DashboardPane.CheckCount> checks = checks(robot);
        robot.interact(() -> checks.getSelectionModel().select(checks.getItems().stream()
                .filter(c -> c.check().equals("required-field"))
                .findFirst().orElseThrow()));
        assertThat(table.getItems()).extracting(DashboardModel.Row::path).containsExactly(MITOSIS);
        robot.clickOn("#dashboard-show-all");
        assertThat(table.getItems()).extracting(DashboardModel.Row::path).startsWith(MITOSIS, ROME);

        Files.writeString(folder.resolve(".masthead.yml"), "seo:\n  text:\n    enabled: false\n  disabled: [related-duplicate]\n");
        var before = pane.report();
        robot.interact(() -> pane.analyse(folder));
        waitUntil(() -> pane.report() != before && pane.report() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).extracting(DashboardModel.Row::path).containsExactly(MITOSIS,
                "how-do-you-balance-a-chemical-equation.md", PRINTING, PRINTING);
    }
}
