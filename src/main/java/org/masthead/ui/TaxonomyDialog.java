package org.masthead.ui;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.masthead.content.batch.Taxonomy;
import org.masthead.document.KeyPath;

/**
 * The values of one field across the folder (a list such as tags, a comma-separated keyword string,
 * a category such as subject), each with its count and near-duplicates flagged; Rename, Merge and
 * Delete each plan a change that is previewed before it is applied.
 */
final class TaxonomyDialog {
    /** What the dialog asks of the window; each plans and previews, then calls back to show the terms again. */
    interface Actions {
        /** Reads the terms and their near-duplicates of {@code field} off the FX thread. */
        void terms(KeyPath field, BiConsumer<List<Taxonomy.Term>, List<Taxonomy.NearDuplicate>> then, Consumer<String> problem);

        void rename(KeyPath field, String from, String to, Runnable after);

        void merge(KeyPath field, List<String> from, String into, Runnable after);

        void delete(KeyPath field, String value, Runnable after);
    }

    private TaxonomyDialog() {
    }

    static void show(Window owner, Actions actions) {
        ComboBox<String> field = new ComboBox<>(FXCollections.observableArrayList(
                "tags", "categories", "keywords", "seo.page_keywords", "subject"));
        field.setId("taxonomy-field");
        field.setEditable(true);
        field.setAccessibleText("Field");
        field.getEditor().setText("tags");
        TableView<Taxonomy.Term> terms = new TableView<>();
        terms.setId("taxonomy-terms");
        terms.setAccessibleText("Values with their counts");
        terms.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        TableColumn<Taxonomy.Term, String> value = new TableColumn<>("Value");
        value.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().value()));
        value.setPrefWidth(260);
        TableColumn<Taxonomy.Term, Integer> count = new TableColumn<>("Articles");
        count.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().count()));
        TableColumn<Taxonomy.Term, String> near = new TableColumn<>("Near-duplicate of");
        near.setPrefWidth(300);
        terms.getColumns().setAll(List.of(value, count, near));
        terms.setPrefSize(640, 380);
        Label status = new Label();
        status.setId("taxonomy-status");
        status.setWrapText(true);
        Runnable[] reload = new Runnable[1];
        reload[0] = () -> {
            KeyPath path;
            try {
                path = KeyPath.parse(field.getEditor().getText().strip());
            } catch (IllegalArgumentException bad) {
                status.setText("Not a field path: " + bad.getMessage() + ".");
                return;
            }
            status.setText("Reading the folder…");
            actions.terms(path, (found, pairs) -> {
                near.setCellValueFactory(c -> new ReadOnlyStringWrapper(pairs.stream()
                        .filter(p -> p.a().equals(c.getValue().value()) || p.b().equals(c.getValue().value()))
                        .map(p -> (p.a().equals(c.getValue().value()) ? p.b() : p.a()) + " (" + p.reason() + ")")
                        .collect(Collectors.joining(", "))));
                terms.getItems().setAll(found);
                status.setText(found.size() + " values in " + path + "; " + pairs.size() + " near-duplicate pairs.");
            }, status::setText);
        };
        Button show = new Button("_Show");
        show.setId("taxonomy-show");
        show.setOnAction(e -> reload[0].run());
        Button rename = new Button("_Rename…");
        rename.setId("taxonomy-rename");
        rename.setOnAction(e -> {
            List<Taxonomy.Term> chosen = terms.getSelectionModel().getSelectedItems();
            if (chosen.size() != 1) {
                status.setText("Select one value to rename.");
                return;
            }
            String from = chosen.get(0).value();
            ask(owner, "Rename " + from, from).ifPresent(to -> actions.rename(fieldPath(field), from, to, reload[0]));
        });
        Button merge = new Button("_Merge…");
        merge.setId("taxonomy-merge");
        merge.setOnAction(e -> {
            List<String> chosen = terms.getSelectionModel().getSelectedItems().stream().map(Taxonomy.Term::value).toList();
            if (chosen.size() < 2) {
                status.setText("Select two or more values to merge (Ctrl and click).");
                return;
            }
            ask(owner, "Merge " + String.join(", ", chosen) + " into", chosen.get(0))
                    .ifPresent(into -> actions.merge(fieldPath(field), chosen, into, reload[0]));
        });
        Button delete = new Button("_Delete…");
        delete.setId("taxonomy-delete");
        delete.setOnAction(e -> {
            List<Taxonomy.Term> chosen = terms.getSelectionModel().getSelectedItems();
            if (chosen.size() != 1) {
                status.setText("Select one value to delete.");
                return;
            }
            actions.delete(fieldPath(field), chosen.get(0).value(), reload[0]);
        });
        HBox.setHgrow(field, Priority.ALWAYS);
        Label fieldLabel = new Label("_Field:");
        fieldLabel.setLabelFor(field);
        VBox content = new VBox(8, new HBox(8, fieldLabel, field, show), terms, status, new HBox(8, rename, merge, delete));
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Taxonomy");
        dialog.setHeaderText("Values of a field across the folder");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("taxonomy-dialog");
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.setResizable(true);
        dialog.initOwner(owner);
        dialog.setOnShown(e -> reload[0].run());
        dialog.show();
    }

    private static KeyPath fieldPath(ComboBox<String> field) {
        return KeyPath.parse(field.getEditor().getText().strip());
    }

    private static java.util.Optional<String> ask(Window owner, String header, String start) {
        TextInputDialog input = new TextInputDialog(start);
        input.setTitle("Taxonomy");
        input.setHeaderText(header);
        input.getDialogPane().setId("taxonomy-input");
        input.initOwner(owner);
        return input.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }
}
