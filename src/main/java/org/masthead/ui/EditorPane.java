package org.masthead.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.util.UndoUtils;
import org.fxmisc.wellbehaved.event.EventPattern;
import org.fxmisc.wellbehaved.event.InputMap;
import org.fxmisc.wellbehaved.event.Nodes;
import org.masthead.session.EditHistory;

/** The Markdown editor. Loading text is not an edit: only the user's typing marks it edited. */
public final class EditorPane {
    private final CodeArea area = new CodeArea();
    private final VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(area);
    private final ReadOnlyIntegerWrapper firstVisibleLine = new ReadOnlyIntegerWrapper(this, "firstVisibleLine", 1);
    private final ReadOnlyBooleanWrapper edited = new ReadOnlyBooleanWrapper(this, "edited");
    private final EditorHighlighter highlighter;
    private boolean loading;
    private boolean replaying;
    private boolean firstVisibleLinePending;
    private Runnable onTyped = () -> { };
    private Consumer<EditHistory.TextStep> onChange = change -> { };

    /** With a background of its own, for an editor shown alone. */
    public EditorPane() {
        this(new Background(message -> { }));
    }

    /** With the window's background, whose message bar hears of a restyle that failed. */
    EditorPane(Background background) {
        highlighter = new EditorHighlighter(area, background);
        area.setId("editor");
        area.setAccessibleRole(AccessibleRole.TEXT_AREA);
        area.setAccessibleText("Markdown editor");
        area.setAccessibleHelp("Tab types a tab; Ctrl+Tab leaves the editor, F6 goes to the next pane");
        area.setWrapText(true);
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.getStyleClass().add("markdown-editor");
        // Not textProperty: listening to it joins the whole text on every keystroke.
        area.multiPlainChanges().subscribe(changes -> {
            if (!loading) {
                if (!replaying) {
                    changes.forEach(c -> onChange.accept(
                            new EditHistory.TextStep(c.getPosition(), c.getRemoved(), c.getInserted())));
                }
                edited.set(true);
                onTyped.run();
            }
        });
        // The article's one undo history (form, fixes and editor together) undoes; the area keeps none.
        area.setUndoManager(UndoUtils.noOpUndoManager());
        Nodes.addInputMap(area, InputMap.sequence(
                shortcut(KeyCode.B, () -> wrap("**", "**", "bold")),
                shortcut(KeyCode.I, () -> wrap("*", "*", "italic")),
                shortcut(KeyCode.K, this::link)));
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
    public ReadOnlyIntegerProperty firstVisibleLineProperty() {
        return firstVisibleLine.getReadOnlyProperty();
    }

    private static InputMap<KeyEvent> shortcut(KeyCode key, Runnable action) {
        return InputMap.consume(
                EventPattern.keyPressed(key, KeyCombination.SHORTCUT_DOWN),
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

    /** Receives each change the user makes to the text, for the article's undo history. */
    public void setOnChange(Consumer<EditHistory.TextStep> action) {
        onChange = action;
    }

    /**
     * Makes a change of the history (an undo or redo) in the text: an edit like typing, but not
     * recorded again. The caret goes to its end, in view.
     */
    void replay(EditHistory.TextStep step) {
        replaying = true;
        try {
            area.replaceText(step.position(), step.position() + step.removed().length(), step.inserted());
        } finally {
            replaying = false;
        }
        area.moveTo(step.position() + step.inserted().length());
        area.requestFollowCaret();
    }

    /**
     * Makes a change that came from outside (the file read again from disk) without moving the
     * user's view: the caret keeps its place in the text around it, and the scroll position holds.
     * Reported as typing, not recorded in the history.
     */
    void replaceKeepingView(EditHistory.TextStep step) {
        int caret = area.getCaretPosition();
        double scrollY = area.getEstimatedScrollY();
        int end = step.position() + step.removed().length();
        int moved = caret >= end ? caret + step.inserted().length() - step.removed().length()
                : Math.min(caret, step.position());
        replaying = true;
        try {
            area.replaceText(step.position(), end, step.inserted());
        } finally {
            replaying = false;
        }
        area.moveTo(Math.max(0, Math.min(moved, area.getLength())));
        area.scrollYToPixel(scrollY);
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
