package org.masthead.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
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

        /** Moves the focus between the panes and picks the right-hand tab. */
        PaneFocus panes();
        /** Opens the Site settings dialog: the detected site and the field each check reads. */
        void siteSettings();
    }

    private MainMenu() {
    }

    /** The window's menus; {@code more} go between View and Help. */
    static MenuBar build(Actions actions, WriterCommands writer, BulkController bulk, Menu... more) {
        MenuBar bar = new MenuBar();
        Menu recent = new Menu("Open _Recent");
        recent.setId("menu-open-recent");
        Menu file = new Menu("_File", null,
                item("_New Article…", "Shortcut+N", actions::newArticle),
                item("_Open Folder…", "Shortcut+O", actions::openFolder),
                recent,
                item("_Save", "Shortcut+S", actions::save),
                new SeparatorMenuItem(),
                withId(item("Rena_me/Move…", "F2", bulk::renameOpenArticle), "menu-rename"),
                item("_Duplicate", "Shortcut+Shift+N", writer::duplicate),
                item("De_lete…", null, writer::delete),
                new SeparatorMenuItem(),
                item("_Quit", "Shortcut+Q", actions::quit));
        // the list is read when the menu opens, so it always has the folder opened last
        file.setOnShowing(e -> recent.getItems().setAll(writer.recentFolders().stream()
                .map(path -> literal(item(path.toString(), null, () -> writer.openRecent(path)))).toList()));
        recent.getItems().add(literal(new MenuItem("(none)")));
        MenuItem undo = item("Undo", "Shortcut+Z", actions::undo);
        undo.setId("menu-undo");
        undo.textProperty().bind(withMnemonic(actions.edits().undoLabelProperty()));
        undo.disableProperty().bind(actions.edits().canUndoProperty().not());
        MenuItem redo = item("Redo", "Shortcut+Y", actions::redo);
        redo.setId("menu-redo");
        redo.textProperty().bind(withMnemonic(actions.edits().redoLabelProperty()));
        redo.disableProperty().bind(actions.edits().canRedoProperty().not());
        MenuItem undoBatch = item("Un_do Batch", null, bulk::undoBatch);
        undoBatch.setId("menu-undo-batch");
        undoBatch.disableProperty().bind(bulk.canUndoBatch().not());
        Menu edit = new Menu("_Edit", null,
                undo,
                redo,
                undoBatch,
                new SeparatorMenuItem(),
                item("Cu_t", "Shortcut+X", () -> FocusedText.cut(bar.getScene())),
                item("_Copy", "Shortcut+C", () -> FocusedText.copy(bar.getScene())),
                item("_Paste", "Shortcut+V", () -> FocusedText.paste(bar.getScene())),
                item("Select _All", "Shortcut+A", () -> FocusedText.selectAll(bar.getScene())),
                new SeparatorMenuItem(),
                item("_Bold", "Shortcut+B", () -> FocusedText.format(bar.getScene(), "**", "bold")),
                item("_Italic", "Shortcut+I", () -> FocusedText.format(bar.getScene(), "*", "italic")),
                item("Lin_k", "Shortcut+K", () -> FocusedText.link(bar.getScene())),
                new SeparatorMenuItem(),
                item("_Find and Replace…", "Shortcut+F", actions::find),
                withId(item("Replace in F_older…", "Shortcut+Shift+H", bulk.changes()::replaceInFolder),
                        "menu-replace-in-folder"),
                withId(item("Ta_xonomy…", null, bulk.changes()::taxonomy), "menu-taxonomy"));
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
        Menu insert = new Menu("_Insert", null,
                item("_Image…", "Shortcut+Shift+I", writer::insertImage));
        CheckMenuItem fields = new CheckMenuItem("Fields and O_utline");
        fields.setId("menu-show-fields");
        fields.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+F"));
        fields.setSelected(writer.formShown());
        fields.setOnAction(e -> writer.setFormShown(fields.isSelected()));
        view.getItems().add(0, fields);
        MenuItem site = item("Site Settin_gs…", null, actions::siteSettings);
        site.setId("menu-site-settings");
        MenuItem table = item("Table of Arti_cles", "Shortcut+T", bulk::showTable);
        table.setId("menu-table");
        view.getItems().addAll(new SeparatorMenuItem(), site, table);
        bar.getMenus().setAll(file, edit, insert, view);
        bar.getMenus().addAll(more);
        MenuItem keys = item("_Keyboard Shortcuts", "F1", () -> ShortcutsDialog.show(bar));
        keys.setId("menu-shortcuts");
        bar.getMenus().add(new Menu("_Help", null, keys,
                item("_About Masthead", null, () -> ShortcutsDialog.about(bar))));
        bar.setId("menu-bar");
        bar.sceneProperty().addListener((obs, was, scene) -> {
            if (scene != null && was == null) {
                alternateKeys(scene, actions);
            }
        });
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

    /** An item whose text is shown as it is (a path may hold underscores), with no mnemonic. */
    private static MenuItem literal(MenuItem item) {
        item.setMnemonicParsing(false);
        return item;
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

    private static MenuItem withId(MenuItem item, String id) {
        item.setId(id);
        return item;
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
