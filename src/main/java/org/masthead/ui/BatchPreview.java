package org.masthead.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.masthead.content.LineDiff;
import org.masthead.content.batch.Batch;
import org.masthead.content.batch.FileChange;
import org.masthead.content.batch.UnifiedDiff;

/**
 * A folder-wide change before it is applied: every file it changes (unchanged files are not in a
 * batch), and the selected file's difference side by side, the reference format's body field as
 * decoded Markdown. Each file's rows are worked out off the FX thread when it is selected.
 */
final class BatchPreview {
    static final ButtonType APPLY = new ButtonType("Apply", ButtonBar.ButtonData.OK_DONE);

    private BatchPreview() {
    }

    /**
     * Shows {@code batch} and waits; true when the user chose Apply. {@code notes} are lines about
     * files left out (unreadable ones, refusals), shown above the list.
     */
    static boolean ask(Window owner, Background.Lane lane, Path root, Batch batch, List<String> notes) {
        ListView<FileChange> files = new ListView<>();
        files.setId("batch-files");
        files.setAccessibleText("Files the change touches");
        files.getItems().setAll(batch.changes());
        files.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(FileChange change, boolean empty) {
                super.updateItem(change, empty);
                setText(empty || change == null ? null : name(root, change));
            }
        });
        StackPane diff = new StackPane(new Label("Select a file to see its change."));
        diff.setId("batch-diff");
        Object key = new Object();
        files.getSelectionModel().selectedItemProperty().addListener((obs, was, change) -> {
            if (change == null) {
                return;
            }
            lane.latest(key, Background.Keep.LATEST_ONLY, () -> UnifiedDiff.rows(change),
                    rows -> diff.getChildren().setAll(diffView(root, change, rows)));
        });
        SplitPane split = new SplitPane(files, diff);
        split.setDividerPositions(0.3);
        Label summary = new Label(batch.changes().size() + (batch.changes().size() == 1 ? " file" : " files")
                + " will change. Apply writes all of them or none.");
        summary.setId("batch-summary");
        VBox content = new VBox(8, summary);
        if (!notes.isEmpty()) {
            Label left = new Label(String.join("\n", notes.subList(0, Math.min(notes.size(), 8)))
                    + (notes.size() > 8 ? "\n… and " + (notes.size() - 8) + " more" : ""));
            left.setId("batch-notes");
            left.setWrapText(true);
            content.getChildren().add(left);
        }
        content.getChildren().add(split);
        split.setPrefSize(1000, 560);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Preview — " + batch.title());
        dialog.setHeaderText(batch.title());
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("batch-preview");
        dialog.getDialogPane().getButtonTypes().setAll(APPLY, ButtonType.CANCEL);
        Resources.addStylesheet(dialog.getDialogPane(), "masthead.css");
        dialog.setResizable(true);
        dialog.initOwner(owner);
        dialog.setOnShown(e -> {
            files.getSelectionModel().selectFirst();
            files.requestFocus();
        });
        Optional<ButtonType> answer = dialog.showAndWait();
        lane.cancel(key);
        return answer.orElse(ButtonType.CANCEL) == APPLY;
    }

    /** The file as the folder names it; a move shows both names. */
    static String name(Path root, FileChange change) {
        String from = relative(root, change.file());
        return change.isMove() ? from + " → " + relative(root, change.target()) : from;
    }

    static String relative(Path root, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path base = root.toAbsolutePath().normalize();
        return abs.startsWith(base) ? base.relativize(abs).toString().replace('\\', '/') : abs.toString();
    }

    private static Node diffView(Path root, FileChange change, List<LineDiff.Row> rows) {
        return new DiffView(relative(root, change.file()) + " now", relative(root, change.target()) + " after", rows).node();
    }
}
