package org.masthead.ui;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

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

        /** Opens the Site settings dialog: the detected site and the field each check reads. */
        void siteSettings();
    }

    private MainMenu() {
    }

    static MenuBar build(Actions actions) {
        Menu file = new Menu("_File", null,
                item("New Article…", "Shortcut+N", actions::newArticle),
                item("Open Folder…", "Shortcut+O", actions::openFolder),
                item("Save", "Shortcut+S", actions::save),
                new SeparatorMenuItem(),
                item("Quit", "Shortcut+Q", actions::quit));
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
        MenuItem site = item("Site Settings…", null, actions::siteSettings);
        site.setId("menu-site-settings");
        view.getItems().addAll(new SeparatorMenuItem(), site);
        MenuBar bar = new MenuBar(file, edit, view);
        bar.setId("menu-bar");
        return bar;
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
