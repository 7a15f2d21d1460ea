package org.masthead.ui;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;

/**
 * Folder SEO's table of every finding, one row each, coloured by severity and sortable by any
 * column. The rows shown can be narrowed (to one check, or one article); Enter or a double click
 * opens a row's finding through the handler the pane gives.
 */
final class DashboardFindings {
    private final ObservableList<DashboardModel.Row> allRows = FXCollections.observableArrayList();
    private final FilteredList<DashboardModel.Row> filteredRows = new FilteredList<>(allRows);
    private final TableView<DashboardModel.Row> table = new TableView<>();

    DashboardFindings(Node placeholder, Consumer<DashboardModel.Row> open) {
        table.setId("dashboard-findings");
        table.setAccessibleText("Findings in the folder");
        table.setPrefHeight(300);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(placeholder);
        table.getColumns().add(column("Severity", DashboardModel.Row::severity, 70, 80));
        table.getColumns().add(column("File", DashboardModel.Row::path, 170, 0));
        TableColumn<DashboardModel.Row, Number> line = new TableColumn<>("Line");
        line.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().finding().line()));
        line.setMaxWidth(60);
        line.setCellFactory(c -> WrappingColumns.cell());
        table.getColumns().add(line);
        table.getColumns().add(column("Field", r -> r.finding().field(), 130, 0));
        table.getColumns().add(column("Message", r -> r.finding().message(), 300, 0));
        SortedList<DashboardModel.Row> sorted = new SortedList<>(filteredRows);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setRowFactory(t -> {
            TableRow<DashboardModel.Row> row = new TableRow<>() {
                @Override
                protected void updateItem(DashboardModel.Row item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().removeAll("dashboard-error", "dashboard-warning", "dashboard-info");
                    if (!empty && item != null) {
                        getStyleClass().add("dashboard-" + item.severity());
                        setTooltip(new Tooltip(item.finding().message()));
                        setAccessibleText(item.severity() + ": " + item.finding().message() + ", " + item.path());
                    } else {
                        setTooltip(null);
                        setAccessibleText(null);
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            DashboardModel.Row selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                e.consume();
                open.accept(selected);
            }
        });
    }

    private static TableColumn<DashboardModel.Row, String> column(String title,
            Function<DashboardModel.Row, String> value, double prefWidth, double maxWidth) {
        TableColumn<DashboardModel.Row, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> WrappingColumns.cell());
        // The constrained policy shares the width out in proportion to these.
        column.setPrefWidth(prefWidth);
        if (maxWidth > 0) {
            column.setMaxWidth(maxWidth);
        }
        return column;
    }

    TableView<DashboardModel.Row> table() {
        return table;
    }

    void setRows(List<DashboardModel.Row> rows) {
        allRows.setAll(rows);
    }

    /** Shows only the rows {@code shown} accepts; null shows them all. */
    void narrow(Predicate<DashboardModel.Row> shown) {
        filteredRows.setPredicate(shown);
    }
}
