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
import javafx.scene.layout.VBox;

/**
 * Help > Keyboard Shortcuts, read from the menu bar's own accelerators (and the keys that
 * repeat them), so the list cannot fall behind the menus; and Help > About.
 */
final class ShortcutsDialog {
    /** One line of the list: where the command is, and its keys as the platform writes them. */
    record Shortcut(String command, String keys) {
    }

    /** A key no menu item carries, or one the README's Keyboard section names, "Ctrl" being Cmd on macOS. */
    record Key(String keys, String where, String what) {
    }

    /**
     * Every key of the window, as the README's Keyboard section lists them too. None is also one of
     * the editor's own keys (RichTextFX's moving, selecting and clipboard keys), and the form's are
     * those of a text box.
     */
    static final List<Key> OTHER_KEYS = List.of(
            new Key("Ctrl+N", "anywhere", "New article"),
            new Key("Ctrl+O", "anywhere", "Open a folder"),
            new Key("Ctrl+S", "anywhere", "Save"),
            new Key("Ctrl+Q", "anywhere", "Quit"),
            new Key("Ctrl+Z", "anywhere", "Undo the article's last change, wherever it was made"),
            new Key("Ctrl+Y", "anywhere", "Redo (also Ctrl+Shift+Z)"),
            new Key("Ctrl+F", "anywhere", "Find and replace in the editor"),
            new Key("Ctrl+Shift+D", "anywhere", "Dark theme on or off"),
            new Key("Ctrl+Plus", "anywhere", "Zoom in (also Ctrl+Equals and the keypad's +; Ctrl+Minus zooms out, Ctrl+0 back to actual size)"),
            new Key("Ctrl+X", "anywhere", "Cut in the text that has the focus (Ctrl+C copy, Ctrl+V paste, Ctrl+A select all)"),
            new Key("F2", "anywhere", "Rename or move the article"),
            new Key("Ctrl+Shift+N", "anywhere", "Duplicate the article"),
            new Key("Ctrl+Shift+I", "anywhere", "Insert an image"),
            new Key("Ctrl+Shift+F", "anywhere", "Show or hide the fields and the outline"),
            new Key("F6", "anywhere", "Next pane: list, form, editor, right-hand tabs"),
            new Key("Shift+F6", "anywhere", "Previous pane"),
            new Key("Ctrl+1", "anywhere", "Article list (Ctrl+2 form, Ctrl+3 editor, Ctrl+4 right-hand tabs)"),
            new Key("Ctrl+Shift+1", "anywhere", "Preview tab (Ctrl+Shift+2 SEO, Ctrl+Shift+3 Folder SEO)"),
            new Key("Ctrl+Shift+4", "anywhere", "Folder SEO's table of findings"),
            new Key("Ctrl+T", "anywhere", "Table of articles: the folder as a table, for edits of many articles at once"),
            new Key("Ctrl+Shift+H", "anywhere", "Find and replace across the folder, previewed before it is applied"),
            new Key("Alt", "anywhere", "The menus; each item has an underlined letter"),
            new Key("F1", "anywhere", "This list"),
            new Key("Tab", "editor", "Types a tab; on a list item, indents it (Shift+Tab outdents)"),
            new Key("Enter", "editor", "On a list item, continues the list; on an empty item, ends it"),
            new Key("Ctrl+Tab", "editor", "Leaves the editor for the right-hand tabs (Ctrl+Shift+Tab: for the form)"),
            new Key("Ctrl+B", "editor", "Bold (Ctrl+I italic, Ctrl+K link)"),
            new Key("Tab", "form", "Next input (Shift+Tab: previous); Ctrl+Tab too, in a text box"),
            new Key("Ctrl+Shift+Delete", "form", "Removes the field or list item that has the focus (on + item: the list)"),
            new Key("Shift+F10", "form", "The field's menu: clipboard and Remove (also the Menu key)"),
            new Key("Up, Down", "article list", "Opens the article above or below"),
            new Key("Left, Right", "right-hand tabs", "The tab before or after, when the tabs have the focus"),
            new Key("Enter", "SEO findings", "Goes to the finding's field; in What links here, opens the article"),
            new Key("Enter", "Folder SEO findings", "Opens the article at the finding's field"),
            new Key("Enter", "find bar", "Next match (Shift+Enter the previous one; Escape closes the bar)"));

    private ShortcutsDialog() {
    }

    /** Every accelerator of {@code bar}'s menus, in menu order, then the other keys that repeat them. */
    static List<Shortcut> shortcuts(MenuBar bar) {
        List<Shortcut> out = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            collect(menu, menu.getText().replace("_", ""), out);
        }
        for (Map.Entry<String, String> alternate : new java.util.TreeMap<>(MainMenu.ALTERNATES).entrySet()) {
            out.add(new Shortcut("View › " + alternate.getValue(),
                    KeyCombination.keyCombination(alternate.getKey()).getDisplayText()));
        }
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

    /**
     * The menu commands with their keys, read from the menus so the list never goes stale, then
     * the keys no menu item carries (panes, tabs, the form's and the lists' own keys).
     */
    static void show(MenuBar bar) {
        GridPane commands = new GridPane();
        commands.setHgap(24);
        commands.setVgap(4);
        int row = 0;
        for (Shortcut shortcut : shortcuts(bar)) {
            Label keys = new Label(shortcut.keys());
            keys.getStyleClass().add("shortcut-keys");
            commands.addRow(row++, new Label(shortcut.command()), keys);
        }
        GridPane others = new GridPane();
        others.setHgap(16);
        others.setVgap(4);
        for (int i = 0; i < OTHER_KEYS.size(); i++) {
            Key key = OTHER_KEYS.get(i);
            Label keys = new Label(key.keys());
            keys.getStyleClass().add("shortcut-keys");
            Label what = new Label(key.what());
            what.setWrapText(true);
            what.setAccessibleText(key.keys() + " in " + key.where() + ": " + key.what());
            others.addRow(i, keys, new Label(key.where()), what);
        }
        Label menus = new Label("Menu commands");
        Label more = new Label("Panes, lists and fields");
        menus.getStyleClass().add("shortcuts-heading");
        more.getStyleClass().add("shortcuts-heading");
        VBox content = new VBox(8, menus, commands, more, others);
        content.setId("shortcuts");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(420);
        Alert alert = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        alert.setTitle("Keyboard Shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.getDialogPane().setContent(scroll);
        alert.getDialogPane().setId("shortcuts-dialog");
        alert.setResizable(true);
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
