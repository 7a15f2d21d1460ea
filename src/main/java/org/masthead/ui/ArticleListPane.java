package org.masthead.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.masthead.session.ArticleItem;
import org.masthead.session.ArticleListModel;

/**
 * The folder's articles on the left: a virtualised, sortable table with an instant filter. It owns
 * its nodes and binds the table to an {@link ArticleListModel}, which sorts and filters off the FX
 * thread; the FX thread only swaps in the newest rows, at most once per pulse.
 *
 * <p>The selection follows the article, not the row: whatever the rows do, the table keeps showing
 * the article last chosen. Only a user's pick (a click, a key, an explicit {@link #select}) reaches
 * {@link #setOnOpen}; rows moving under the selection never do.
 */
public final class ArticleListPane {
    private final ObservableList<ArticleItem> rows = FXCollections.observableArrayList();
    private final TableView<ArticleItem> table = new TableView<>(rows);
    private final TextField filter = new TextField();
    private final ProgressBar progress = new ProgressBar();
    private final Label status = new Label();
    private final VBox root = new VBox(filter, progress, table, status);
    private final AtomicReference<ArticleListModel.View> latest = new AtomicReference<>();
    private final ArticleListModel model;
    private final List<Map.Entry<Long, Runnable>> waiting = new ArrayList<>();
    private ArticleListModel.View shown = ArticleListModel.View.EMPTY;
    private Consumer<ArticleItem> onOpen = item -> { };
    private List<Object> sortedBy = List.of();
    // True while the pane itself moves rows or the selection, so that no such move reads as a user's pick.
    private boolean applying;
    // The article whose row is selected, by identity; read and written on the FX thread.
    private Path chosen;
    // A footer message that replaces the counts; read and written on the FX thread.
    private String message;

    /** With a background of its own, for a list shown alone. */
    public ArticleListPane() {
        this(new Background(message -> { }));
    }

