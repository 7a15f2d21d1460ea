package org.masthead.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The bar over the editor that says the open file changed or vanished on disk, in full (the text
 * wraps and the bar grows to hold it), with the choices as buttons. It only shows and reports
 * clicks; {@link DiskConflicts} decides what they do.
 *
 * <pre>{@code
 * ConflictBanner banner = new ConflictBanner(actions);
 * layout.add(banner.node());
 * banner.showChanged("a.md");   // Show difference, Keep mine, Take theirs, Merge
 * banner.hide();
 * }</pre>
 */
final class ConflictBanner {
    /** What the buttons do. */
    interface Actions {
        void compare();

        void keepMine();

        void takeTheirs();

        void merge();

        void saveHereAgain();

        void saveAs();

        void close();
    }

    /** What the banner shows now. */
    enum State { HIDDEN, CHANGED, DELETED, NOTE }

    private final VBox root = new VBox(6);
    private final Label text = new Label();
    private final FlowPane buttons = new FlowPane(6, 6);
    private final Button compare = button("Show difference", "banner-compare");
    private final Button keepMine = button("Keep mine", "banner-keep-mine");
    private final Button takeTheirs = button("Take theirs", "banner-take-theirs");
    private final Button merge = button("Merge", "banner-merge");
    private final Button saveHere = button("Save here again", "banner-save-here");
    private final Button saveAs = button("Save as…", "banner-save-as");
    private final Button close = button("Close", "banner-close");
    private final Button dismiss = button("OK", "banner-dismiss");
    private State state = State.HIDDEN;

    ConflictBanner(Actions actions) {
        root.setId("conflict-banner");
        root.getStyleClass().add("conflict-banner");
        text.setId("conflict-text");
        text.setWrapText(true);
        // never squeezed to one cut-off line: the banner takes the height its text needs
        text.setMinHeight(Region.USE_PREF_SIZE);
        root.setMinHeight(Region.USE_PREF_SIZE);
        text.setMaxWidth(Double.MAX_VALUE);
        compare.setOnAction(e -> actions.compare());
        keepMine.setOnAction(e -> actions.keepMine());
        takeTheirs.setOnAction(e -> actions.takeTheirs());
        merge.setOnAction(e -> actions.merge());
        saveHere.setOnAction(e -> actions.saveHereAgain());
        saveAs.setOnAction(e -> actions.saveAs());
        close.setOnAction(e -> actions.close());
        dismiss.setOnAction(e -> hide());
        root.getChildren().addAll(text, buttons);
        hide();
    }

    private static Button button(String label, String id) {
        Button button = new Button(label);
        button.setId(id);
        return button;
    }

    Node node() {
        return root;
    }

    State state() {
        return state;
    }

    String text() {
        return text.getText();
    }

    /** The file changed on disk while it has unsaved edits here. */
    void showChanged(String fileName) {
        show(State.CHANGED, fileName + " changed on disk while you were editing it. Show difference compares the two;"
                + " Keep mine keeps your version, and saving replaces theirs; Take theirs loads the version on disk and"
                + " drops your edits; Merge takes their changes to the fields and paragraphs you did not touch.",
                compare, keepMine, takeTheirs, merge);
    }

    /** The file was deleted on disk; its text is still here. */
    void showDeleted(String fileName) {
        show(State.DELETED, fileName + " was deleted on disk. Its text is still here: Save as… writes it under a"
                + " name you choose; Save here again writes it back; Close drops it.", saveAs, saveHere, close);
    }

    /** A result to read, such as what a merge took and kept. */
    void showNote(String note) {
        show(State.NOTE, note, dismiss);
    }

    void hide() {
        state = State.HIDDEN;
        root.setVisible(false);
        root.setManaged(false);
    }

    private void show(State next, String message, Button... choices) {
        state = next;
        text.setText(message);
        buttons.getChildren().setAll(choices);
        root.setManaged(true);
        root.setVisible(true);
    }
}
