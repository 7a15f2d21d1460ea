package org.masthead.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.masthead.document.DocumentException;
import org.masthead.seo.Finding;
import org.masthead.seo.FolderCheckCache;
import org.masthead.seo.FolderReport;
import org.masthead.seo.Scores;
import org.masthead.seo.SeoConfig;
import org.masthead.seo.SeoRules;
import org.masthead.session.SharedFolderCheck;

/**
 * The whole folder's SEO at a glance: totals, counts by check, every finding, and two charts.
 * The folder is checked off the FX thread, with progress shown as it goes; a newer
 * {@link #analyse} cancels an older one, and opening a finding is left to the window through
 * {@link #setOnOpen}. Analysing the same folder again reads only the files that changed.
 */
public final class DashboardPane {
    /**
     * One finished analysis, built off the FX thread so that the FX thread only swaps lists: the
     * findings as analysed and sorted in {@code order}, the order the table asked for when the
     * analysis started.
     */
    private record Analysis(Path folder, FolderReport report, List<DashboardModel.Row> rows,
                            List<DashboardModel.Row> sortedRows, DashboardFindings.Order order,
                            Map<String, Integer> lengths, List<DashboardModel.SubjectProblems> subjects,
                            List<DashboardModel.Todo> todos, Scores.Distribution scores, List<CheckCount> counts,
                            String totals) {
    }

    /** One row of the checks table. */
    record CheckCount(String check, int count) {
    }

    private final Executor worker;
    private final AtomicLong generation = new AtomicLong();
    private final SharedFolderCheck folderChecks;
    private final Label totals = new Label();
    private final Label message = new Label();
    /** What {@link #compute} gives when the folder's analysis equals the one shown. */
    private static final Object UNCHANGED = new Object();
    private final DashboardStatus status = new DashboardStatus(generation::get);
    private final TableView<CheckCount> checks = new TableView<>();
    private final ObservableList<CheckCount> checkCounts = FXCollections.observableArrayList();
    private final DashboardFindings findings;
    private final DashboardArticles articles = new DashboardArticles(todo -> narrowFindings());
    private final DashboardCharts charts = new DashboardCharts();
    private final ScrollPane root;
    private BiConsumer<Path, Finding> onOpen = (path, finding) -> { };
    private final ReadOnlyObjectWrapper<FolderReport> report = new ReadOnlyObjectWrapper<>();
    private volatile Analysis shown; // what the pane shows, for readers off the FX thread
    private Path folder;
    private volatile Runnable beforeEachFile = () -> { };

    /** With a background of its own, for a dashboard shown alone. */
    public DashboardPane() {
        this(Clock.systemDefaultZone(), new Background(message -> { }));
    }

    /** With a fixed clock, for tests of the date checks. */
    DashboardPane(Clock clock) {
        this(clock, new Background(message -> { }));
    }

