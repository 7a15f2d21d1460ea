package org.masthead.ui;

import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;

/** The Markdown editor. Loading text is not an edit: only the user's typing marks it edited. */
public final class EditorPane {
    private final CodeArea area = new CodeArea();
    private final VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(area);
    private final javafx.beans.property.ReadOnlyIntegerWrapper firstVisibleLine = new javafx.beans.property.ReadOnlyIntegerWrapper(this, "firstVisibleLine", 1);
    private final ReadOnlyBooleanWrapper edited = new ReadOnlyBooleanWrapper(this, "edited");
    private final EditorHighlighter highlighter = new EditorHighlighter(area);
    private boolean loading;
    private boolean firstVisibleLinePending;
    private Runnable onTyped = () -> { };

    public EditorPane() {
        area.setId("editor");
        area.setWrapText(true);
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.getStyleClass().add("markdown-editor");
        // Not textProperty: listening to it joins the whole text on every keystroke.
        area.multiPlainChanges().subscribe(changes -> {
            if (!loading) {
                edited.set(true);
                onTyped.run();
            }
        });
        org.fxmisc.wellbehaved.event.Nodes.addInputMap(area, org.fxmisc.wellbehaved.event.InputMap.sequence(
                shortcut(javafx.scene.input.KeyCode.B, () -> wrap("**", "**", "bold")),
                shortcut(javafx.scene.input.KeyCode.I, () -> wrap("*", "*", "italic")),
                shortcut(javafx.scene.input.KeyCode.K, this::link)));
        // Not at once: the scroll estimate changes inside the flow's own layout (while it places the caret's
        // paragraph), and reading the visible paragraphs lays the flow out again, which drops the cell being placed.
        area.estimatedScrollYProperty().addListener((obs, old, y) -> {
            if (!firstVisibleLinePending) {
                firstVisibleLinePending = true;
                Platform.runLater(() -> {
                    firstVisibleLinePending = false;
                    updateFirstVisibleLine();
                });
            }
        });
    }

    private void updateFirstVisibleLine() {
        if (area.getParagraphs().isEmpty() || area.getVisibleParagraphs().isEmpty()) {
            return;
        }
        firstVisibleLine.set(area.firstVisibleParToAllParIndex() + 1);
    }

    // 'firstVisibleLine' property: the 1-based line at the top of the editor, for scroll sync
    public javafx.beans.property.ReadOnlyIntegerProperty firstVisibleLineProperty() {
        return firstVisibleLine.getReadOnlyProperty();
    }

    private static org.fxmisc.wellbehaved.event.InputMap<javafx.scene.input.KeyEvent> shortcut(
            javafx.scene.input.KeyCode key, Runnable action) {
        return org.fxmisc.wellbehaved.event.InputMap.consume(
                org.fxmisc.wellbehaved.event.EventPattern.keyPressed(key, javafx.scene.input.KeyCombination.SHORTCUT_DOWN),
                e -> action.run());
    }

    /** Wraps the selection in Markdown markers, or inserts a placeholder to type over. */
    void wrap(String before, String after, String placeholder) {
        if (!area.isEditable()) {
            return;
        }
        String selected = area.getSelectedText();
        String inner = selected.isEmpty() ? placeholder : selected;
        int start = area.getSelection().getStart();
        area.replaceSelection(before + inner + after);
        area.selectRange(start + before.length(), start + before.length() + inner.length());
    }

    /** Turns the selection into a link and selects the URL part for typing. */
    void link() {
        if (!area.isEditable()) {
            return;
        }
        String selected = area.getSelectedText();
        String text = selected.isEmpty() ? "link text" : selected;
        int start = area.getSelection().getStart();
        area.replaceSelection("[" + text + "](https://)");
        int urlStart = start + text.length() + 3;
        area.selectRange(urlStart, urlStart + "https://".length());
    }

    EditorHighlighter highlighter() {
        return highlighter;
    }

    public Node node() {
        return scroll;
    }

    public CodeArea area() {
        return area;
    }

    /** Runs after each change the user makes to the text (not after {@link #load}). */
    public void setOnTyped(Runnable action) {
        onTyped = action;
    }

    /** The text as it is now, joined only when asked, and then on the caller's thread. */
    public Supplier<String> textNow() {
        ReadOnlyStyledDocument<?, ?, ?> now = area.getContent().snapshot();
        return now::getText;
    }

    public int length() {
        return area.getLength();
    }

    // 'edited' property: true once the user changed the text since the last load
    public ReadOnlyBooleanProperty editedProperty() {
        return edited.getReadOnlyProperty();
    }

    public void load(String text, boolean editable) {
        loading = true;
        try {
            area.replaceText(text);
            area.getUndoManager().forgetHistory();
            area.moveTo(0);
            area.setEditable(editable);
            area.requestFollowCaret();
        } finally {
            loading = false;
        }
        edited.set(false);
        highlighter.reloaded();
    }

    public void markSaved() {
        edited.set(false);
    }
}
