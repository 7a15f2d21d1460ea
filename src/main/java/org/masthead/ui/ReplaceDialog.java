package org.masthead.ui;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.masthead.content.batch.FolderReplace;

/**
 * Find and replace across the folder: pattern, replacement, plain or regex, and where to look (the
 * prose, which is the body and the text fields and the default; the body; one field; every value). Find lists every match with a check box; a
 * match unticked is left as it is. The answer is the query and the matches left out; a preview
 * of the change follows.
 */
final class ReplaceDialog {
    static final ButtonType PREVIEW = new ButtonType("Preview…", ButtonBar.ButtonData.OK_DONE);
    private static final String[] SCOPES = {"Body and text fields", "Body", "One field", "Every value (urls, ids too)"};
    private static final FolderReplace.Scope[] SCOPE_OF = {FolderReplace.Scope.PROSE_FIELDS, FolderReplace.Scope.BODY,
        FolderReplace.Scope.FIELD, FolderReplace.Scope.ALL};
    private static final int ONE_FIELD = 2;

    /** What the user asked for: the query and the matches unticked. */
    record Answer(FolderReplace.Query query, Set<FolderReplace.Match> excluded) {
    }

    /** Finds the matches of a query off the FX thread; the dialog hands the result or a one-line problem. */
    interface Finder {
        void find(FolderReplace.Query query, java.util.function.Consumer<Object> then);
    }

    private ReplaceDialog() {
    }

    static Optional<Answer> ask(Window owner, Path root, Finder finder) {
        TextField pattern = new TextField();
        pattern.setId("folder-replace-pattern");
        TextField replacement = new TextField();
        replacement.setId("folder-replace-with");
        CheckBox regex = new CheckBox("Regular e_xpression");
        regex.setId("folder-replace-regex");
        ComboBox<String> scope = new ComboBox<>();
        scope.getItems().setAll(SCOPES);
        scope.getSelectionModel().select(0);
        scope.setId("folder-replace-scope");
        scope.setAccessibleText("Where to look");
        TextField field = new TextField();
        field.setId("folder-replace-field");
        field.setPromptText("Field path, such as seo.title");
        field.setAccessibleText("Field path");
        field.disableProperty().bind(scope.getSelectionModel().selectedIndexProperty().isNotEqualTo(ONE_FIELD));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, label("_Find:", pattern), pattern);
        grid.addRow(1, label("_Replace with:", replacement), replacement);
        grid.addRow(2, label("_In:", scope), scope, field);
        grid.add(regex, 1, 3);
        GridPane.setHgrow(pattern, Priority.ALWAYS);
        ListView<FolderReplace.Match> matches = new ListView<>();
        matches.setId("folder-replace-matches");
        matches.setAccessibleText("Matches; untick one to leave it");
        matches.setPrefSize(860, 360);
        // a match's box is made when its row is first shown, not for every match: 100,000 matches
        // cost the FX thread nothing when listed; a match without a box is ticked
        Map<FolderReplace.Match, BooleanProperty> ticked = new HashMap<>();
        matches.setCellFactory(CheckBoxListCell.forListView(m -> ticked.computeIfAbsent(m, k -> new SimpleBooleanProperty(true)),
                new javafx.util.StringConverter<>() {
            @Override
            public String toString(FolderReplace.Match m) {
                return m == null ? "" : BatchPreview.relative(root, m.file()) + ":" + m.line() + ":" + m.column()
                        + " (" + m.where() + ")  " + m.replaced().strip();
            }

            @Override
            public FolderReplace.Match fromString(String text) {
                return null;
            }
        }));
        Label status = new Label("Find lists the matches in every article of the folder.");
        status.setId("folder-replace-status");
        status.setWrapText(true);
        Supplier<FolderReplace.Query> query = () -> new FolderReplace.Query(pattern.getText(), replacement.getText(),
                regex.isSelected(), SCOPE_OF[scope.getSelectionModel().getSelectedIndex()],
                field.getText().isBlank() ? null : field.getText().strip());
        Button find = new Button("Fin_d");
        find.setId("folder-replace-find");
        find.setDefaultButton(false);
        find.setOnAction(e -> {
            FolderReplace.Query q = query.get();
            try {
                q.compile();
            } catch (IllegalArgumentException bad) {
                status.setText("Cannot find: " + bad.getMessage());
                return;
            }
            status.setText("Finding…");
            finder.find(q, result -> {
                if (result instanceof List<?> found) {
                    ticked.clear();
                    @SuppressWarnings("unchecked")
                    List<FolderReplace.Match> list = (List<FolderReplace.Match>) found;
                    matches.getItems().setAll(list);
                    status.setText(list.size() + (list.size() == 1 ? " match" : " matches")
                            + "; untick those to leave as they are.");
                } else {
                    status.setText(String.valueOf(result));
                }
            });
        });
        grid.add(find, 2, 3);
        VBox content = new VBox(8, grid, status, matches);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Replace in Folder");
        dialog.setHeaderText("Find and replace across the folder; a preview follows");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("folder-replace-dialog");
        dialog.getDialogPane().getButtonTypes().setAll(PREVIEW, ButtonType.CANCEL);
        dialog.setResizable(true);
        dialog.initOwner(owner);
        dialog.getDialogPane().lookupButton(PREVIEW).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            try {
                query.get().compile();
            } catch (IllegalArgumentException bad) {
                status.setText("Cannot replace: " + bad.getMessage());
                e.consume();
            }
        });
        if (dialog.showAndWait().orElse(ButtonType.CANCEL) != PREVIEW) {
            return Optional.empty();
        }
        Set<FolderReplace.Match> excluded = new HashSet<>();
        ticked.forEach((m, on) -> {
            if (!on.get()) {
                excluded.add(m);
            }
        });
        return Optional.of(new Answer(query.get(), excluded));
    }

    private static Label label(String text, javafx.scene.Node of) {
        Label label = new Label(text);
        label.setLabelFor(of);
        return label;
    }
}
