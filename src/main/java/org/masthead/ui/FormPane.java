package org.masthead.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.masthead.content.InputSchema;
import org.masthead.content.InputSpec;
import org.masthead.document.Document;
import org.masthead.document.Field;
import org.masthead.document.KeyPath;
import org.masthead.document.ListField;
import org.masthead.document.MapField;
import org.masthead.document.ScalarField;
import org.masthead.session.ArticleItem;

/**
 * The front-matter form, generated from the open document's fields. Every change goes to the
 * window as a field path and text, keystroke by keystroke, which it applies through the lossless
 * document model; the form is not rebuilt while the user types, so the focus stays put.
 */
public final class FormPane {
    /** What the form asks the window to do. */
    public interface Actions {
        void edit(KeyPath path, String value);

        /** Several fields in one undoable change, as the related-article picker does. */
        void editAll(Map<KeyPath, String> values);

        void remove(KeyPath path);

        void insert(KeyPath list, int index, String value);

        /** Articles of the folder matching {@code query}, for the related-article picker. */
        List<ArticleItem> search(String query);

        /** Opens the article with this id, as a related-article block names it. */
        void openArticle(String id);
    }

    private static final Set<String> HIDDEN = Set.of("_schema");
    private static final Pattern RELATED = Pattern.compile("related_article\\d+");

    private final VBox content = new VBox(6);
    private final ScrollPane root = new ScrollPane(content);
    private Actions actions;
    private InputSchema schema = InputSchema.none();
    private Document shown;
    private KeyPath shownBody;
    private boolean shownEditable;
    private EditorContextMenu contextMenus = new EditorContextMenu();
    private ImageFieldInput.Images images;
    // the top-level rows of a long form still to go in, a few a pulse
    private final FormRows rows = new FormRows();
    private Runnable onFilled = () -> { };

    public FormPane() {
        root.setId("form");
        root.setFitToWidth(true);
        content.getStyleClass().add("form");
    }

    public Node node() {
        return root;
    }

    /** The menus its text boxes show on a right click, shared with the editor's contributors. */
    public void setContextMenus(EditorContextMenu menus) {
        contextMenus = menus;
    }

    /** Thumbnails and a file picker for image fields; without it they are plain text boxes. */
    void setImages(ImageFieldInput.Images images) {
        this.images = images;
    }

    public void setActions(Actions actions) {
        this.actions = actions;
    }

    /** Called once every row of a form shown is in, which for a long form is a few pulses after {@link #show}. */
    void setOnFilled(Runnable action) {
        onFilled = action;
    }

    /** Whether rows of the form shown are still to go in. */
    boolean filling() {
        return rows.filling();
    }

    /**
     * The folder's input overrides (labels, types, hidden fields); the form on show is rebuilt
     * with them. {@link InputSchema#none()} (or null) goes back to pure inference.
     */
    public void setSchema(InputSchema schema) {
        this.schema = schema == null ? InputSchema.none() : schema;
        if (shown != null) {
            show(shown, shownBody, shownEditable);
        }
    }

    /** Brings the input for {@code path} into view and focuses it; false when the form has none. */
    public boolean focus(KeyPath path) {
        Node input = inputFor(path);
        if (input == null) {
            return false;
        }
        for (Parent p = input.getParent(); p != null; p = p.getParent()) {
            if (p instanceof TitledPane pane) {
                pane.setExpanded(true);
            }
        }
        input.requestFocus();
        root.layout();
        Bounds bounds = content.sceneToLocal(input.localToScene(input.getBoundsInLocal()));
        double room = content.getBoundsInLocal().getHeight() - root.getViewportBounds().getHeight();
        if (room > 0) {
            root.setVvalue(Math.max(0, Math.min(1, (bounds.getMinY() - 20) / room)));
        }
        return true;
    }

    /**
     * Shows {@code value} in the input of {@code path} without reporting it as an edit, as an undo
     * of typing does; the input keeps the focus it had. False when the form has no such input.
     */
    public boolean setValue(KeyPath path, String value) {
        Node input = inputFor(path);
        if (input == null) {
            return false;
        }
        FieldInputs.setQuietly(input, value);
        return true;
    }

    private Node inputFor(KeyPath path) {
        if (rows.filling()) {
            rows.finish();
            // a group's fields are reached through its skin, which styling makes
            content.applyCss();
        }
        return content.lookupAll("*").stream()
                .filter(node -> ("field-" + path).equals(node.getId())).findFirst().orElse(null);
    }

