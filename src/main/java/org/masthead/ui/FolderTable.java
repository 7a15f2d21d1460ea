package org.masthead.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.masthead.document.KeyPath;
import org.masthead.session.FolderTableModel;
import org.masthead.session.FolderTableModel.Row;

/**
 * The folder as a table, in a window of its own: a row per article, a column per chosen field
 * path (or an article's SEO or readability score), multi-select, sorting and filtering on any
 * column, and a cell edited in place. The
 * {@link FolderTableModel} sorts, filters and reads the files off the FX thread; the FX thread
 * only swaps in the newest rows, at most once per pulse, and keeps the selection on the same
 * articles whatever the rows do.
 */
final class FolderTable {
    /** What the table asks of the window. */
    interface Actions {
        /** The user committed {@code value} to the cell of {@code row} in {@code column}. */
        void editCell(Row row, KeyPath column, int columnIndex, String value);
    }

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final TableView<Row> table = new TableView<>(rows);
    private final TextField filter = new TextField();
    private final ComboBox<String> filterColumn = new ComboBox<>();
    private final Label status = new Label();
    private final Label message = new Label();
    private final AtomicReference<FolderTableModel.View> latest = new AtomicReference<>();
    private final FolderTableModel model;
    private final Stage stage = new Stage();
    private final Actions actions;
    private FolderTableModel.View shown = FolderTableModel.View.EMPTY;
    private List<KeyPath> shownColumns = null;

