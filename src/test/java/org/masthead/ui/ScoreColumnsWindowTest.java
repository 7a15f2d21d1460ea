package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.FxTestSupport.waitUntil;
import static org.masthead.ui.FxTestSupport.waitUntilOnFx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.content.EditJournal;
import org.masthead.session.ArticleItem;
import org.masthead.session.FolderTableModel.Row;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The SEO and readability scores as sortable columns of the article list and the table, and
 * Folder SEO's chart of articles by score band. Three articles, with keyphrase-missing and
 * content-length switched off so that each has only the findings named here:
 * <ul>
 *   <li>good.md: "The cat sat on the mat." (6 words, 6 syllables, Flesch 116): no finding, SEO
 *       100 and readability 100, both good;</li>
 *   <li>hard.md: one sentence of 22 long words: over 20 words (1 of 1 sentences) and a Flesch
 *       far under 60, two warnings: readability 100 − 10 − 10 = 80, needs work; SEO 100, good;</li>
 *   <li>empty.md: an empty title (title-empty, an error: SEO 75, a problem) over the five long
 *       words of hard.md's start (Flesch 206.835 − 1.015 × 5 − 84.6 × 24/5 = −204: a warning,
 *       readability 90, needs work).</li>
 * </ul>
 * The list's scores follow the files: a save in the window, or a file changed outside it, scores
 * the folder again and the row shows the new number.
 */
@ExtendWith(ApplicationExtension.class)
class ScoreColumnsWindowTest {
    private static final String LONG = "Organisational considerations necessitate comprehensive documentation";

