package org.masthead.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
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
 *
 * <p>A large folder has hundreds of thousands of findings, so the FX thread never sorts them: a
 * new report comes sorted from the analysis ({@link #order()} says by what), and a click on a
 * column header sorts on a lane of its own, the rows shown meanwhile staying as they were. The
 * table is handed a new list each time rather than told of changes row by row.
 */
final class DashboardFindings {
    /** A sort of the rows: by what (the columns and their directions), and how to compare. */
    record Order(List<Object> key, Comparator<DashboardModel.Row> comparator) {
        static final Order ANALYSED = new Order(List.of(), null);

        /** {@code rows} in this order; ties, and every row when unsorted, keep the analysed order. */
        List<DashboardModel.Row> sort(List<DashboardModel.Row> rows) {
            if (comparator == null) {
                return rows;
            }
            List<DashboardModel.Row> sorted = new ArrayList<>(rows);
            sorted.sort(comparator);
            return sorted;
        }
    }

    private final TableView<DashboardModel.Row> table = new TableView<>();
    private final Background.Lane sorter;
    /** Every row, as analysed (by path, then by line); ties of a sort keep this order. */
    private List<DashboardModel.Row> analysed = List.of();
    /** Every row, in {@link #order}. */
    private List<DashboardModel.Row> ordered = List.of();
    private Order order = Order.ANALYSED;
    private Predicate<DashboardModel.Row> narrowing;

    DashboardFindings(Node placeholder, Consumer<DashboardModel.Row> open, Background.Lane sorter) {
        this.sorter = sorter;
        table.setId("dashboard-findings");
        table.setAccessibleText("Findings in the folder");
        table.setPrefHeight(300);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(placeholder);
        table.getColumns().add(column("Severity", DashboardModel.Row::severity, 70, 80));
        table.getColumns().add(column("File", DashboardModel.Row::path, 170, 0));
        TableColumn<DashboardModel.Row, Number> line = new TableColumn<>("Line");
        line.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().finding().line()));
        line.setUserData(Comparator.<DashboardModel.Row>comparingInt(r -> r.finding().line()));
        line.setMaxWidth(60);
        line.setCellFactory(c -> WrappingColumns.cell());
        table.getColumns().add(line);
        table.getColumns().add(column("Field", r -> r.finding().field(), 130, 0));
        table.getColumns().add(column("Message", r -> r.finding().message(), 300, 0));
        table.setSortPolicy(t -> {
            sortChanged();
            return true;
        });
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
        column.setUserData(Comparator.comparing(value, Comparator.nullsFirst(Comparator.<String>naturalOrder())));
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

    /** The order the table's columns ask for now; on the FX thread. */
    Order order() {
        List<Object> key = new ArrayList<>();
        Comparator<DashboardModel.Row> comparator = null;
        for (TableColumn<DashboardModel.Row, ?> column : table.getSortOrder()) {
            @SuppressWarnings("unchecked")
            Comparator<DashboardModel.Row> one = (Comparator<DashboardModel.Row>) column.getUserData();
            boolean ascending = column.getSortType() == TableColumn.SortType.ASCENDING;
            key.add(column);
            key.add(ascending);
            one = ascending ? one : one.reversed();
            comparator = comparator == null ? one : comparator.thenComparing(one);
        }
        return new Order(List.copyOf(key), comparator);
    }

    /**
     * Shows {@code rows}: {@code analysedOrder} as analysed, {@code sorted} the same rows in
     * {@code sortedBy}. When the user picked another order meanwhile, they are sorted again off
     * the FX thread.
     */
    void setRows(List<DashboardModel.Row> analysedOrder, List<DashboardModel.Row> sorted, Order sortedBy) {
        analysed = analysedOrder;
        ordered = sorted;
        order = sortedBy;
        refresh();
        sortChanged();
    }

    /** Shows only the rows {@code shown} accepts; null shows them all. */
    void narrow(Predicate<DashboardModel.Row> shown) {
        narrowing = shown;
        refresh();
    }

    /** Sorts the rows off the FX thread when the columns ask for another order than theirs. */
    private void sortChanged() {
        Order wanted = order();
        if (wanted.key().equals(order.key())) {
            sorter.cancel(this); // back to the order shown: a sort still on its way is not wanted
            return;
        }
        List<DashboardModel.Row> rows = analysed;
        sorter.latest(this, Background.Keep.LATEST_ONLY, () -> wanted.sort(rows), sorted -> {
            if (rows == analysed) {
                ordered = sorted;
                order = wanted;
                refresh();
            }
        });
    }

    private void refresh() {
        List<DashboardModel.Row> shown;
        if (narrowing == null) {
            shown = new ArrayList<>(ordered);
        } else {
            shown = new ArrayList<>();
            for (DashboardModel.Row row : ordered) {
                if (narrowing.test(row)) {
                    shown.add(row);
                }
            }
        }
        // A new list rather than a change to the old one: one swap, however many rows. A sorted
        // view of it (in the order it already has), as the table forgets its sort order when
        // handed a list of any other kind.
        table.setItems(new SortedList<>(FXCollections.observableList(shown)));
    }
}
