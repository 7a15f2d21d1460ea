package org.masthead.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;

/**
 * Help > Keyboard Shortcuts, read from the menu bar's own accelerators (and the keys that
 * repeat them), so the list cannot fall behind the menus; and Help > About.
 */
final class ShortcutsDialog {
    /** One line of the list: where the command is, and its keys as the platform writes them. */
    record Shortcut(String command, String keys) {
    }

    /** Keys the editor itself takes, which no menu item carries. */
    private static final List<Shortcut> EDITOR_KEYS = List.of(
            new Shortcut("Editor › Continue a list (or end it on an empty item)", "Enter"),
            new Shortcut("Editor › Indent / outdent a list item", "Tab / Shift+Tab"),
            new Shortcut("Find bar › Previous match", "Shift+Enter"),
            new Shortcut("Find bar › Close", "Esc"));

    private ShortcutsDialog() {
    }

    /** Every accelerator of {@code bar}'s menus, in menu order, then the keys that repeat them. */
    static List<Shortcut> shortcuts(MenuBar bar) {
        List<Shortcut> out = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            collect(menu, menu.getText().replace("_", ""), out);
        }
        for (Map.Entry<String, String> alternate : new java.util.TreeMap<>(MainMenu.ALTERNATES).entrySet()) {
            out.add(new Shortcut("View › " + alternate.getValue(),
                    KeyCombination.keyCombination(alternate.getKey()).getDisplayText()));
        }
        out.addAll(EDITOR_KEYS);
        return out;
    }

    private static void collect(Menu menu, String where, List<Shortcut> out) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, where + " › " + sub.getText(), out);
            } else if (item.getAccelerator() != null) {
                // Undo and Redo name what they would do; the list names the command
                String text = item.getText().startsWith("Undo") ? "Undo" : item.getText().startsWith("Redo") ? "Redo"
                        : item.getText();
                out.add(new Shortcut(where + " › " + text.replace("_", ""), item.getAccelerator().getDisplayText()));
            }
        }
    }

    static void show(MenuBar bar) {
        GridPane grid = new GridPane();
        grid.setId("shortcuts");
        grid.setHgap(24);
        grid.setVgap(4);
        int row = 0;
        for (Shortcut shortcut : shortcuts(bar)) {
            Label keys = new Label(shortcut.keys());
            keys.getStyleClass().add("shortcut-keys");
            grid.addRow(row++, new Label(shortcut.command()), keys);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(420);
        Alert alert = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        alert.setTitle("Keyboard Shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.getDialogPane().setContent(scroll);
        alert.getDialogPane().setId("shortcuts-dialog");
        if (bar.getScene() != null) {
            alert.initOwner(bar.getScene().getWindow());
        }
        alert.show();
    }

    static void about(MenuBar bar) {
        String version = MainMenu.class.getPackage().getImplementationVersion();
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "An editor for Markdown articles with front matter.\n\n"
                + "Version " + (version == null ? "(development build)" : version) + "\n"
                + "Java " + System.getProperty("java.version") + ", JavaFX " + System.getProperty("javafx.version", "?"),
                ButtonType.CLOSE);
        alert.setTitle("About Masthead");
        alert.setHeaderText("Masthead");
        alert.getDialogPane().setId("about-dialog");
        if (bar.getScene() != null) {
            alert.initOwner(bar.getScene().getWindow());
        }
        alert.show();
    }
}
