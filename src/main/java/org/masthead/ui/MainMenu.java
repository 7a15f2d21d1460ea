package org.masthead.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.ReadOnlyStringProperty;
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

        /** Moves the focus between the panes and picks the right-hand tab. */
        PaneFocus panes();
    }

    private MainMenu() {
    }

    /** The window's menus; {@code more} go between View and Help. */
    static MenuBar build(Actions actions, Menu... more) {
        Menu file = new Menu("_File", null,
                item("_New Article…", "Shortcut+N", actions::newArticle),
                item("_Open Folder…", "Shortcut+O", actions::openFolder),
                item("_Save", "Shortcut+S", actions::save),
                new SeparatorMenuItem(),
                item("_Quit", "Shortcut+Q", actions::quit));
        MenuItem undo = item("Undo", "Shortcut+Z", actions::undo);
        undo.setId("menu-undo");
        undo.textProperty().bind(withMnemonic(actions.edits().undoLabelProperty()));
        undo.disableProperty().bind(actions.edits().canUndoProperty().not());
        MenuItem redo = item("Redo", "Shortcut+Y", actions::redo);
        redo.setId("menu-redo");
        redo.textProperty().bind(withMnemonic(actions.edits().redoLabelProperty()));
        redo.disableProperty().bind(actions.edits().canRedoProperty().not());
        Menu edit = new Menu("_Edit", null,
                undo,
                redo,
                new SeparatorMenuItem(),
                item("_Find and Replace…", "Shortcut+F", actions::find));
        CheckMenuItem remote = new CheckMenuItem("Load Re_mote Images in Preview");
        remote.setId("menu-remote-images");
        remote.setSelected(actions.remoteImagesAllowed());
        remote.setOnAction(e -> actions.setRemoteImages(remote.isSelected()));
        Menu view = new Menu("_View", null,
                item("_Dark Theme", "Shortcut+Shift+D", actions::toggleTheme),
                remote,
                item("Zoom _In", "Shortcut+Plus", () -> actions.zoom(1.1)),
                item("Zoom _Out", "Shortcut+Minus", () -> actions.zoom(1 / 1.1)),
                item("_Actual Size", "Shortcut+0", () -> actions.zoom(0)));
        view.getItems().addAll(paneItems(actions));
        MenuBar bar = new MenuBar(file, edit, view);
        bar.getMenus().addAll(more);
        // Help: the list of keys (other Help items may join this menu)
        MenuItem keys = item("_Keyboard Shortcuts", "F1",
                () -> Shortcuts.show(bar.getScene() == null ? null : bar.getScene().getWindow()));
        keys.setId("menu-shortcuts");
        bar.getMenus().add(new Menu("_Help", null, keys));
        bar.setId("menu-bar");
        return bar;
    }

    /**
     * The panes and the right-hand tabs, each a menu item with its key, so that the keys are
     * listed where a keyboard user looks for them; PaneFocus handles the keys themselves.
     */
    private static List<MenuItem> paneItems(Actions actions) {
        List<MenuItem> items = new ArrayList<>();
        items.add(new SeparatorMenuItem());
        String[] mnemonics = {"Article _List", "Fo_rm", "_Editor", "Right-Hand _Tabs"};
        for (PaneFocus.Pane pane : PaneFocus.Pane.values()) {
            MenuItem item = item(mnemonics[pane.ordinal()], "Shortcut+" + (pane.ordinal() + 1),
                    () -> actions.panes().focus(pane));
            item.setId("menu-pane-" + pane.name().toLowerCase(Locale.ROOT));
            items.add(item);
        }
        items.add(item("_Next Pane", "F6", () -> actions.panes().next(1)));
        items.add(item("Pre_vious Pane", "Shift+F6", () -> actions.panes().next(-1)));
        items.add(new SeparatorMenuItem());
        String[] tabs = {"_Preview", "_SEO", "_Folder SEO", "Folder SEO Findings Ta_ble"};
        for (int i = 0; i < tabs.length; i++) {
            int index = i;
            MenuItem item = item(tabs[i], "Shortcut+Shift+" + (i + 1), () -> actions.panes().tab(index));
            item.setId("menu-tab-" + (i + 1));
            items.add(item);
        }
        return items;
    }

    /** A label that may hold underscores (field names), shown with its first letter as the mnemonic. */
    private static StringExpression withMnemonic(ReadOnlyStringProperty label) {
        return Bindings.createStringBinding(() -> "_" + label.get().replace("_", "__"), label);
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
