package org.masthead.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.masthead.content.ConflictResolution;
import org.masthead.content.FieldDiff;
import org.masthead.content.LineDiff;
import org.masthead.document.Document;
import org.masthead.document.DocumentException;

/**
 * The Git menu's windows: Compare with Last Commit, Commit, and the conflict resolver. Each is a
 * window of its own beside the editor (not modal: the article stays open to read), built from
 * plain controls with ids the tests look up.
 */
final class GitViews {
    private GitViews() {
    }

    private static Stage window(Window owner, String title, Parent content, double width, double height) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(title);
        Scene scene = new Scene(content, width, height);
        scene.getStylesheets().add(Resources.url("masthead.css"));
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    /** The open article against the last commit's version ({@code head} null: not committed yet). */
    static void compare(Window owner, Path file, byte[] head, Document now) {
        Label header = new Label();
        header.setWrapText(true);
        ListView<String> fields = new ListView<>();
        fields.setId("git-compare-fields");
        ListView<String> body = new ListView<>();
        body.setId("git-compare-body");
        Document before = null;
        if (head != null) {
            try {
                before = Document.parse(file + " (last commit)", head, now.bodyField());
            } catch (DocumentException e) {
                header.setText("The last commit's version does not read as an article: " + e.getMessage());
            }
        }
        FieldDiff diff = FieldDiff.of(before, now);
        if (header.getText().isEmpty()) {
            header.setText(diff.isEmpty() ? file.getFileName() + " is as the last commit holds it."
                    : head == null ? file.getFileName() + " is new: it is not in the last commit."
                    : "What changed in " + file.getFileName() + " since the last commit:");
        }
        diff.fields().forEach(change -> fields.getItems().add(change.toString()));
        for (LineDiff.Row row : diff.body()) {
            if (row.left() != null) {
                body.getItems().add("− " + row.left());
            }
            if (row.right() != null) {
                body.getItems().add("+ " + row.right());
            }
        }
        String bodyName = now.bodyField().isFrontMatterField() ? now.bodyField().path() + " (Markdown)" : "Body";
        VBox root = new VBox(8, header, new Label("Fields"), fields, new Label(bodyName), body);
        VBox.setVgrow(fields, Priority.ALWAYS);
        VBox.setVgrow(body, Priority.ALWAYS);
        root.setPadding(new Insets(10));
        root.setId("git-compare");
        window(owner, "Compare with Last Commit — " + file.getFileName(), root, 760, 560);
    }

    /** Choose changed articles and a message; {@code commit} gets the chosen files and the message. */
    static void commit(Window owner, List<Path> changed, BiConsumer<List<Path>, String> commit) {
        VBox files = new VBox(4);
        List<CheckBox> boxes = new ArrayList<>();
        for (Path file : changed) {
            CheckBox box = new CheckBox(file.getFileName().toString());
            box.setUserData(file);
            box.setSelected(true);
            box.getStyleClass().add("git-commit-file");
            boxes.add(box);
            files.getChildren().add(box);
        }
        TextArea message = new TextArea();
        message.setId("git-commit-message");
        message.setPromptText("What the commit does");
        message.setPrefRowCount(4);
        Button ok = new Button("Commit");
        ok.setId("git-commit-button");
        ok.setDefaultButton(true);
        Button cancel = new Button("Cancel");
        Runnable update = () -> ok.setDisable(message.getText().isBlank() || boxes.stream().noneMatch(CheckBox::isSelected));
        message.textProperty().addListener((obs, was, now) -> update.run());
        boxes.forEach(box -> box.selectedProperty().addListener((obs, was, now) -> update.run()));
        update.run();
        ScrollPane list = new ScrollPane(files);
        list.setFitToWidth(true);
        VBox root = new VBox(8, new Label("Articles to commit (author: from your git config)"), list,
                new Label("Message"), message, new HBox(8, ok, cancel));
        VBox.setVgrow(list, Priority.ALWAYS);
        root.setPadding(new Insets(10));
        root.setId("git-commit");
        Stage stage = window(owner, "Commit", root, 520, 480);
        cancel.setOnAction(e -> stage.close());
        ok.setOnAction(e -> {
            List<Path> chosen = boxes.stream().filter(CheckBox::isSelected).map(b -> (Path) b.getUserData()).toList();
            stage.close();
            commit.accept(chosen, message.getText().strip());
        });
    }

    /** For each conflicting field or paragraph: mine, theirs, or an edit; {@code save} gets the file's bytes. */
    static void resolve(Window owner, Path file, ConflictResolution conflicts, Consumer<byte[]> save) {
        VBox places = new VBox(12);
        List<TextArea> choices = new ArrayList<>();
        int i = 0;
        for (ConflictResolution.Place place : conflicts.places()) {
            TextArea text = new TextArea(place.mine());
            text.setId("git-resolve-text-" + i);
            // a paragraph is often one long line: rows for its wrapped length
            text.setPrefRowCount(Math.min(8, Math.max(2, (int) place.mine().lines().count() + place.mine().length() / 90 + 1)));
            text.setWrapText(true);
            ToggleGroup group = new ToggleGroup();
            RadioButton mine = new RadioButton("Mine");
            mine.setId("git-resolve-mine-" + i);
            RadioButton theirs = new RadioButton("Theirs");
            theirs.setId("git-resolve-theirs-" + i);
            RadioButton edit = new RadioButton("Edit");
            edit.setId("git-resolve-edit-" + i);
            for (RadioButton b : List.of(mine, theirs, edit)) {
                b.setToggleGroup(group);
            }
            mine.setSelected(true);
            mine.setOnAction(e -> text.setText(place.mine()));
            theirs.setOnAction(e -> text.setText(place.theirs()));
            text.textProperty().addListener((obs, was, now) -> {
                if (!now.equals(place.mine()) && !now.equals(place.theirs())) {
                    edit.setSelected(true);
                }
            });
            choices.add(text);
            places.getChildren().add(new VBox(4, new Label(place.where()), new HBox(12, mine, theirs, edit), text));
            i++;
        }
        Label problem = new Label();
        problem.setId("git-resolve-problem");
        problem.setWrapText(true);
        Button ok = new Button("Save Resolved");
        ok.setId("git-resolve-save");
        Button cancel = new Button("Cancel");
        ScrollPane scroll = new ScrollPane(places);
        scroll.setFitToWidth(true);
        VBox root = new VBox(8, new Label(file.getFileName() + ": " + conflicts.places().size()
                + " conflicting " + (conflicts.places().size() == 1 ? "place" : "places")), scroll, problem, new HBox(8, ok, cancel));
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.setPadding(new Insets(10));
        root.setId("git-resolve");
        Stage stage = window(owner, "Resolve Conflict — " + file.getFileName(), root, 760, 600);
        cancel.setOnAction(e -> stage.close());
        ok.setOnAction(e -> {
            try {
                byte[] bytes = conflicts.resolve(choices.stream().map(TextArea::getText).toList());
                stage.close();
                save.accept(bytes);
            } catch (DocumentException ex) {
                problem.setText("Not saved: " + ex.getMessage());
            }
        });
    }
}
