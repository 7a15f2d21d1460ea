package org.masthead.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;

/**
 * Table columns whose text is never cut short at any font size: their widths follow the font,
 * and their cells wrap.
 */
final class WrappingColumns {
    private WrappingColumns() {
    }

    /** Each column of {@code table} at least {@code ems[i]} ems wide, and the table as wide as they are together. */
    static void setMins(TableView<?> table, double[] ems, double em) {
        double total = 0;
        for (int i = 0; i < ems.length; i++) {
            TableColumn<?, ?> column = table.getColumns().get(i);
            double min = Math.ceil(ems[i] * em);
            column.setMinWidth(min);
            column.setMaxWidth(Math.max(column.getMaxWidth(), min));
            total += min;
        }
        table.setMinWidth(total + 2 * em);
    }

    /**
     * A cell whose text wraps at the column's width, its row as tall as the text needs. The text
     * is a Text node, not the cell's own, since a cell measures its wrapped label at a width other
     * than the one it lays it out at and then cuts the last line with an ellipsis.
     */
    static <S, T> TableCell<S, T> cell() {
        Text text = new Text();
        text.getStyleClass().add("dashboard-cell-text");
        TableCell<S, T> cell = new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                String value = empty || item == null ? null : item.toString();
                text.setText(value == null ? "" : value);
                setText(null);
                setGraphic(value == null ? null : text);
                setAccessibleText(value);
            }
        };
        text.fontProperty().bind(cell.fontProperty());
        text.fillProperty().bind(cell.textFillProperty());
        text.wrappingWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(0, cell.getWidth() - cell.snappedLeftInset() - cell.snappedRightInset() - 1),
                cell.widthProperty(), cell.paddingProperty()));
        return cell;
    }
}
