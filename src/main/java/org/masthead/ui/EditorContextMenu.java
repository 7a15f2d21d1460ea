package org.masthead.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCombination;
import org.fxmisc.richtext.CodeArea;

/**
 * The right-click menus of the editor and of the form's text boxes: Cut, Copy, Paste, Select All
 * and the formatting commands. Contributors (spelling suggestions, say) add their items at the top
 * each time a menu opens, for the place where it opened.
 */
public final class EditorContextMenu {
    /** Adds items for the text under the menu; called each time a menu opens. */
    public interface Contributor {
        /**
         * Items for {@code target} (the editor's {@code CodeArea} or a form {@code TextInputControl})
         * at character {@code offset}; an empty list adds nothing.
         */
        List<MenuItem> items(javafx.scene.Node target, int offset);
    }

    /** The formatting commands of a text, for the menu's lower part. */
    interface Formatting {
        void bold();

        void italic();

        void link();

        void paste();
    }

    private final List<Contributor> contributors = new CopyOnWriteArrayList<>();

    public void addContributor(Contributor contributor) {
        contributors.add(contributor);
    }

    /** The editor's menu; its items follow the editor's selection and editability each time it opens. */
    ContextMenu forEditor(CodeArea area, Formatting formatting) {
        ContextMenu menu = new ContextMenu();
        menu.setId("editor-context-menu");
        menu.setOnShowing(e -> {
            boolean editable = area.isEditable();
            boolean selected = area.getSelection().getLength() > 0;
            List<MenuItem> items = new ArrayList<>(contributed(area, area.getCaretPosition()));
            items.add(item("Cut", "Shortcut+X", area::cut, !editable || !selected));
            items.add(item("Copy", "Shortcut+C", area::copy, !selected));
            items.add(item("Paste", "Shortcut+V", formatting::paste, !editable || !clipboardHasContent()));
            items.add(item("Select All", "Shortcut+A", area::selectAll, false));
            items.add(new SeparatorMenuItem());
            items.add(item("Bold", "Shortcut+B", formatting::bold, !editable));
            items.add(item("Italic", "Shortcut+I", formatting::italic, !editable));
            items.add(item("Link", "Shortcut+K", formatting::link, !editable));
            menu.getItems().setAll(items);
        });
        // a placeholder item: a context menu with no items is not shown at all
        menu.getItems().add(new MenuItem("Cut"));
        return menu;
    }

    /** A form text box's menu; a Markdown box also gets the formatting commands. */
    ContextMenu forField(TextInputControl field) {
        ContextMenu menu = new ContextMenu();
        menu.getStyleClass().add("field-context-menu");
        menu.setOnShowing(e -> {
            boolean editable = field.isEditable() && !field.isDisabled();
            boolean selected = field.getSelection().getLength() > 0;
            List<MenuItem> items = new ArrayList<>(contributed(field, field.getCaretPosition()));
            items.add(item("Cut", "Shortcut+X", field::cut, !editable || !selected));
            items.add(item("Copy", "Shortcut+C", field::copy, !selected));
            items.add(item("Paste", "Shortcut+V", field::paste, !editable || !clipboardHasContent()));
            items.add(item("Select All", "Shortcut+A", field::selectAll, false));
            if (field.getStyleClass().contains("markdown-input")) {
                items.add(new SeparatorMenuItem());
                items.add(item("Bold", "Shortcut+B", () -> TextFormatting.wrap(field, "**", "**", "bold"), !editable));
                items.add(item("Italic", "Shortcut+I", () -> TextFormatting.wrap(field, "*", "*", "italic"), !editable));
                items.add(item("Link", "Shortcut+K", () -> TextFormatting.link(field), !editable));
            }
            menu.getItems().setAll(items);
        });
        menu.getItems().add(new MenuItem("Cut"));
        return menu;
    }

    private List<MenuItem> contributed(javafx.scene.Node target, int offset) {
        List<MenuItem> items = new ArrayList<>();
        for (Contributor contributor : contributors) {
            items.addAll(contributor.items(target, offset));
        }
        if (!items.isEmpty()) {
            items.add(new SeparatorMenuItem());
        }
        return items;
    }

    private static boolean clipboardHasContent() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        return clipboard.hasString() || clipboard.hasImage() || clipboard.hasFiles();
    }

    // The accelerator is only shown here, as a reminder; the keys themselves are handled by the text.
    private static MenuItem item(String text, String accelerator, Runnable action, boolean disabled) {
        MenuItem item = new MenuItem(text);
        item.setId("context-" + text.toLowerCase().replace(' ', '-'));
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        item.setDisable(disabled);
        return item;
    }
}
