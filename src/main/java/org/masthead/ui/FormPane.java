package org.masthead.ui;

import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.masthead.document.Document;
import org.masthead.document.Field;
import org.masthead.document.KeyPath;
import org.masthead.document.ListField;
import org.masthead.document.MapField;
import org.masthead.document.ScalarField;

/**
 * The front-matter form, generated from the open document's fields. An edit is reported when
 * the user leaves a field (or presses Enter), so that each keystroke does not re-parse the file.
 */
public final class FormPane {
    private static final Set<String> HIDDEN = Set.of("_schema");

    private final VBox content = new VBox(6);
    private final ScrollPane root = new ScrollPane(content);
    private BiConsumer<KeyPath, String> onEdit = (path, value) -> { };

    public FormPane() {
        root.setId("form");
        root.setFitToWidth(true);
        content.getStyleClass().add("form");
    }

    public Node node() {
        return root;
    }

    /** Called with the field's path and new text when the user commits a change. */
    public void setOnEdit(BiConsumer<KeyPath, String> handler) {
        this.onEdit = handler;
    }

    /** Brings the input for {@code path} into view and focuses it; false when the form has none. */
    public boolean focus(KeyPath path) {
        javafx.scene.Node input = content.lookupAll("*").stream()
                .filter(node -> ("field-" + path).equals(node.getId())).findFirst().orElse(null);
        if (input == null) {
            return false;
        }
        for (javafx.scene.Parent p = input.getParent(); p != null; p = p.getParent()) {
            if (p instanceof TitledPane pane) {
                pane.setExpanded(true);
            }
        }
        input.requestFocus();
        javafx.geometry.Bounds bounds = content.sceneToLocal(input.localToScene(input.getBoundsInLocal()));
        double room = content.getBoundsInLocal().getHeight() - root.getViewportBounds().getHeight();
        if (room > 0) {
            root.setVvalue(Math.max(0, Math.min(1, (bounds.getMinY() - 20) / room)));
        }
        return true;
    }

    public void clear() {
        content.getChildren().clear();
    }

    public void show(Document doc, KeyPath bodyPath, boolean editable) {
        content.getChildren().setAll(group(doc.root(), KeyPath.of(), bodyPath, editable));
    }

    private GridPane group(MapField map, KeyPath parent, KeyPath bodyPath, boolean editable) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        grid.setHgap(8);
        grid.setVgap(4);
        int row = 0;
        for (Map.Entry<String, Field> entry : map.entries().entrySet()) {
            KeyPath path = parent.child(entry.getKey());
            if ((parent.isEmpty() && HIDDEN.contains(entry.getKey())) || path.equals(bodyPath)) {
                continue;
            }
            Node input = input(entry.getValue(), path, bodyPath, editable);
            if (input instanceof TitledPane) {
                grid.add(input, 0, row++, 2, 1);
            } else {
                Label label = new Label(entry.getKey());
                label.getStyleClass().add("field-label");
                grid.add(label, 0, row);
                grid.add(input, 1, row++);
                GridPane.setHgrow(input, Priority.ALWAYS);
            }
        }
        return grid;
    }

    private Node input(Field field, KeyPath path, KeyPath bodyPath, boolean editable) {
        if (field instanceof MapField map) {
            TitledPane pane = new TitledPane(path.last().toString(), group(map, path, bodyPath, editable));
            pane.getStyleClass().add("field-group");
            return pane;
        }
        if (field instanceof ListField list) {
            VBox items = new VBox(2);
            for (int i = 0; i < list.items().size(); i++) {
                items.getChildren().add(input(list.items().get(i), path.child(i), bodyPath, editable));
            }
            return items;
        }
        ScalarField scalar = (ScalarField) field;
        return FieldInputs.create(path, scalar, editable, value -> onEdit.accept(path, value));
    }
}