    public void clear() {
        rows.cancel();
        shown = null;
        content.getChildren().clear();
    }

    public void show(Document doc, KeyPath bodyPath, boolean editable) {
        shown = doc;
        shownBody = bodyPath;
        shownEditable = editable;
        double scroll = root.getVvalue();
        List<FormRows.Row> later = new ArrayList<>();
        rows.cancel();
        content.getChildren().setAll(group(doc.root(), KeyPath.of(), bodyPath, editable, later));
        root.setVvalue(scroll);
        rows.start(later, () -> {
            root.setVvalue(scroll);
            onFilled.run();
        });
    }

    private void giveMenus(Node added) {
        List<Node> texts = added instanceof TextInputControl ? List.of(added) : List.copyOf(added.lookupAll(".text-input"));
        for (Node text : texts) {
            if (text instanceof TextInputControl input) {
                input.setContextMenu(contextMenus.forField(input));
            }
        }
    }

    /** About how many inputs a field's row holds. */
    private static int weight(Field field) {
        if (field instanceof MapField map) {
            return 2 + map.entries().values().stream().mapToInt(FormPane::weight).sum();
        }
        if (field instanceof ListField list) {
            return 1 + list.items().stream().mapToInt(FormPane::weight).sum();
        }
        return 1;
    }

