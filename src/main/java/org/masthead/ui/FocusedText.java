package org.masthead.ui;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import org.fxmisc.richtext.CodeArea;

/**
 * The Edit menu's clipboard and formatting commands, acting on the text that has the focus: the
 * editor or a text box of the form or the find bar.
 */
final class FocusedText {
    private FocusedText() {
    }

    static void cut(Scene scene) {
        Node focused = focused(scene);
        if (focused instanceof CodeArea area && area.isEditable()) {
            area.cut();
        } else if (focused instanceof TextInputControl text && text.isEditable()) {
            text.cut();
        }
    }

    static void copy(Scene scene) {
        Node focused = focused(scene);
        if (focused instanceof CodeArea area) {
            area.copy();
        } else if (focused instanceof TextInputControl text) {
            text.copy();
        }
    }

    static void paste(Scene scene) {
        Node focused = focused(scene);
        if (focused instanceof CodeArea area && area.getProperties().get(EditorPane.PASTE) instanceof Runnable paste) {
            paste.run();
        } else if (focused instanceof CodeArea area && area.isEditable()) {
            area.paste();
        } else if (focused instanceof TextInputControl text && text.isEditable()) {
            text.paste();
        }
    }

    static void selectAll(Scene scene) {
        Node focused = focused(scene);
        if (focused instanceof CodeArea area) {
            area.selectAll();
        } else if (focused instanceof TextInputControl text) {
            text.selectAll();
        }
    }

    /** Wraps the focused selection in {@code marker} on both sides. */
    static void format(Scene scene, String marker, String placeholder) {
        Node focused = focused(scene);
        if (focused instanceof CodeArea area && area.isEditable()) {
            TextFormatting.wrap(area, marker, marker, placeholder);
        } else if (focused instanceof TextInputControl text && text.isEditable()) {
            TextFormatting.wrap(text, marker, marker, placeholder);
        }
    }

    static void link(Scene scene) {
        Node focused = focused(scene);
        if (focused instanceof CodeArea area && area.isEditable()) {
            TextFormatting.link(area);
        } else if (focused instanceof TextInputControl text && text.isEditable()) {
            TextFormatting.link(text);
        }
    }

    private static Node focused(Scene scene) {
        return scene == null ? null : scene.getFocusOwner();
    }
}
