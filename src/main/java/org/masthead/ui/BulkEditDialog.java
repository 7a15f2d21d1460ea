package org.masthead.ui;

import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.masthead.content.batch.BulkEdits;
import org.masthead.document.KeyPath;

/** Asks what a bulk edit of the selected articles does: the field path and, where it needs one, the value. */
final class BulkEditDialog {
    /** The kinds of bulk edit, each with what its second input asks for (null: none). */
    enum Kind {
        SET("Set Value", "Value"),
        CLEAR("Clear Value", null),
        ADD_ITEM("Add List Item", "Item"),
        REMOVE_ITEM("Remove List Item", "Item"),
        RENAME_KEY("Rename Key", "New name"),
        REMOVE_KEY("Remove Key", null);

        final String title;
        final String second;

        Kind(String title, String second) {
            this.title = title;
            this.second = second;
        }

        BulkEdits.Edit edit(KeyPath path, String value) {
            return switch (this) {
                case SET -> new BulkEdits.SetValue(path, value);
                case CLEAR -> new BulkEdits.ClearValue(path);
                case ADD_ITEM -> new BulkEdits.AddItem(path, value);
                case REMOVE_ITEM -> new BulkEdits.RemoveItem(path, value);
                case RENAME_KEY -> new BulkEdits.RenameKey(path, value);
                case REMOVE_KEY -> new BulkEdits.RemoveKey(path);
            };
        }
    }

    private BulkEditDialog() {
    }

    /** The edit, or empty when cancelled or the path does not parse (then {@code problem} names why). */
    static Optional<BulkEdits.Edit> ask(Window owner, Kind kind, int articles, List<String> columns, String column) {
        ComboBox<String> path = new ComboBox<>(FXCollections.observableArrayList(columns));
        path.setId("bulk-path");
        path.setEditable(true);
        path.setAccessibleText("Field path");
        path.getEditor().setText(column == null ? "" : column);
        TextField value = new TextField();
        value.setId("bulk-value");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        Label pathLabel = new Label("_Field:");
        pathLabel.setLabelFor(path);
        grid.addRow(0, pathLabel, path);
        if (kind.second != null) {
            Label valueLabel = new Label("_" + kind.second + ":");
            valueLabel.setLabelFor(value);
            value.setAccessibleText(kind.second);
            grid.addRow(1, valueLabel, value);
        }
        Label problem = new Label();
        problem.setId("bulk-problem");
        grid.add(problem, 0, 2, 2, 1);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(kind.title);
        dialog.setHeaderText(kind.title + " in " + articles + (articles == 1 ? " article" : " articles")
                + "; a preview follows");
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setId("bulk-edit-dialog");
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.initOwner(owner);
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            try {
                KeyPath.parse(path.getEditor().getText().strip());
            } catch (IllegalArgumentException bad) {
                problem.setText("Not a field path: " + bad.getMessage() + ".");
                e.consume();
            }
        });
        dialog.setOnShown(e -> (kind.second != null && column != null ? value : path).requestFocus());
        if (dialog.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
            return Optional.empty();
        }
        return Optional.of(kind.edit(KeyPath.parse(path.getEditor().getText().strip()), value.getText()));
    }
}
