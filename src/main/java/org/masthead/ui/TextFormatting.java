package org.masthead.ui;

import javafx.scene.control.TextInputControl;
import org.fxmisc.richtext.CodeArea;

/** The Markdown formatting commands, for the editor and for a form text box alike. */
final class TextFormatting {
    private TextFormatting() {
    }

    /** Wraps the selection in {@code before} and {@code after}, or a placeholder to type over. */
    static void wrap(TextInputControl field, String before, String after, String placeholder) {
        String selected = field.getSelectedText();
        String inner = selected.isEmpty() ? placeholder : selected;
        int start = field.getSelection().getStart();
        field.replaceSelection(before + inner + after);
        field.selectRange(start + before.length(), start + before.length() + inner.length());
    }

    /** Turns the selection into a link and selects the URL part for typing. */
    static void link(TextInputControl field) {
        String selected = field.getSelectedText();
        String text = selected.isEmpty() ? "link text" : selected;
        int start = field.getSelection().getStart();
        field.replaceSelection("[" + text + "](https://)");
        int urlStart = start + text.length() + 3;
        field.selectRange(urlStart, urlStart + "https://".length());
    }

    static void wrap(CodeArea area, String before, String after, String placeholder) {
        String selected = area.getSelectedText();
        String inner = selected.isEmpty() ? placeholder : selected;
        int start = area.getSelection().getStart();
        area.replaceSelection(before + inner + after);
        area.selectRange(start + before.length(), start + before.length() + inner.length());
    }

    static void link(CodeArea area) {
        String selected = area.getSelectedText();
        String text = selected.isEmpty() ? "link text" : selected;
        int start = area.getSelection().getStart();
        area.replaceSelection("[" + text + "](https://)");
        int urlStart = start + text.length() + 3;
        area.selectRange(urlStart, urlStart + "https://".length());
    }
}
