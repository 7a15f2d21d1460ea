package org.masthead.ui;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * A field's remove button is no tab stop, so Tab goes from input to input; the same action is on
 * the input's context menu and on Ctrl+Shift+Delete while the input has the focus. (Ctrl+Delete
 * alone deletes the next word in a text box, and must keep doing so.)
 */
final class FieldRemoval {
    static final KeyCombination REMOVE = new KeyCodeCombination(KeyCode.DELETE, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final String KEY_TEXT = "Ctrl+Shift+Delete";

    private FieldRemoval() {
    }

    /** Takes {@code remove} out of the tab order and offers it on {@code input}, which may wrap its control. */
    static void attach(Node input, Button remove, String what) {
        remove.setFocusTraversable(false);
        remove.setAccessibleText("Remove " + what);
        Control control = control(input);
        if (control == null) {
            return;
        }
        // Only the input's own key: in a group or a list, a key in another input (the related
        // article picker, a new field's name) must not remove the group around it.
        input.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (REMOVE.match(e) && (e.getTarget() == input || e.getTarget() == control)) {
                e.consume();
                remove.fire();
            }
        });
        // No accelerator on the item: a control's context menu registers its accelerators with the
        // whole scene, where every field's would compete; the key is handled above instead.
        MenuItem item = new MenuItem("Remove " + what + " (" + KEY_TEXT + ")");
        item.setOnAction(e -> remove.fire());
        ContextMenu menu = new ContextMenu();
        if (control instanceof TextInputControl text) {
            menu.getItems().addAll(textItem("Cut", text::cut), textItem("Copy", text::copy),
                    textItem("Paste", text::paste), textItem("Select All", text::selectAll), new SeparatorMenuItem());
        }
        menu.getItems().add(item);
        control.setContextMenu(menu);
    }

    private static MenuItem textItem(String label, Runnable action) {
        MenuItem item = new MenuItem(label);
        item.setOnAction(e -> action.run());
        return item;
    }

    /**
     * The control that stands for the input: itself, the first child of the box that adds notes
     * under it, or for a list its "+ item" button, the one control of the list as a whole.
     */
    private static Control control(Node input) {
        if (input instanceof Control c) {
            return c;
        }
        if (input instanceof Parent p && !p.getChildrenUnmodifiable().isEmpty()) {
            List<Node> children = p.getChildrenUnmodifiable();
            if (children.get(0) instanceof Control c && id(c).startsWith("field-")) {
                return c;
            }
            if (children.get(children.size() - 1) instanceof Button add && id(add).startsWith("add-item-")) {
                return add;
            }
        }
        return null;
    }

    private static String id(Node node) {
        return node.getId() == null ? "" : node.getId();
    }
}