    /**
     * The grid of {@code map}'s fields. Its rows go into {@code later}, to be put in by the caller,
     * when it is not null, and at once when it is.
     */
    private GridPane group(MapField map, KeyPath parent, KeyPath bodyPath, boolean editable, List<FormRows.Row> later) {
        List<FormRows.Row> out = later == null ? new ArrayList<>() : later;
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
            InputSpec spec = schema.forField(path).orElse(null);
            if (spec != null && spec.hidden()) {
                continue;
            }
            int at = row++;
            Field field = entry.getValue();
            out.add(new FormRows.Row(weight(field), () -> {
                Node input = addRow(grid, at, field, entry.getKey(), path, spec, bodyPath, editable);
                if (later != null) {
                    giveMenus(input);
                }
            }));
        }
        if (editable) {
            int at = row;
            out.add(new FormRows.Row(3, () -> {
                Node add = addFieldRow(parent);
                if (later != null) {
                    giveMenus(add);
                }
                grid.add(add, 0, at, 3, 1);
            }));
        }
        if (later == null) {
            out.forEach(r -> r.add().run());
        }
        return grid;
    }

    /** Puts the input of {@code field}, with its label and remove button, in row {@code row}; returns the input. */
    private Node addRow(GridPane grid, int row, Field field, String key, KeyPath path, InputSpec spec, KeyPath bodyPath,
                        boolean editable) {
        Node input = input(field, path, bodyPath, editable);
        if (input instanceof TitledPane pane) {
            if (spec != null && !spec.label().isEmpty()) {
                pane.setText(spec.label());
            }
            grid.add(input, 0, row, 3, 1);
        } else {
            Label label = new Label(spec == null || spec.label().isEmpty() ? key : spec.label());
            label.getStyleClass().add("field-label");
            label.setId("label-" + path);
            // the label column is as wide as its longest label, so no key is cut short
            label.setMinWidth(Region.USE_PREF_SIZE);
            label.setTooltip(new Tooltip(spec == null || spec.comment().isEmpty() ? path.toString()
                    : path + ": " + spec.comment()));
            markShared(label, path);
            label.setLabelFor(input);
            grid.add(label, 0, row);
            grid.add(input, 1, row);
            if (editable) {
                grid.add(removeButton(path, input), 2, row);
            }
            GridPane.setHgrow(input, Priority.ALWAYS);
        }
        return input;
    }

    private Node input(Field field, KeyPath path, KeyPath bodyPath, boolean editable) {
        if (field instanceof MapField map) {
            VBox body = new VBox(4, group(map, path, bodyPath, editable, null));
            if (RELATED.matcher(path.last().toString()).matches()) {
                Field id = map.entries().get("id");
                if (id instanceof ScalarField scalar && !scalar.value().isBlank()) {
                    Button open = new Button("Open " + scalar.value().strip());
                    open.setId("open-" + path);
                    open.setMinWidth(Region.USE_PREF_SIZE);
                    open.setOnAction(e -> actions.openArticle(scalar.value().strip()));
                    body.getChildren().add(0, open);
                }
                if (editable) {
                    body.getChildren().add(0, new RelatedPicker(path, actions::search, actions::editAll).node());
                }
            }
            TitledPane pane = new TitledPane(path.last().toString(), body);
            pane.getStyleClass().add("field-group");
            pane.setAccessibleText(path.toString());
            if (editable) {
                pane.setGraphic(removeButton(path, pane));
            }
            return pane;
        }
        if (field instanceof ListField list) {
            VBox items = new VBox(2);
            for (int i = 0; i < list.items().size(); i++) {
                Node item = input(list.items().get(i), path.child(i), bodyPath, editable);
                HBox row = new HBox(4, item);
                HBox.setHgrow(item, Priority.ALWAYS);
                if (editable) {
                    row.getChildren().add(removeButton(path.child(i), item));
                }
                items.getChildren().add(row);
            }
            if (editable) {
                Button add = new Button("+ item");
                add.setMinWidth(Region.USE_PREF_SIZE);
                add.setId("add-item-" + path);
                add.setAccessibleText("Add an item to " + path);
                int end = list.items().size();
                add.setOnAction(e -> actions.insert(path, end, ""));
                items.getChildren().add(add);
            }
            return items;
        }
        ScalarField scalar = (ScalarField) field;
        Node input = FieldInputs.create(path, scalar, schema.forField(path).orElse(null), editable,
                value -> actions.edit(path, value));
        return images != null && input instanceof TextInputControl text && ImageFieldInput.isImageField(path)
                ? ImageFieldInput.wrap(text, path, images, editable) : input;
    }

    /**
     * A value that an anchor shows in other places too ({@code &a} and {@code *a}) is marked, and
     * says what an edit does: it changes this field only, and the others keep the old value.
     */
    private void markShared(Label label, KeyPath path) {
        List<KeyPath> others = shown == null ? List.of() : shown.sharedWith(path);
        if (others.isEmpty()) {
            return;
        }
        label.setText(label.getText() + " ⇄");
        label.getStyleClass().add("shared-field");
        String names = String.join(", ", others.stream().map(KeyPath::toString).toList());
        label.setTooltip(new Tooltip("Shared with " + names + " through a YAML anchor. Editing this field changes"
                + " only this field; the others keep the value they show now."));
    }

    private Button removeButton(KeyPath path, Node input) {
        Button remove = new Button("✕");
        remove.setId("remove-" + path);
        remove.getStyleClass().add("field-remove");
        remove.setMinWidth(Region.USE_PREF_SIZE);
        remove.setTooltip(new Tooltip("Remove " + path + " (" + FieldRemoval.KEY_TEXT + ")"));
        remove.setOnAction(e -> actions.remove(path));
        FieldRemoval.attach(input, remove, path.toString());
        return remove;
    }

    /** A new key and its value, added beside the group's other keys. */
    private Node addFieldRow(KeyPath parent) {
        TextField key = new TextField();
        key.setPromptText("new field");
        key.setId("new-key-" + (parent.isEmpty() ? "root" : parent));
        TextField value = new TextField();
        value.setPromptText("value");
        value.setId("new-value-" + (parent.isEmpty() ? "root" : parent));
        Button add = new Button("Add");
        add.setId("add-field-" + (parent.isEmpty() ? "root" : parent));
        String where = parent.isEmpty() ? "the front matter" : parent.toString();
        key.setAccessibleText("Name of a new field in " + where);
        value.setAccessibleText("Value of the new field in " + where);
        add.setAccessibleText("Add the new field to " + where);
        Label problem = new Label();
        problem.getStyleClass().add("field-problem");
        Runnable submit = () -> {
            String name = key.getText().strip();
            if (!name.matches("[A-Za-z0-9_][A-Za-z0-9_-]*")) {
                problem.setText("A field name uses letters, digits, _ and -.");
                return;
            }
            Map<KeyPath, String> one = new LinkedHashMap<>();
            one.put(parent.child(name), value.getText());
            actions.editAll(one);
        };
        add.setOnAction(e -> submit.run());
        value.setOnAction(e -> submit.run());
        // at large font sizes the text boxes give up width before the button's word is cut
        add.setMinWidth(Region.USE_PREF_SIZE);
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        HBox row = new HBox(6, key, value, add, problem);
        row.getStyleClass().add("add-field");
        HBox.setHgrow(value, Priority.ALWAYS);
        return row;
    }
}