    /** With the window's background, on whose lane the list is sorted and filtered. */
    ArticleListPane(Background background) {
        model = new ArticleListModel(background.lane("masthead-article-list").executor(), this::offer);
        table.setId("article-list");
        filter.setId("article-filter");
        filter.setPromptText("Filter by title, subject, id, url or file");
        filter.setAccessibleText("Filter articles");
        table.setAccessibleText("Articles");
        status.setId("article-status");
        progress.setId("article-progress");
        status.getStyleClass().add("status");
        progress.setMaxWidth(Double.MAX_VALUE);
        root.getStyleClass().add("article-list-pane");
        VBox.setVgrow(table, Priority.ALWAYS);
        table.getColumns().add(column("Title", ArticleItem::label, 300));
        table.getColumns().add(column("Subject", ArticleItem::subject, 110));
        table.getColumns().add(column("Date", ArticleItem::date, 85));
        table.getColumns().add(column("Id", ArticleItem::id, 70));
        table.getColumns().add(column("File", ArticleItem::fileName, 200));
        // Id and File are a click away in the table menu; the narrow pane shows what editors scan for.
        table.getColumns().get(3).setVisible(false);
        table.getColumns().get(4).setVisible(false);
        table.setTableMenuButtonVisible(true);
        // The model sorts; the table only says by what.
        table.setSortPolicy(t -> {
            sortChanged();
            return true;
        });
        table.getSortOrder().add(table.getColumns().get(0));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label("No articles"));
        table.setRowFactory(t -> new ProblemRow());
        filter.textProperty().addListener((obs, old, text) -> model.setQuery(text));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (!applying && item != null && !item.path().equals(chosen)) {
                chosen = item.path();
                model.select(chosen);
                // After the selection change has finished: a dialog opened inside it would nest an
                // event loop in the middle of the table's own bookkeeping.
                Platform.runLater(() -> onOpen.accept(item));
            }
        });
        setIndexing(false);
        updateStatus();
    }

    private static TableColumn<ArticleItem, String> column(String name, Function<ArticleItem, String> value, double width) {
        TableColumn<ArticleItem, String> column = new TableColumn<>(name);
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        column.setComparator(Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER));
        column.setUserData(value);
        column.setPrefWidth(width);
        column.setCellFactory(c -> new ItemCell());
        return column;
    }

    public Node node() {
        return root;
    }

    // ---- git: a narrow column of each row's state, and a filter to the rows it names (GitController) ----

    /** Adds a last column, showing {@code state} of each row's file (M, N, C or nothing). */
    void showGitState(Function<Path, String> state) {
        TableColumn<ArticleItem, String> git = column("Git", item -> state.apply(item.path()), 34);
        git.setId("article-git-state");
        git.setMaxWidth(44);
        table.getColumns().add(git);
    }

    /** Adds a last column showing {@code shown}, sorted by {@code sortKey} (a count's text does not sort as text). */
    TableColumn<ArticleItem, String> addColumn(String id, String name, Function<ArticleItem, String> shown, Function<ArticleItem, String> sortKey) {
        TableColumn<ArticleItem, String> added = column(name, shown, 64);
        added.setId(id);
        added.setUserData(sortKey);
        table.getColumns().add(added);
        return added;
    }

    /** Shows new git states or counts of the added columns, and sorts by them again. */
    void refreshColumns() {
        sortedBy = List.of();
        sortChanged();
        table.refresh();
    }

    /** Shows only the rows whose file passes {@code keep}; null shows all again. */
    void setOnlyRows(Predicate<Path> keep) {
        model.setOnly(keep == null ? null : item -> keep.test(item.path()));
    }

    /** Called, on the FX thread, when the user picks an article: never for rows moving by themselves. */
    public void setOnOpen(Consumer<ArticleItem> action) {
        onOpen = action;
    }

    // 'selected' property: the row the table shows selected
    public ReadOnlyObjectProperty<ArticleItem> selectedProperty() {
        return table.getSelectionModel().selectedItemProperty();
    }

    public void clear() {
        chosen = null;
        message = null;
        model.clear();
    }

    /** Adds rows; callable from any thread. */
    public void add(Collection<ArticleItem> batch) {
        model.update(batch, List.of());
    }

    /** Replaces rows whose file changed, adds new ones and drops removed ones; callable from any thread. */
    public void update(Collection<ArticleItem> changed, Collection<Path> removed) {
        model.update(changed, removed);
    }

    /** Shows the progress bar while the folder is read; {@code fraction} below 0 means unknown. */
    public void setIndexing(boolean indexing) {
        progress.setVisible(indexing);
        progress.setManaged(indexing);
        progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
    }

    public void setProgress(double fraction) {
        progress.setProgress(fraction);
    }

    /** Shows {@code text} in the footer instead of the counts until the list is cleared (a folder that is not there). */
    public void showMessage(String text) {
        message = text;
        updateStatus();
    }

    /** The first row as the table shows it, after sorting and filtering. */
    public Optional<ArticleItem> firstShown() {
        return shown.rows().isEmpty() ? Optional.empty() : Optional.of(shown.rows().get(0));
    }

    /** Runs {@code action} on the FX thread once the table shows every change made to the list so far. */
    public void whenShown(Runnable action) {
        long version = model.version();
        if (shown.version() >= version) {
            action.run();
        } else {
            waiting.add(Map.entry(version, action));
        }
    }

    /** Selects an article the user asked for in another way (a link, a finding) and opens it. */
    public void select(ArticleItem item) {
        reveal(item.path());
        Platform.runLater(() -> onOpen.accept(item));
    }

    /** Shows {@code path} as the selected article without opening anything: the open article after a cancelled switch. */
    public void reveal(Path path) {
        chosen = path;
        model.select(path);
        selectShown(shown);
    }

    /** Rows whose title, subject, id, url or file name contain {@code query}, case-insensitively. */
    public List<ArticleItem> search(String query) {
        String lower = query.toLowerCase(Locale.ROOT);
        return model.matching(item -> !item.hasProblem() && item.matches(lower));
    }

    /** The row of {@code path} as the folder holds it now, shown yet or not. */
    public Optional<ArticleItem> findByPath(Path path) {
        return model.find(path);
    }

    public Optional<ArticleItem> findById(String id) {
        return model.matching(item -> id.equals(item.id())).stream().findFirst();
    }

    /** On the worker: keeps only the newest view and asks the FX thread for one swap. */
    private void offer(ArticleListModel.View view) {
        if (latest.getAndSet(view) == null) {
            Platform.runLater(this::applyLatest);
        }
    }

    /** One swap of rows: bounded by a copy of the row references, whatever the storm did. */
    private void applyLatest() {
        ArticleListModel.View view = latest.getAndSet(null);
        if (view == null || view.version() < shown.version()) {
            return;
        }
        Path top = firstVisible();
        applying = true;
        try {
            if (!view.rows().equals(shown.rows())) {
                rows.setAll(view.rows());
            }
            shown = view;
            selectShown(view);
            int topRow = view.indexOf(top);
            if (topRow >= 0) {
                table.scrollTo(topRow);
            }
        } finally {
            applying = false;
        }
        updateStatus();
        for (Iterator<Map.Entry<Long, Runnable>> it = waiting.iterator(); it.hasNext(); ) {
            Map.Entry<Long, Runnable> entry = it.next();
            if (entry.getKey() <= view.version()) {
                it.remove();
                entry.getValue().run();
            }
        }
    }

    private void selectShown(ArticleListModel.View view) {
        boolean was = applying;
        applying = true;
        try {
            int row = view.indexOf(chosen);
            if (row < 0) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedIndex() != row
                    || table.getSelectionModel().getSelectedItem() != view.rows().get(row)) {
                table.getSelectionModel().clearAndSelect(row);
            }
        } finally {
            applying = was;
        }
    }

    /** The article in the first row the table shows, so that the view can stay on it when rows move. */
    private Path firstVisible() {
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            IndexedCell<?> cell = flow.getFirstVisibleCell();
            if (cell != null && cell.getIndex() > 0 && cell.getIndex() < rows.size()) {
                return rows.get(cell.getIndex()).path();
            }
        }
        return null;
    }

    /** Tells the model the table's sort order, once per change: the table asks again after every swap. */
    private void sortChanged() {
        List<Object> key = new ArrayList<>();
        Comparator<ArticleItem> order = null;
        for (TableColumn<ArticleItem, ?> column : table.getSortOrder()) {
            @SuppressWarnings("unchecked")
            Function<ArticleItem, String> value = (Function<ArticleItem, String>) column.getUserData();
            boolean ascending = column.getSortType() == TableColumn.SortType.ASCENDING;
            key.add(column);
            key.add(ascending);
            Comparator<ArticleItem> one = Comparator.comparing(value, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER));
            one = ascending ? one : one.reversed();
            order = order == null ? one : order.thenComparing(one);
        }
        if (!key.equals(sortedBy)) {
            sortedBy = key;
            model.setOrder(order);
        }
    }

    private void updateStatus() {
        if (message != null) {
            status.setText(message);
            return;
        }
        status.setText(shown.rows().size() + " shown / " + shown.total() + " total / " + shown.problems() + " with problems");
    }

    private static final class ItemCell extends TableCell<ArticleItem, String> {
        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            getStyleClass().remove("problem");
            ArticleItem item = empty ? null : getTableRow().getItem();
            if (item == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(text);
            ProblemRow.fitDate(this, text);
            if (item.hasProblem()) {
                getStyleClass().add("problem");
                setTooltip(new Tooltip(item.problem()));
            } else {
                setTooltip(null);
            }
        }
    }

    /** A row of a file that does not parse is red, with its error as tooltip; a screen reader hears its problem. */
    private static final class ProblemRow extends TableRow<ArticleItem> {
        /** The Date column is never narrower than a date in the cells' font (zoom included). */
        static void fitDate(TableCell<ArticleItem, String> cell, String text) {
            TableColumn<ArticleItem, String> column = cell.getTableColumn();
            if (column == null || text == null || !"Date".equals(column.getText())) {
                return;
            }
            // the font comes with the CSS (zoom changes it), after the text: measure again then
            if (cell.getProperties().putIfAbsent("masthead.fitDate", Boolean.TRUE) == null) {
                cell.fontProperty().addListener((obs, was, now) -> fitDate(cell, cell.getText()));
            }
            javafx.scene.text.Text probe = new javafx.scene.text.Text(text);
            probe.setFont(cell.getFont());
            double need = Math.ceil(probe.getLayoutBounds().getWidth() + cell.snappedLeftInset()
                    + cell.snappedRightInset() + 6);
            if (need > column.getMinWidth()) {
                column.setMinWidth(need);
            }
        }

        @Override
        protected void updateItem(ArticleItem item, boolean empty) {
            super.updateItem(item, empty);
            boolean problem = !empty && item != null && item.hasProblem();
            setAccessibleText(empty || item == null ? null
                    : problem ? item.label() + ", problem: " + item.problem() : item.label());
            getStyleClass().remove("problem");
            if (problem) {
                getStyleClass().add("problem");
                setTooltip(new Tooltip(item.problem()));
            } else {
                setTooltip(null);
            }
        }
    }
}