    FolderTable(Window owner, Background background, MenuBar menus, Actions actions) {
        this.actions = actions;
        model = new FolderTableModel(background.lane("masthead-table").executor(),
                background.lane("masthead-table-read").executor(), background.lane("masthead-table-scores").executor(),
                this::offer);
        table.setId("folder-table");
        table.setAccessibleText("Articles as a table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setEditable(true);
        table.setPlaceholder(new Label("No articles"));
        table.setSortPolicy(t -> {
            sortChanged();
            return true;
        });
        filter.setId("table-filter");
        filter.setPromptText("Filter");
        filter.setAccessibleText("Filter rows");
        filterColumn.setId("table-filter-column");
        filterColumn.setAccessibleText("Column to filter on");
        filter.textProperty().addListener((obs, was, text) -> filterChanged());
        filterColumn.valueProperty().addListener((obs, was, now) -> filterChanged());
        HBox.setHgrow(filter, Priority.ALWAYS);
        Label filterLabel = new Label("_Filter:");
        filterLabel.setMnemonicParsing(true);
        filterLabel.setLabelFor(filter);
        HBox filterRow = new HBox(8, filterLabel, filter, new Label("in"), filterColumn);
        filterRow.getStyleClass().add("table-filter-row");
        status.setId("table-status");
        status.getStyleClass().add("status");
        message.setId("table-message");
        message.setWrapText(true);
        VBox top = new VBox(4, menus, filterRow);
        BorderPane root = new BorderPane(table, top, null, new VBox(2, message, status), null);
        root.setId("folder-table-window");
        stage.initOwner(owner);
        stage.setScene(new Scene(root, 1000, 640));
        Resources.addStylesheet(stage.getScene(), "masthead.css");
        stage.setTitle("Table of Articles — Masthead");
        showColumns(List.of());
    }

    Stage stage() {
        return stage;
    }

    FolderTableModel model() {
        return model;
    }

    TableView<Row> table() {
        return table;
    }

    /** The articles of the selected rows, in the order shown. */
    List<Path> selectedPaths() {
        return table.getSelectionModel().getSelectedItems().stream().map(Row::path).toList();
    }

    /** The articles of the rows shown now (the filter's result), in the order shown. */
    List<Path> shownPaths() {
        return rows.stream().map(Row::path).toList();
    }

    /** The line under the table: what was done or what went wrong. */
    void say(String text) {
        message.setText(text == null ? "" : text);
    }

    private void filterChanged() {
        int index = filterColumn.getSelectionModel().getSelectedIndex();
        // 0 is every column, 1 the file's path, then the fields in their order
        model.setFilter(index <= 0 ? FolderTableModel.ANY : index - 2, filter.getText());
    }

    private void sortChanged() {
        if (table.getSortOrder().isEmpty()) {
            model.setSort(FolderTableModel.PATH, true);
            return;
        }
        TableColumn<Row, ?> by = table.getSortOrder().get(0);
        model.setSort((Integer) by.getUserData(), by.getSortType() == TableColumn.SortType.ASCENDING);
    }

    /** Called on the model's worker: the newest view waits for the next pulse, older ones are dropped. */
    private void offer(FolderTableModel.View view) {
        if (latest.getAndSet(view) == null) {
            Platform.runLater(() -> show(latest.getAndSet(null)));
        }
    }

    private void show(FolderTableModel.View view) {
        if (view == null || view.version() < shown.version()) {
            return;
        }
        shown = view;
        if (!view.columns().equals(shownColumns)) {
            showColumns(view.columns());
        }
        // A batch that changes no shown field re-reads every row to the same values: swapping in
        // 10,000 equal rows and selecting them again cost the FX thread 90-200 ms for nothing
        if (view.rows().equals(rows)) {
            status.setText(statusOf(view));
            return;
        }
        List<Path> selected = selectedPaths();
        Path focused = table.getFocusModel().getFocusedItem() == null ? null
                : table.getFocusModel().getFocusedItem().path();
        rows.setAll(view.rows());
        if (!selected.isEmpty()) {
            Map<Path, Integer> at = new HashMap<>(view.rows().size() * 2);
            for (int i = 0; i < view.rows().size(); i++) {
                at.put(view.rows().get(i).path(), i);
            }
            int[] indices = selected.stream().map(at::get).filter(i -> i != null).mapToInt(Integer::intValue).toArray();
            table.getSelectionModel().clearSelection();
            // a whole folder selected is one range; selecting 100,000 indices one by one costs a frame or more
            if (indices.length == view.rows().size()) {
                table.getSelectionModel().selectAll();
            } else if (indices.length > 0) {
                table.getSelectionModel().selectIndices(indices[0], indices);
            }
            Integer focus = focused == null ? null : at.get(focused);
            if (focus != null) {
                table.getFocusModel().focus(focus);
            }
        }
        status.setText(statusOf(view));
    }

    private static String statusOf(FolderTableModel.View view) {
        return view.rows().size() + " of " + view.total() + " articles"
                + (view.unread() > 0 ? "; reading " + view.unread() + " more files" : "");
    }

    /** A column for the file, then one per field path, each sorting by its index in the model. */
    private void showColumns(List<KeyPath> columns) {
        shownColumns = columns;
        List<TableColumn<Row, String>> made = new ArrayList<>();
        TableColumn<Row, String> file = column("File", FolderTableModel.PATH);
        file.setEditable(false);
        file.setPrefWidth(240);
        made.add(file);
        for (int i = 0; i < columns.size(); i++) {
            KeyPath path = columns.get(i);
            TableColumn<Row, String> column = column(path.toString(), i);
            if (FolderTableModel.SCORES.contains(path)) {
                // worked out from the folder's check, not a field: nothing to edit
                column.setId(path.equals(FolderTableModel.SEO_SCORE) ? "table-column-seo-score"
                        : "table-column-readability-score");
                column.setEditable(false);
                made.add(column);
                continue;
            }
            int index = i;
            column.setCellFactory(TextFieldTableCell.forTableColumn());
            column.setOnEditCommit(e -> {
                if (e.getRowValue() != null && e.getNewValue() != null && !e.getNewValue().equals(e.getOldValue())) {
                    actions.editCell(e.getRowValue(), path, index, e.getNewValue());
                }
            });
            made.add(column);
        }
        table.getSortOrder().clear();
        table.getColumns().setAll(made);
        List<String> names = new ArrayList<>();
        names.add("every column");
        names.add("File");
        columns.forEach(c -> names.add(c.toString()));
        int was = filterColumn.getSelectionModel().getSelectedIndex();
        filterColumn.getItems().setAll(names);
        filterColumn.getSelectionModel().select(was >= 0 && was < names.size() ? was : 0);
    }

    private static TableColumn<Row, String> column(String name, int index) {
        TableColumn<Row, String> column = new TableColumn<>(name);
        column.setId("table-column-" + (index < 0 ? "file" : name));
        column.setUserData(index);
        column.setPrefWidth(index < 0 ? 240 : 160);
        column.setCellValueFactory(cell -> {
            String value = cell.getValue().value(index);
            return new ReadOnlyStringWrapper(value == null ? "…" : value);
        });
        return column;
    }
}
