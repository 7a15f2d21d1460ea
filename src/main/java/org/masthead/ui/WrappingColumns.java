package org.masthead.ui;

import java.util.function.BiFunction;
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
        return cell((row, item) -> item.toString(), (row, item) -> null);
    }

    /**
     * A wrapping cell that shows {@code shown} of its row and value, and carries the style class
     * {@code style} gives (none for null), for values shown in words, such as a score and its band.
     */
    static <S, T> TableCell<S, T> cell(BiFunction<S, T, String> shown, BiFunction<S, T, String> style) {
        Text text = new Text();
        text.getStyleClass().add("dashboard-cell-text");
        TableCell<S, T> cell = new TableCell<>() {
            private String styled;

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                S row = empty || getTableRow() == null ? null : getTableRow().getItem();
                String value = empty || item == null ? null : shown.apply(row, item);
                text.setText(value == null ? "" : value);
                setText(null);
                setGraphic(value == null ? null : text);
                setAccessibleText(value);
                getStyleClass().remove(styled);
                styled = value == null ? null : style.apply(row, item);
                if (styled != null) {
                    getStyleClass().add(styled);
                }
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
