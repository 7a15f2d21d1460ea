package org.masthead.ui;

import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** The window's questions to the user, each returning the answer as a plain value. */
final class Dialogs {
    enum UnsavedAnswer { SAVE, DISCARD, CANCEL }

    enum DiskChangeAnswer { RELOAD, KEEP_MINE, SHOW_DIFFERENCE, CANCEL }

    private Dialogs() {
    }

    static UnsavedAnswer askAboutUnsaved(Window owner, String fileName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, fileName + " has unsaved changes.",
                save, discard, ButtonType.CANCEL);
        alert.setHeaderText("Save your changes?");
        alert.initOwner(owner);
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        return answer == save ? UnsavedAnswer.SAVE : answer == discard ? UnsavedAnswer.DISCARD : UnsavedAnswer.CANCEL;
    }

    static DiskChangeAnswer askAboutDiskChange(Window owner, String problem) {
        ButtonType reload = new ButtonType("Reload from disk", ButtonBar.ButtonData.NO);
        ButtonType keep = new ButtonType("Keep mine", ButtonBar.ButtonData.YES);
        ButtonType diff = new ButtonType("Show difference", ButtonBar.ButtonData.HELP);
        Alert alert = new Alert(Alert.AlertType.WARNING, problem
                + " Reload loses your unsaved edits; keep mine overwrites the other version.",
                reload, keep, diff, ButtonType.CANCEL);
        alert.setHeaderText("The file changed on disk");
        alert.initOwner(owner);
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == reload) {
            return DiskChangeAnswer.RELOAD;
        }
        if (answer == keep) {
            return DiskChangeAnswer.KEEP_MINE;
        }
        return answer == diff ? DiskChangeAnswer.SHOW_DIFFERENCE : DiskChangeAnswer.CANCEL;
    }

    /** Journal entries that could not be read whole: said once, at start-up, since they may hold lost work. */
    static void showJournalProblems(Window owner, List<String> problems) {
        Alert alert = new Alert(Alert.AlertType.WARNING, String.join("\n\n", problems), ButtonType.OK);
        alert.setHeaderText("Some unsaved edits could not be read back");
        alert.initOwner(owner);
        alert.getDialogPane().setId("journal-problems");
        alert.showAndWait();
    }
}
