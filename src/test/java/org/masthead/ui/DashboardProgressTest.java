package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.FxTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.seo.FolderReport;
import org.masthead.seo.SeoChecker;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dashboard while it computes, when runs overlap, and after a change. A run is held at its
 * first file by the pane's test hook, so what shows meanwhile is seen without timing luck. The
 * samples hold 16 articles; the mitosis article has id 900111, the UTF-8 one 900109.
 */
@ExtendWith(ApplicationExtension.class)
class DashboardProgressTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);
    private static final String MITOSIS = "what-happens-during-each-stage-of-mitosis.md";
    private static final String UTF8 = "how-does-utf8-encode-characters-as-bytes.md";

    @TempDir
    Path temp;

    private DashboardPane pane;
    private final CountDownLatch reached = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final List<FolderReport> shown = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        pane = new DashboardPane(CLOCK);
        pane.reportProperty().addListener((obs, old, report) -> shown.add(report));
        stage.setScene(new Scene((javafx.scene.Parent) pane.node(), 900, 950));
        stage.show();
    }

    @AfterEach
    void letGo() {
        release.countDown();
    }

    /** Holds every checking thread before its first file until {@link #release} opens. */
    private void holdAtFirstFile() {
        pane.setBeforeEachFile(() -> {
            reached.countDown();
            try {
                release.await(15, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static TableView<DashboardModel.Row> findings(FxRobot robot) {
        return robot.lookup("#dashboard-findings").queryAs(TableView.class);
    }

    private static boolean done(FxRobot robot) {
        return !robot.lookup("#dashboard-progress").query().isVisible();
    }

    @Test
    void whileItComputesThePaneCountsFilesAndGivesNoVerdictThenShowsTheResult(FxRobot robot) throws Exception {
        Path folder = FxTestSupport.copyOfSamples(temp);
        // about progress: the verdict is the metadata findings SamplesTest derives, without the text checks'
        Files.writeString(folder.resolve(".masthead.yml"), "seo:\n  text:\n    enabled: false\n");
        holdAtFirstFile();
        robot.interact(() -> pane.analyse(folder));
        assertThat(reached.await(15, TimeUnit.SECONDS)).isTrue();
        waitUntil(() -> text(robot, "#dashboard-status").equals("Checking 0 of 16 files…"));

        assertThat(robot.lookup("#dashboard-status").query().isVisible()).isTrue();
        assertThat(findings(robot).getItems()).isEmpty();
        Label placeholder = (Label) findings(robot).getPlaceholder();
        assertThat(placeholder.getText()).isEqualTo("Checking 0 of 16 files…").doesNotContain("No findings");
        assertThat(text(robot, "#dashboard-totals")).isEmpty();
        assertThat(pane.report()).isNull();

        release.countDown();
        waitUntil(() -> pane.report() != null && done(robot));
        WaitForAsyncUtils.waitForFxEvents();

        // SamplesTest's findings, with link-no-outbound on the chemical-equation article (no related article)
        assertThat(text(robot, "#dashboard-totals")).isEqualTo("16 files, 2 errors, 2 warnings, 1 info");
        assertThat(findings(robot).getItems()).hasSize(5);
        assertThat(robot.lookup("#dashboard-status").query().isVisible()).isFalse();
        assertThat(pane.filesRead()).isEqualTo(16);
    }

    @Test
    void aNewerRunCancelsTheOlderOneWhoseResultNeverShows(FxRobot robot) throws Exception {
        Path older = FxTestSupport.copyOfSamples(temp.resolve("older"));
        Path newer = FxTestSupport.copyOfSamples(temp.resolve("newer"));
        Files.delete(newer.resolve(MITOSIS));
        holdAtFirstFile();
        robot.interact(() -> pane.analyse(older));
        assertThat(reached.await(15, TimeUnit.SECONDS)).isTrue();

        robot.interact(() -> pane.analyse(newer));
        release.countDown();
        waitUntil(() -> pane.report() != null && done(robot));
        WaitForAsyncUtils.waitForFxEvents();

        // The older run stopped before reading a file: only the newer folder's 15 were read.
        assertThat(pane.filesRead()).isEqualTo(15);
        assertThat(shown).extracting(FolderReport::files).containsExactly(15);
        assertThat(text(robot, "#dashboard-totals")).startsWith("15 files");
    }

    @Test
    void afterOneFileChangesOnlyItIsReadAgainAndTheFindingsEqualAFreshCheck(FxRobot robot) throws Exception {
        Path folder = FxTestSupport.copyOfSamples(temp);
        robot.interact(() -> pane.analyse(folder));
        waitUntil(() -> pane.report() != null && done(robot));
        FolderReport first = pane.report();
        assertThat(pane.filesRead()).isEqualTo(16);

        // The mitosis article takes the UTF-8 article's id: both now report a duplicate id.
        Path mitosis = folder.resolve(MITOSIS);
        Files.writeString(mitosis, Files.readString(mitosis).replace("id: 900111", "id: 900109"));
        robot.interact(() -> pane.analyse(folder));
        waitUntil(() -> pane.report() != first && done(robot));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(pane.filesRead()).isEqualTo(17);
        assertThat(pane.report()).isEqualTo(SeoChecker.checkFolder(folder, CLOCK));
        assertThat(findings(robot).getItems()).filteredOn(row -> row.finding().check().equals("duplicate-id"))
                .extracting(DashboardModel.Row::path).containsExactlyInAnyOrder(MITOSIS, UTF8);
    }

    @Test
    void theCheckTheUserPickedStaysPickedWhenTheFolderIsAnalysedAgain(FxRobot robot) throws Exception {
        Path folder = FxTestSupport.copyOfSamples(temp);
        robot.interact(() -> pane.analyse(folder));
        waitUntil(() -> pane.report() != null && done(robot));
        @SuppressWarnings("unchecked")
        TableView<DashboardPane.CheckCount> checks = robot.lookup("#dashboard-checks").queryAs(TableView.class);
        robot.interact(() -> checks.getSelectionModel().select(checks.getItems().stream()
                .filter(c -> c.check().equals("required-field")).findFirst().orElseThrow()));
        assertThat(findings(robot).getItems()).extracting(DashboardModel.Row::path).containsExactly(MITOSIS);

        // The UTF-8 article loses its title too: one more finding of the picked check.
        Path utf8 = folder.resolve(UTF8);
        Files.writeString(utf8, Files.readString(utf8).replaceFirst("\n  title: ", "\n  headline: "));
        FolderReport first = pane.report();
        robot.interact(() -> pane.analyse(folder));
        waitUntil(() -> pane.report() != first && done(robot));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(checks.getSelectionModel().getSelectedItem()).isEqualTo(new DashboardPane.CheckCount("required-field", 2));
        assertThat(findings(robot).getItems()).extracting(DashboardModel.Row::path)
                .containsExactlyInAnyOrder(MITOSIS, UTF8);
    }

    @Test
    void analysingAnUnchangedFolderAgainReadsNothingAndKeepsTheSelectedFinding(FxRobot robot) throws Exception {
        Path folder = FxTestSupport.copyOfSamples(temp);
        robot.interact(() -> pane.analyse(folder));
        waitUntil(() -> pane.report() != null && done(robot));
        TableView<DashboardModel.Row> table = findings(robot);
        DashboardModel.Row mitosis = table.getItems().stream().filter(r -> r.path().equals(MITOSIS)).findFirst()
                .orElseThrow();
        robot.interact(() -> table.getSelectionModel().select(mitosis));

        robot.interact(() -> pane.analyse(folder));
        waitUntil(() -> done(robot));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(pane.filesRead()).isEqualTo(16);
        assertThat(table.getSelectionModel().getSelectedItem()).isSameAs(mitosis);
    }

    /** The list's score columns and Folder SEO keep one check of the folder: the second to ask reads nothing. */
    @Test
    void afterTheScoreColumnsCheckedTheFolderFolderSeoReadsNoFileAgain(FxRobot robot) throws Exception {
        Path folder = FxTestSupport.copyOfSamples(temp);
        Files.writeString(folder.resolve(".masthead.yml"), "seo:\n  text:\n    enabled: false\n");
        ScoreColumns[] columns = new ScoreColumns[1];
        robot.interact(() -> {
            columns[0] = new ScoreColumns(new Background(m -> { }), new ArticleListPane(new Background(m -> { })), pane);
            columns[0].count(folder);
        });
        waitUntil(() -> !columns[0].scores().isEmpty());
        assertThat(pane.filesRead()).isEqualTo(16);

        robot.interact(() -> pane.analyse(folder));
        waitUntil(() -> pane.report() != null && done(robot));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(pane.filesRead()).isEqualTo(16);
        assertThat(text(robot, "#dashboard-totals")).isEqualTo("16 files, 2 errors, 2 warnings, 1 info");
        assertThat(columns[0].scores()).isEqualTo(org.masthead.session.FolderScores.byPath(
                folder.toAbsolutePath().normalize(), pane.report()));
    }
}
