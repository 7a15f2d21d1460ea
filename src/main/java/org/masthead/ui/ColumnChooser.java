package org.masthead.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.masthead.document.KeyPath;
import org.masthead.session.FolderTableModel;

/**
 * The table's columns, chosen and ordered: any field path can be typed (the two scores and the
 * folder's own paths are offered), and the list is reordered with Up and Down.
 */
final class ColumnChooser {
    private ColumnChooser() {
    }

    /** Asks for the columns; empty when the user cancels. */
    static Optional<List<KeyPath>> ask(Window owner, List<KeyPath> current, Collection<String> known) {
        ObservableList<String> chosen = FXCollections.observableArrayList(current.stream().map(KeyPath::toString).toList());
        ListView<String> list = new ListView<>(chosen);
        list.setId("column-list");
        list.setAccessibleText("Columns in their order");
        list.setPrefHeight(220);
        // the two scores first: they are no field of the folder, so nothing else would offer them
        List<String> offered = new ArrayList<>(FolderTableModel.SCORES.stream().map(KeyPath::toString).toList());
        known.stream().filter(k -> !offered.contains(k)).forEach(offered::add);
        ComboBox<String> path = new ComboBox<>(FXCollections.observableArrayList(offered));
        path.setId("column-path");
        path.setEditable(true);
        path.setPromptText("Field path, such as seo.title or tags");
        path.setAccessibleText("Field path to add");
        path.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(path, Priority.ALWAYS);
        Label problem = new Label();
        problem.setId("column-problem");
        Button add = new Button("_Add");
        add.setId("column-add");
        add.setOnAction(e -> {
            String text = path.getEditor().getText() == null ? "" : path.getEditor().getText().strip();
            try {
                String normal = KeyPath.parse(text).toString();
                if (!chosen.contains(normal)) {
                    chosen.add(normal);
                }
                path.getEditor().clear();
                problem.setText("");
            } catch (IllegalArgumentException bad) {
                problem.setText("Not a field path: " + bad.getMessage() + ". Write keys with dots, [n] for a list item.");
            }
        });
        Button up = new Button("_Up");
        up.setId("column-up");
        up.setOnAction(e -> move(list, -1));
        Button down = new Button("_Down");
        down.setOnAction(e -> move(list, 1));
        Button remove = new Button("_Remove");
        remove.setId("column-remove");
        remove.setOnAction(e -> {
            int at = list.getSelectionModel().getSelectedIndex();
            if (at >= 0) {
                chosen.remove(at);
            }
        });
        VBox content = new VBox(8, new HBox(8, path, add), problem, list, new HBox(8, up, down, remove));
        Dialog<List<KeyPath>> dialog = new Dialog<>();
        dialog.setTitle("Columns");
        dialog.setHeaderText("Columns of the table, in their order");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("column-chooser");
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.initOwner(owner);
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? new ArrayList<>(chosen.stream().map(KeyPath::parse).toList()) : null);
        return dialog.showAndWait();
    }

    private static void move(ListView<String> list, int by) {
        int at = list.getSelectionModel().getSelectedIndex();
        int to = at + by;
        if (at < 0 || to < 0 || to >= list.getItems().size()) {
            return;
        }
        String item = list.getItems().remove(at);
        list.getItems().add(to, item);
        list.getSelectionModel().select(to);
    }
}