    @TempDir
    Path temp;
    private Path folder;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        folder = Files.createDirectories(temp.resolve("articles"));
        Files.writeString(folder.resolve(".masthead.yml"), "seo:\n  disabled: [keyphrase-missing, content-length]\n");
        Files.writeString(folder.resolve("good.md"), "---\ntitle: A clean page\n---\nThe cat sat on the mat.\n");
        Files.writeString(folder.resolve("hard.md"), "---\ntitle: Hard reading\n---\n" + LONG
                + " of institutional responsibilities, administrative procedures, operational dependencies,"
                + " contractual obligations and regulatory requirements throughout implementation for every"
                + " department.\n");
        Files.writeString(folder.resolve("empty.md"), "---\ntitle: ''\n---\n" + LONG + ".\n");
        MainWindow window = new MainWindow(stage, FxTestSupport.freshSettings(),
                new EditJournal(Files.createDirectories(temp.resolve("journal"))));
        window.show();
        window.openFolder(folder);
    }

    @SuppressWarnings("unchecked")
    private static TableColumn<ArticleItem, String> listColumn(TableView<ArticleItem> table, String id) {
        return (TableColumn<ArticleItem, String>) table.getColumns().stream().filter(c -> id.equals(c.getId()))
                .findFirst().orElseThrow();
    }

    private static List<String> names(TableView<ArticleItem> table) {
        return table.getItems().stream().map(i -> i.path().getFileName().toString()).toList();
    }

    @Test
    void theListShowsBothScoresWholeAndSortsByThem(FxRobot robot) throws Exception {
        TableView<ArticleItem> table = robot.lookup("#article-list").queryTableView();
        TableColumn<ArticleItem, String> seo = listColumn(table, "article-seo-score");
        TableColumn<ArticleItem, String> readability = listColumn(table, "article-readability-score");
        assertThat(seo.getText()).isEqualTo("SEO");
        assertThat(readability.getText()).isEqualTo("Readability");
        waitUntilOnFx(() -> table.getItems().size() == 3
                && table.getItems().stream().noneMatch(i -> seo.getCellData(i).isEmpty()));

        robot.interact(() -> {
            readability.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(readability);
        });
        waitUntilOnFx(() -> names(table).equals(List.of("good.md", "empty.md", "hard.md")));
        assertThat(WaitForAsyncUtils.asyncFx(() -> table.getItems().stream().map(readability::getCellData).toList())
                .get()).containsExactly("100", "90", "80");
        robot.interact(() -> readability.setSortType(TableColumn.SortType.ASCENDING));
        waitUntilOnFx(() -> names(table).equals(List.of("hard.md", "empty.md", "good.md")));

        robot.interact(() -> {
            seo.setSortType(TableColumn.SortType.ASCENDING);
            table.getSortOrder().setAll(seo);
        });
        waitUntilOnFx(() -> names(table).get(0).equals("empty.md"));
        assertThat(WaitForAsyncUtils.asyncFx(() -> table.getItems().stream().map(seo::getCellData).toList()).get())
                .containsExactly("75", "100", "100");
        // in a narrow window the list is narrower still: a score of 100 still reads whole, never cut to "…"
        robot.interact(() -> table.getScene().getWindow().setWidth(900));
        waitUntilOnFx(() -> robot.lookup(".table-cell").queryAll().stream()
                .filter(n -> n instanceof TableCell<?, ?> c && (c.getTableColumn() == seo || c.getTableColumn() == readability)
                        && "100".equals(c.getText()))
                .count() >= 3);
        assertThat(WaitForAsyncUtils.asyncFx(() -> robot.lookup(".table-cell").queryAll().stream()
                .filter(n -> n instanceof TableCell<?, ?> c && (c.getTableColumn() == seo || c.getTableColumn() == readability)
                        && c.getText() != null && !c.getText().isEmpty())
                .map(n -> ((Text) n.lookup(".text")).getText()).toList()).get())
                .hasSize(6).allMatch(shown -> shown.matches("\\d+"));
    }

    @SuppressWarnings("unchecked")
    @Test
    void theTableOffersBothScoresAsColumnsAndSortsByThem(FxRobot robot) throws Exception {
        waitUntilOnFx(() -> robot.lookup("#article-list").queryTableView().getItems().size() == 3);
        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#folder-table").tryQuery().isPresent());
        TableView<Row> table = robot.lookup("#folder-table").queryAs(TableView.class);
        Platform.runLater(() -> robot.lookup("#table-menu-bar").queryAs(javafx.scene.control.MenuBar.class)
                .getMenus().get(0).getItems().get(0).fire());
        waitUntil(() -> robot.lookup("#column-path").tryQuery().isPresent());
        ComboBox<String> path = robot.lookup("#column-path").queryAs(ComboBox.class);
        assertThat(path.getItems().subList(0, 2)).containsExactly("(SEO score)", "(readability score)");
        for (String score : List.of("(SEO score)", "(readability score)")) {
            robot.interact(() -> path.getEditor().setText(score));
            robot.clickOn("#column-add");
        }
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("OK")).queryButton());
        waitUntil(() -> robot.lookup("#table-column-readability-score").tryQuery().isPresent());
        TableColumn<Row, ?> seo = table.getColumns().stream()
                .filter(c -> "table-column-seo-score".equals(c.getId())).findFirst().orElseThrow();
        TableColumn<Row, ?> readability = table.getColumns().stream()
                .filter(c -> "table-column-readability-score".equals(c.getId())).findFirst().orElseThrow();
        assertThat(seo.isEditable()).isFalse();
        int seoAt = (Integer) seo.getUserData();
        int readAt = (Integer) readability.getUserData();
        waitUntilOnFx(() -> table.getItems().size() == 3
                && table.getItems().stream().noneMatch(r -> r.value(readAt) == null || r.value(readAt).isEmpty()));

        robot.interact(() -> {
            readability.setSortType(TableColumn.SortType.ASCENDING);
            table.getSortOrder().setAll(List.of(readability));
        });
        waitUntilOnFx(() -> table.getItems().stream().map(Row::relative).toList()
                .equals(List.of("hard.md", "empty.md", "good.md")));
        assertThat(WaitForAsyncUtils.asyncFx(() -> table.getItems().stream()
                .map(r -> r.value(seoAt) + " / " + r.value(readAt)).toList()).get())
                .containsExactly("100 good / 80 needs work", "75 problem / 90 needs work", "100 good / 100 good");
        robot.interact(() -> {
            seo.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(seo));
        });
        // 100 before 75: by number, where text would put "75" first
        waitUntilOnFx(() -> table.getItems().get(2).relative().equals("empty.md"));
    }

    @SuppressWarnings("unchecked")
    @Test
    void folderSeoChartsHowManyArticlesAreInEachBandOfEachScore(FxRobot robot) throws Exception {
        waitUntilOnFx(() -> robot.lookup("#article-list").queryTableView().getItems().size() == 3);
        TabPane tabs = robot.lookup("#right-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "dashboard-tab".equals(t.getId())).findFirst().orElseThrow()));
        XYChart<String, Number> chart = robot.lookup("#dashboard-scores").queryAs(XYChart.class);
        waitUntilOnFx(() -> chart.getData().size() == 2);
        Map<String, Map<String, Number>> bars = WaitForAsyncUtils.asyncFx(() -> chart.getData().stream()
                .collect(Collectors.toMap(XYChart.Series::getName, s -> s.getData().stream()
                        .collect(Collectors.toMap(XYChart.Data::getXValue, XYChart.Data::getYValue))))).get();
        assertThat(bars.get("SEO")).containsExactlyInAnyOrderEntriesOf(Map.of("good", 2, "needs work", 0, "problem", 1));
        assertThat(bars.get("readability"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("good", 1, "needs work", 2, "problem", 0));
    }

    private static String readabilityOf(TableView<ArticleItem> table, String name) {
        TableColumn<ArticleItem, String> readability = listColumn(table, "article-readability-score");
        return table.getItems().stream().filter(i -> i.fileName().equals(name)).findFirst()
                .map(readability::getCellData).orElse("");
    }

    /**
     * good.md gains a second sentence of five long words, typed and saved: 11 words, 2 sentences,
     * 30 syllables, Flesch 206.835 − 1.015 × 11/2 − 84.6 × 30/11 = −29, under 60: one warning, so
     * readability 100 − 10 = 90.
     */
    @Test
    void aSaveInTheWindowScoresTheArticleAgain(FxRobot robot) throws Exception {
        TableView<ArticleItem> table = robot.lookup("#article-list").queryTableView();
        waitUntilOnFx(() -> readabilityOf(table, "good.md").equals("100"));
        FxTestSupport.openArticle(robot, stage, "good.md");
        org.fxmisc.richtext.CodeArea editor = robot.lookup("#editor").queryAs(org.fxmisc.richtext.CodeArea.class);
        robot.clickOn(editor);
        robot.press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL);
        robot.write(" " + LONG + ".");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> Files.readString(folder.resolve("good.md")).contains(LONG));
        waitUntilOnFx(() -> readabilityOf(table, "good.md").equals("90"));
    }

    /** hard.md rewritten outside Masthead as good.md's one short sentence: no finding left, readability 80 → 100. */
    @Test
    void aFileChangedOutsideTheWindowIsScoredAgain(FxRobot robot) throws Exception {
        TableView<ArticleItem> table = robot.lookup("#article-list").queryTableView();
        waitUntilOnFx(() -> readabilityOf(table, "hard.md").equals("80"));
        Files.writeString(folder.resolve("hard.md"), "---\ntitle: Hard reading\n---\nThe cat sat on the mat.\n");
        waitUntilOnFx(() -> readabilityOf(table, "hard.md").equals("100"));
    }
}
