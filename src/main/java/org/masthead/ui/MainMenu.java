package org.masthead.ui;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import java.util.Map;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/** The menu bar. It only knows the commands it is given; the window decides what they do. */
final class MainMenu {
    /** What the menus can ask the window to do. */
    interface Actions {
        void openFolder();

        void newArticle();

        void save();

        void quit();

        void undo();

        void redo();

        /** The open article's edits, whose history names what Undo and Redo would do. */
        ArticleEdits edits();

        void find();

        void toggleTheme();

        void zoom(double factor);

        void setRemoteImages(boolean allowed);

        boolean remoteImagesAllowed();
    }

    private MainMenu() {
    }

    static MenuBar build(Actions actions, WriterCommands writer) {
        MenuBar bar = new MenuBar();
        Menu recent = new Menu("Open Recent");
        recent.setId("menu-open-recent");
        Menu file = new Menu("_File", null,
                item("New Article…", "Shortcut+N", actions::newArticle),
                item("Open Folder…", "Shortcut+O", actions::openFolder),
                recent,
                item("Save", "Shortcut+S", actions::save),
                new SeparatorMenuItem(),
                item("Rename/Move…", "F2", writer::renameOrMove),
                item("Duplicate", "Shortcut+Shift+N", writer::duplicate),
                item("Delete…", null, writer::delete),
                new SeparatorMenuItem(),
                item("Quit", "Shortcut+Q", actions::quit));
        // the list is read when the menu opens, so it always has the folder opened last
        file.setOnShowing(e -> recent.getItems().setAll(writer.recentFolders().stream()
                .map(path -> item(path.toString(), null, () -> writer.openRecent(path))).toList()));
        recent.getItems().add(new MenuItem("(none)"));
        MenuItem undo = item("Undo", "Shortcut+Z", actions::undo);
        undo.setId("menu-undo");
        undo.textProperty().bind(actions.edits().undoLabelProperty());
        undo.disableProperty().bind(actions.edits().canUndoProperty().not());
        MenuItem redo = item("Redo", "Shortcut+Y", actions::redo);
        redo.setId("menu-redo");
        redo.textProperty().bind(actions.edits().redoLabelProperty());
        redo.disableProperty().bind(actions.edits().canRedoProperty().not());
        Menu edit = new Menu("_Edit", null,
                undo,
                redo,
                new SeparatorMenuItem(),
                item("Cut", "Shortcut+X", () -> FocusedText.cut(bar.getScene())),
                item("Copy", "Shortcut+C", () -> FocusedText.copy(bar.getScene())),
                item("Paste", "Shortcut+V", () -> FocusedText.paste(bar.getScene())),
                item("Select All", "Shortcut+A", () -> FocusedText.selectAll(bar.getScene())),
                new SeparatorMenuItem(),
                item("Bold", "Shortcut+B", () -> FocusedText.format(bar.getScene(), "**", "bold")),
                item("Italic", "Shortcut+I", () -> FocusedText.format(bar.getScene(), "*", "italic")),
                item("Link", "Shortcut+K", () -> FocusedText.link(bar.getScene())),
                new SeparatorMenuItem(),
                item("Find and Replace…", "Shortcut+F", actions::find));
        CheckMenuItem remote = new CheckMenuItem("Load Remote Images in Preview");
        remote.setId("menu-remote-images");
        remote.setSelected(actions.remoteImagesAllowed());
        remote.setOnAction(e -> actions.setRemoteImages(remote.isSelected()));
        Menu view = new Menu("_View", null,
                item("Dark Theme", "Shortcut+Shift+D", actions::toggleTheme),
                remote,
                item("Zoom In", "Shortcut+Plus", () -> actions.zoom(1.1)),
                item("Zoom Out", "Shortcut+Minus", () -> actions.zoom(1 / 1.1)),
                item("Actual Size", "Shortcut+0", () -> actions.zoom(0)));
        Menu insert = new Menu("_Insert", null,
                item("Image…", "Shortcut+Shift+I", writer::insertImage));
        CheckMenuItem fields = new CheckMenuItem("Fields and Outline");
        fields.setId("menu-show-fields");
        fields.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+F"));
        fields.setSelected(writer.formShown());
        fields.setOnAction(e -> writer.setFormShown(fields.isSelected()));
        view.getItems().add(0, fields);
        bar.getMenus().setAll(file, edit, insert, view);
        bar.getMenus().add(new Menu("_Help", null,
                item("Keyboard Shortcuts", "F1", () -> ShortcutsDialog.show(bar)),
                item("About Masthead", null, () -> ShortcutsDialog.about(bar))));
        bar.setId("menu-bar");
        bar.sceneProperty().addListener((obs, was, scene) -> {
            if (scene != null && was == null) {
                alternateKeys(scene, actions);
            }
        });
        return bar;
    }

    /**
     * Keys that do what a menu item does, beside the one accelerator an item can show: Ctrl+= (the
     * plus key unshifted) and the keypad's + zoom in, the keypad's - zooms out.
     */
    static final Map<String, String> ALTERNATES = Map.of(
            "Shortcut+Equals", "Zoom In",
            "Shortcut+Add", "Zoom In",
            "Shortcut+Subtract", "Zoom Out");

    private static void alternateKeys(javafx.scene.Scene scene, Actions actions) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            for (Map.Entry<String, String> alternate : ALTERNATES.entrySet()) {
                if (KeyCombination.keyCombination(alternate.getKey()).match(e)) {
                    e.consume();
                    actions.zoom(alternate.getValue().equals("Zoom In") ? 1.1 : 1 / 1.1);
                    return;
                }
            }
        });
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