    /** With the window's background, on whose lane the folder is checked. */
    DashboardPane(Clock clock, Background background) {
        this.folderChecks = new SharedFolderCheck(clock);
        this.worker = background.lane("masthead-dashboard").executor();
        totals.setId("dashboard-totals");
        totals.getStyleClass().add("dashboard-totals");
        message.setId("dashboard-message");
        message.getStyleClass().add("dashboard-message");
        message.setWrapText(true);
        for (Label label : new Label[] {totals, message}) {
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
        }
        totals.setMinWidth(0);
        showMessage(null);
        Button showAll = new Button("All findings");
        showAll.setMinWidth(Region.USE_PREF_SIZE);
        showAll.setId("dashboard-show-all");
        showAll.setOnAction(e -> {
            checks.getSelectionModel().clearSelection();
            articles.clearPick();
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox.setHgrow(totals, Priority.SOMETIMES);
        HBox header = new HBox(8, totals, status.spinner(), status.text(), gap, showAll);
        header.getStyleClass().add("dashboard-header");

        findings = new DashboardFindings(status.findingsPlaceholder(), this::open,
                background.lane("masthead-dashboard-sort"));
        buildChecksTable();

        VBox content = new VBox(8, header, message, heading("By check"), checks, heading("Articles"), articles.table(), heading("Findings"), findings.table(),
                heading("Description lengths"), charts.lengths(), heading("Errors and warnings by subject"),
                charts.subjects(), heading("Articles by score"), charts.scores());
        content.getStyleClass().add("dashboard");
        root = new ScrollPane(content);
        root.setId("dashboard-pane");
        root.setFitToWidth(true);
        root.getStylesheets().add(Resources.url("dashboard.css"));
        // Column widths are pixels; the font follows zoom and the screen's scale, so they are set in ems.
        totals.fontProperty().addListener((obs, old, font) -> fitColumns(font.getSize()));
        fitColumns(totals.getFont().getSize());
    }

    /**
     * Each column at least as wide as its header and its longest unbreakable word at {@code em};
     * cells wrap the rest, and when the columns need more than the pane is wide, the pane scrolls.
     */
    private void fitColumns(double em) {
        double[] checksMin = {10, 5.5};
        double[] findingsMin = {6, 9, 3.5, 10, 12};
        WrappingColumns.setMins(checks, checksMin, em);
        WrappingColumns.setMins(findings.table(), findingsMin, em);
        WrappingColumns.setMins(articles.table(), new double[] {9, 4.5, 6, 5.5, 7, 7, 8}, em);
    }


    private static Label heading(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add("dashboard-heading");
        return label;
    }

    private void buildChecksTable() {
        checks.setId("dashboard-checks");
        checks.setAccessibleText("Findings by check");
        checks.setPrefHeight(170);
        checks.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        checks.setPlaceholder(status.checksPlaceholder());
        TableColumn<CheckCount, String> check = new TableColumn<>("Check");
        check.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().check()));
        TableColumn<CheckCount, Number> count = new TableColumn<>("Findings");
        count.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().count()));
        count.setMaxWidth(90);
        count.setCellFactory(c -> WrappingColumns.cell());
        check.setCellFactory(c -> WrappingColumns.cell());
        checks.getColumns().add(check);
        checks.getColumns().add(count);
        // A sorted view, so that the user's sort order holds when the folder is analysed again.
        SortedList<CheckCount> sorted = new SortedList<>(checkCounts);
        sorted.comparatorProperty().bind(checks.comparatorProperty());
        checks.setItems(sorted);
        checks.getSelectionModel().selectedItemProperty().addListener((obs, old, selected) -> narrowFindings());
    }

    /** The findings of the picked check and the picked article; all of them when neither is picked. */
    private void narrowFindings() {
        CheckCount check = checks.getSelectionModel().getSelectedItem();
        DashboardModel.Todo article = articles.table().getSelectionModel().getSelectedItem();
        findings.narrow(check == null && article == null ? null : row ->
                (check == null || row.finding().check().equals(check.check()))
                        && (article == null || row.path().equals(article.path())));
    }

    /** Each article's count of misspellings, by absolute path, for the to-do list. */
    void setSpelling(Map<Path, Integer> counts) {
        articles.setSpelling(counts);
    }

    public Node node() {
        return root;
    }

    /** Puts {@code section} under the totals, as the web-link check's is. */
    void addSection(Node section) {
        ((VBox) root.getContent()).getChildren().add(2, section);
    }

    TableView<CheckCount> checksTable() { return checks; }

    TableView<DashboardModel.Row> findingsTable() { return findings.table(); }

    /** Called with the article's path (the analysed folder resolved) and the finding to go to. */
    public void setOnOpen(BiConsumer<Path, Finding> handler) {
        onOpen = handler == null ? (path, finding) -> { } : handler;
    }

    /** The report shown last; null before the first analysis finishes or after a failed one. */
    public FolderReport report() {
        Analysis last = shown;
        return last == null ? null : last.report();
    }

    // 'report' property: every report the pane shows, in turn
    public ReadOnlyObjectProperty<FolderReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** How many article files the checks of this pane have read from disk, for tests of what a re-analysis reads. */
    long filesRead() {
        return folderChecks.reads();
    }

    /** The folder's kept checks, which the list's score columns share. */
    SharedFolderCheck folderChecks() {
        return folderChecks;
    }

    /** Runs on a checking thread before each file is read; tests hold a run there. */
    void setBeforeEachFile(Runnable hook) {
        beforeEachFile = hook == null ? () -> { } : hook;
    }

    /**
     * Checks every article under {@code folder} in the background and shows the result, unless a
     * newer call came, which cancels this one between two files. Progress shows meanwhile; the
     * files unchanged since the last analysis of the same folder are not read again.
     */
    public void analyse(Path folder) {
        long mine = generation.incrementAndGet();
        status.started();
        DashboardFindings.Order order = findings.order();
        worker.execute(() -> {
            if (mine != generation.get()) {
                return; // superseded while it waited: skip the work altogether
            }
            Object outcome;
            try {
                outcome = compute(folder, mine, order);
            } catch (CancellationException e) {
                return; // a newer run took over, and shows its own progress and result
            } catch (IOException e) {
                outcome = "Cannot check " + folder + ": " + describe(e);
            } catch (DocumentException e) {
                outcome = e.getMessage();
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                outcome = "Something went wrong while checking " + folder + ": " + describe(e);
            }
            Object result = outcome;
            Platform.runLater(() -> {
                if (mine == generation.get()) {
                    if (result == UNCHANGED) {
                        status.finished(); // the same as on screen: the user's place in the tables stays
                    } else if (result instanceof Analysis analysis) {
                        show(analysis, mine);
                    } else {
                        showFailure((String) result);
                    }
                }
            });
        });
    }

    private static String describe(Throwable e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    private Object compute(Path folder, long mine, DashboardFindings.Order order) throws IOException, DocumentException {
        if (!Files.isDirectory(folder)) {
            throw new IOException("it does not exist or is not a folder. Open a folder of Markdown articles.");
        }
        SeoRules rules = SeoConfig.load(folder);
        Path root = folder.toAbsolutePath().normalize();
        FolderReport found = folderChecks.check(root, rules, new FolderCheckCache.Progress() {
            @Override
            public void advanced(int done, int total) {
                status.advanced(mine, done, total);
            }

            @Override
            public boolean cancelled() {
                beforeEachFile.run();
                return mine != generation.get();
            }
        });
        Map<String, Integer> lengths = DashboardModel.descriptionLengths(found, DashboardModel.lengthBuckets(rules));
        Analysis last = shown;
        if (last != null && last.folder().equals(root) && last.report().equals(found) && last.lengths().equals(lengths)) {
            return UNCHANGED;
        }
        // counted here, off the FX thread: a large folder has hundreds of thousands of findings
        List<CheckCount> counts = found.countsByCheck().entrySet().stream()
                .map(e -> new CheckCount(e.getKey(), e.getValue())).toList();
        List<DashboardModel.Row> rows = DashboardModel.rows(found);
        List<DashboardModel.Todo> todos = DashboardModel.todos(found);
        return new Analysis(root, found, rows, order.sort(rows), order, lengths, DashboardModel.problemsBySubject(found),
                todos, DashboardCharts.distribution(todos), counts, DashboardModel.totals(found));
    }

    /**
     * Shows {@code analysis} in two tasks of the FX thread, the tables, then on the next turn the
     * charts and the verdict (totals, placeholders, the report), so that neither is a long stall;
     * the second is left out when a newer run has started meanwhile.
     */
    private void show(Analysis analysis, long mine) {
        folder = analysis.folder();
        showMessage(null);
        // The check the user picked stays picked (by its id, as its count may differ) while it has findings.
        CheckCount picked = checks.getSelectionModel().getSelectedItem();
        checks.getSelectionModel().clearSelection();
        checkCounts.setAll(analysis.counts());
        findings.setRows(analysis.rows(), analysis.sortedRows(), analysis.order());
        articles.show(analysis.folder(), analysis.todos());
        if (picked != null) {
            checks.getItems().stream().filter(c -> c.check().equals(picked.check())).findFirst()
                    .ifPresent(c -> checks.getSelectionModel().select(c));
        }

        Platform.runLater(() -> {
            if (mine == generation.get()) {
                charts.showLengths(analysis.lengths());
                charts.showSubjects(analysis.subjects());
                charts.showScores(analysis.scores());
                status.finished();
                totals.setText(analysis.totals());
                shown = analysis;
                report.set(analysis.report());
            }
        });
    }

    private void showFailure(String text) {
        shown = null;
        report.set(null);
        folder = null;
        status.failed();
        totals.setText("");
        checkCounts.clear();
        findings.setRows(List.of(), List.of(), DashboardFindings.Order.ANALYSED);
        articles.show(null, List.of());
        charts.clear();
        showMessage(text);
    }

    private void showMessage(String text) {
        boolean shown = text != null && !text.isBlank();
        message.setText(shown ? text : "");
        message.setVisible(shown);
        message.setManaged(shown);
    }

    private void open(DashboardModel.Row row) {
        if (folder != null) {
            onOpen.accept(folder.resolve(row.path()), row.finding());
        }
    }
}
