package org.masthead.ui;

import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Every key of the window, as Help → Keyboard Shortcuts and the README's Keyboard section list
 * them. "Ctrl" is Cmd on macOS. None is also one of the editor's own keys (RichTextFX's
 * defaults: moving, selecting, clipboard), and the form's are those of a text box.
 */
final class Shortcuts {
    record Key(String keys, String where, String what) {
    }

    static final List<Key> ALL = List.of(
            new Key("Ctrl+N", "anywhere", "New article"),
            new Key("Ctrl+O", "anywhere", "Open a folder"),
            new Key("Ctrl+S", "anywhere", "Save"),
            new Key("Ctrl+Q", "anywhere", "Quit"),
            new Key("Ctrl+Z", "anywhere", "Undo the article's last change, wherever it was made"),
            new Key("Ctrl+Y", "anywhere", "Redo (also Ctrl+Shift+Z)"),
            new Key("Ctrl+F", "anywhere", "Find and replace in the editor"),
            new Key("Ctrl+Shift+D", "anywhere", "Dark theme on or off"),
            new Key("Ctrl+Plus", "anywhere", "Zoom in (Ctrl+Minus zooms out, Ctrl+0 back to actual size)"),
            new Key("F6", "anywhere", "Next pane: list, form, editor, right-hand tabs"),
            new Key("Shift+F6", "anywhere", "Previous pane"),
            new Key("Ctrl+1", "anywhere", "Article list (Ctrl+2 form, Ctrl+3 editor, Ctrl+4 right-hand tabs)"),
            new Key("Ctrl+Shift+1", "anywhere", "Preview tab (Ctrl+Shift+2 SEO, Ctrl+Shift+3 Folder SEO)"),
            new Key("Ctrl+Shift+4", "anywhere", "Folder SEO's table of findings"),
            new Key("Alt", "anywhere", "The menus; each item has an underlined letter"),
            new Key("F1", "anywhere", "This list"),
            new Key("Tab", "editor", "Types a tab"),
            new Key("Ctrl+Tab", "editor", "Leaves the editor for the right-hand tabs (Ctrl+Shift+Tab: for the form)"),
            new Key("Ctrl+B", "editor", "Bold (Ctrl+I italic, Ctrl+K link)"),
            new Key("Tab", "form", "Next input (Shift+Tab: previous); Ctrl+Tab too, in a text box"),
            new Key("Ctrl+Shift+Delete", "form", "Removes the field or list item that has the focus (on + item: the list)"),
            new Key("Shift+F10", "form", "The field's menu: clipboard and Remove (also the Menu key)"),
            new Key("Up, Down", "article list", "Opens the article above or below"),
            new Key("Left, Right", "right-hand tabs", "The tab before or after, when the tabs have the focus"),
            new Key("Enter", "SEO findings", "Goes to the finding's field; in What links here, opens the article"),
            new Key("Enter", "Folder SEO findings", "Opens the article at the finding's field"),
            new Key("Enter", "find bar", "Next match (Escape closes the bar)"));

    private Shortcuts() {
    }

    /** The list in a dialog, one row a key. */
    static void show(Window owner) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(4);
        for (int i = 0; i < ALL.size(); i++) {
            Key key = ALL.get(i);
            Label keys = new Label(key.keys());
            keys.setStyle("-fx-font-weight: bold;");
            Label where = new Label(key.where());
            Label what = new Label(key.what());
            what.setWrapText(true);
            what.setAccessibleText(key.keys() + " in " + key.where() + ": " + key.what());
            grid.addRow(i, keys, where, what);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(420);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, null, ButtonType.CLOSE);
        alert.setHeaderText("Keyboard shortcuts");
        alert.setTitle("Keyboard Shortcuts");
        alert.getDialogPane().setContent(scroll);
        alert.getDialogPane().setId("shortcuts");
        alert.setResizable(true);
        alert.initOwner(owner);
        alert.show();
    }
}
