package org.masthead.ui;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The folder's articles on the left: a virtualised, sortable table with an instant filter. It owns
 * its nodes and publishes the selection as a property.
 */
public final class ArticleListPane {
    private final ObservableList<ArticleItem> items = FXCollections.observableArrayList();
    private final FilteredList<ArticleItem> filtered = new FilteredList<>(items);
    private final SortedList<ArticleItem> sorted = new SortedList<>(filtered);
    private final TableView<ArticleItem> table = new TableView<>(sorted);
    private final TextField filter = new TextField();
    private final ProgressBar progress = new ProgressBar();
    private final Label status = new Label();
    private final VBox root = new VBox(filter, progress, table, status);
    private int problems;

    public ArticleListPane() {
        table.setId("article-list");
        filter.setId("article-filter");
        filter.setPromptText("Filter by title, subject, id, url or file");
        status.setId("article-status");
        status.getStyleClass().add("status");
        progress.setMaxWidth(Double.MAX_VALUE);
        root.getStyleClass().add("article-list-pane");
        VBox.setVgrow(table, Priority.ALWAYS);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.getColumns().add(column("Title", ArticleItem::label, 300));
        table.getColumns().add(column("Subject", ArticleItem::subject, 110));
        table.getColumns().add(column("Date", ArticleItem::date, 85));
        table.getColumns().add(column("Id", ArticleItem::id, 70));
        table.getColumns().add(column("File", ArticleItem::fileName, 200));
        // Id and File are a click away in the table menu; the narrow pane shows what editors scan for.
        table.getColumns().get(3).setVisible(false);
        table.getColumns().get(4).setVisible(false);
        table.setTableMenuButtonVisible(true);
        table.getSortOrder().add(table.getColumns().get(0));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label("No articles"));
        filter.textProperty().addListener((obs, old, text) -> {
            String query = text.strip().toLowerCase(Locale.ROOT);
            filtered.setPredicate(item -> item.matches(query));
            updateStatus();
        });
        setIndexing(false);
    }

    private static TableColumn<ArticleItem, String> column(String name, Function<ArticleItem, String> value, double width) {
        TableColumn<ArticleItem, String> column = new TableColumn<>(name);
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        column.setComparator(Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER));
        column.setPrefWidth(width);
        column.setCellFactory(c -> new ItemCell());
        return column;
    }

    public Node node() {
        return root;
    }

    // 'selected' property
    public ReadOnlyObjectProperty<ArticleItem> selectedProperty() {
        return table.getSelectionModel().selectedItemProperty();
    }

    public void clear() {
        items.clear();
        problems = 0;
        updateStatus();
    }

    public void add(Collection<ArticleItem> batch) {
        items.addAll(batch);
        problems += (int) batch.stream().filter(ArticleItem::hasProblem).count();
        updateStatus();
    }

    /** Replaces rows whose file changed, adds new ones and drops removed ones, keeping the selection. */
    public void update(Collection<ArticleItem> changed, Collection<java.nio.file.Path> removed) {
        java.util.Map<java.nio.file.Path, ArticleItem> byPath = new java.util.HashMap<>();
        changed.forEach(item -> byPath.put(item.path(), item));
        java.util.Set<java.nio.file.Path> gone = new java.util.HashSet<>(removed);
        ArticleItem selected = table.getSelectionModel().getSelectedItem();
        for (int i = items.size() - 1; i >= 0; i--) {
            ArticleItem old = items.get(i);
            ArticleItem now = byPath.remove(old.path());
            if (gone.contains(old.path())) {
                items.remove(i);
            } else if (now != null) {
                items.set(i, now);
            }
        }
        items.addAll(byPath.values());
        problems = (int) items.stream().filter(ArticleItem::hasProblem).count();
        if (selected != null) {
            items.stream().filter(item -> item.path().equals(selected.path())).findFirst()
                    .ifPresent(item -> table.getSelectionModel().select(item));
        }
        updateStatus();
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

    public void showMessage(String message) {
        status.setText(message);
    }

    /** The first row as the table shows it, after sorting and filtering. */
    public java.util.Optional<ArticleItem> firstShown() {
        return sorted.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(sorted.get(0));
    }

    public void select(ArticleItem item) {
        table.getSelectionModel().select(item);
    }

    /** Rows whose title, subject, id, url or file name contain {@code query}, case-insensitively. */
    public List<ArticleItem> search(String query) {
        String lower = query.toLowerCase(Locale.ROOT);
        return items.stream().filter(item -> !item.hasProblem() && item.matches(lower)).toList();
    }

    public java.util.Optional<ArticleItem> findByPath(java.nio.file.Path path) {
        return items.stream().filter(item -> item.path().equals(path)).findFirst();
    }

    public java.util.Optional<ArticleItem> findById(String id) {
        return items.stream().filter(item -> id.equals(item.id())).findFirst();
    }

    private void updateStatus() {
        status.setText(sorted.size() + " shown / " + items.size() + " total / " + problems + " with problems");
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
            if (item.hasProblem()) {
                getStyleClass().add("problem");
                setTooltip(new Tooltip(item.problem()));
            } else {
                setTooltip(null);
            }
        }
    }
}
