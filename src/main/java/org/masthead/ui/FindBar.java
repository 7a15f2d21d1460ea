package org.masthead.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import org.fxmisc.richtext.CodeArea;

/** Find and replace in the editor, shown above it on Ctrl+F and hidden with Escape. */
final class FindBar {
    private final CodeArea area;
    private final TextField find = new TextField();
    private final TextField replace = new TextField();
    private final CheckBox matchCase = new CheckBox("Aa");
    private final Label status = new Label();
    private final HBox root;

    FindBar(CodeArea area) {
        this.area = area;
        find.setId("find-field");
        find.setPromptText("Find");
        replace.setId("replace-field");
        replace.setPromptText("Replace with");
        find.setAccessibleText("Find");
        replace.setAccessibleText("Replace with");
        matchCase.setAccessibleText("Match case");
        Button next = button("Next", "find-next", this::findNext);
        Button one = button("Replace", "replace-one", this::replaceOne);
        Button all = button("Replace All", "replace-all", this::replaceAll);
        Button close = button("✕", "find-close", this::hide);
        close.setAccessibleText("Close find and replace");
        root = new HBox(6, find, next, replace, one, all, matchCase, status, close);
        root.getStyleClass().add("find-bar");
        find.setOnAction(e -> findNext());
        replace.setOnAction(e -> replaceOne());
        root.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                hide();
            }
        });
        hide();
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    Node node() {
        return root;
    }

    void show() {
        root.setVisible(true);
        root.setManaged(true);
        String selected = area.getSelectedText();
        if (!selected.isEmpty() && !selected.contains("\n")) {
            find.setText(selected);
        }
        find.requestFocus();
        find.selectAll();
    }

    void hide() {
        root.setVisible(false);
        root.setManaged(false);
        area.requestFocus();
    }

    /** Selects the next match after the caret, wrapping around; returns whether there was one. */
    boolean findNext() {
        String needle = find.getText();
        if (needle.isEmpty()) {
            return false;
        }
        String text = area.getText();
        int from = area.getSelection().getLength() > 0 ? area.getSelection().getEnd() : area.getCaretPosition();
        int at = indexOf(text, needle, from);
        if (at < 0) {
            at = indexOf(text, needle, 0);
        }
        if (at < 0) {
            status.setText("No matches");
            return false;
        }
        status.setText("");
        area.selectRange(at, at + needle.length());
        area.requestFollowCaret();
        return true;
    }

    private void replaceOne() {
        if (selectionMatches() || findNext()) {
            area.replaceSelection(replace.getText());
            findNext();
        }
    }

    private void replaceAll() {
        String needle = find.getText();
        if (needle.isEmpty()) {
            return;
        }
        String text = area.getText();
        int count = 0;
        // Replace from the end so earlier offsets stay valid; each replacement is one undoable change.
        for (int at = lastIndexOf(text, needle, text.length()); at >= 0; at = lastIndexOf(text, needle, at - 1)) {
            area.replaceText(at, at + needle.length(), replace.getText());
            count++;
            if (at == 0) {
                break;
            }
        }
        status.setText(count + " replaced");
    }

    private boolean selectionMatches() {
        String selected = area.getSelectedText();
        return !selected.isEmpty() && (matchCase.isSelected() ? selected.equals(find.getText()) : selected.equalsIgnoreCase(find.getText()));
    }

    // regionMatches keeps offsets exact, where lower-casing the whole text could change its length.
    private int indexOf(String text, String needle, int from) {
        for (int at = Math.max(0, from); at + needle.length() <= text.length(); at++) {
            if (text.regionMatches(!matchCase.isSelected(), at, needle, 0, needle.length())) {
                return at;
            }
        }
        return -1;
    }

    private int lastIndexOf(String text, String needle, int from) {
        for (int at = Math.min(from, text.length() - needle.length()); at >= 0; at--) {
            if (text.regionMatches(!matchCase.isSelected(), at, needle, 0, needle.length())) {
                return at;
            }
        }
        return -1;
    }
}
