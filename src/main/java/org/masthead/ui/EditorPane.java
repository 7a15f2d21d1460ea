package org.masthead.ui;

import java.util.Collection;
import java.util.List;
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
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.RichTextChange;
import org.fxmisc.richtext.model.TextOps;
import org.fxmisc.richtext.util.UndoUtils;
import java.util.Optional;
import java.util.function.BiFunction;
import org.fxmisc.wellbehaved.event.EventPattern;
import org.reactfx.EventStream;
import org.fxmisc.wellbehaved.event.InputHandler;
import org.fxmisc.wellbehaved.event.InputMap;
import org.fxmisc.wellbehaved.event.Nodes;
import org.masthead.document.MarkdownLists;
import org.masthead.session.EditHistory;

/** The Markdown editor. Loading text is not an edit: only the user's typing marks it edited. */
public final class EditorPane {
    /** Under this key the area's properties hold the editor's own paste, for the Edit menu. */
    static final String PASTE = "masthead.paste";
    private final CodeArea area = new CodeArea();
    private final VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(area);
    private final ReadOnlyIntegerWrapper firstVisibleLine = new ReadOnlyIntegerWrapper(this, "firstVisibleLine", 1);
    private final ReadOnlyBooleanWrapper edited = new ReadOnlyBooleanWrapper(this, "edited");
    private final EditorHighlighter highlighter;
    private final EventStream<List<RichTextChange<Collection<String>, String, Collection<String>>>> textChanges;
    private final EditorContextMenu contextMenus = new EditorContextMenu();
    // the area's styles for new text, fixed at its making: prepare() reads them off the FX thread
    private final Collection<String> paragraphStyle = area.getInitialParagraphStyle();
    private final Collection<String> textStyle = area.getInitialTextStyle();
    private final TextOps<String, Collection<String>> segments = area.getSegOps();
    private boolean loading;
    private boolean replaying;
    private boolean firstVisibleLinePending;
    private Runnable onTyped = () -> { };
    private java.util.function.BooleanSupplier pasteHandler = () -> false;
    private Consumer<EditHistory.TextStep> onChange = change -> { };

    /** With a background of its own, for an editor shown alone. */
    public EditorPane() {
        this(new Background(message -> { }));
    }

    /** With the window's background, whose message bar hears of a restyle that failed. */
    EditorPane(Background background) {
        // one stream for every listener, so that each change is looked at once
        textChanges = area.multiRichChanges().filter(changes -> changes.stream().anyMatch(EditorPane::changesText));
        highlighter = new EditorHighlighter(area, textChanges, background);
        area.setId("editor");
        area.setAccessibleRole(AccessibleRole.TEXT_AREA);
        area.setAccessibleText("Markdown editor");
        area.setAccessibleHelp("Tab types a tab; Ctrl+Tab leaves the editor, F6 goes to the next pane");
        area.setWrapText(true);
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.getStyleClass().add("markdown-editor");
        // Not textProperty, nor a plain-text stream per listener: each joins the removed and the
        // inserted text, which for an article being loaded is the whole old and the whole new text.
        // The text of a change is made here, once, and only for an edit.
        textChanges.subscribe(changes -> {
            if (!loading) {
                List<PlainTextChange> plain = changes.stream().map(RichTextChange::toPlainTextChange)
                        .filter(c -> !c.isIdentity()).toList();
                highlighter.edited(plain);
                if (!replaying) {
                    plain.forEach(c -> onChange.accept(
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
                shortcut(KeyCode.K, this::link),
                InputMap.process(EventPattern.keyPressed(KeyCode.V, KeyCombination.SHORTCUT_DOWN),
                        e -> pasteHandler.getAsBoolean() ? InputHandler.Result.CONSUME : InputHandler.Result.PROCEED),
                onLine(EventPattern.keyPressed(KeyCode.ENTER), MarkdownLists::enter),
                onLine(EventPattern.keyPressed(KeyCode.TAB), MarkdownLists::indent),
                onLine(EventPattern.keyPressed(KeyCode.TAB, KeyCombination.SHIFT_DOWN), MarkdownLists::outdent)));
        area.setContextMenu(contextMenus.forEditor(area, new EditorContextMenu.Formatting() {
            @Override
            public void bold() {
                wrap("**", "**", "bold");
            }

            @Override
            public void italic() {
                wrap("*", "*", "italic");
            }

            @Override
            public void link() {
                EditorPane.this.link();
            }

            @Override
            public void paste() {
                EditorPane.this.paste();
            }
        }));
        area.getProperties().put(PASTE, (Runnable) this::paste);
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

    /**
     * Whether {@code change} changed text, not only styles. Asked without joining the text where
     * the lengths differ: a plain-text change joins the whole removed and inserted text, which for
     * a load is the whole old and the whole new article.
     */
    static boolean changesText(RichTextChange<?, ?, ?> change) {
        return change.getRemoved().length() != change.getInserted().length() || !change.isPlainTextIdentity();
    }

    /** The changes of the text (typing, a load, an undo), not of its styles alone; each listener shares the one stream. */
    EventStream<List<RichTextChange<Collection<String>, String, Collection<String>>>> textChanges() {
        return textChanges;
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

    /**
     * A key that acts on the caret's line when {@code edit} has an answer for it (a list item),
     * and otherwise does what it always does: the answer is one change of the text.
     */
    private InputMap<KeyEvent> onLine(EventPattern<javafx.event.Event, KeyEvent> pattern,
                                      BiFunction<String, Integer, Optional<MarkdownLists.LineEdit>> edit) {
        return InputMap.process(pattern, e -> {
            if (!area.isEditable() || area.getSelection().getLength() > 0) {
                return InputHandler.Result.PROCEED;
            }
            int paragraph = area.getCurrentParagraph();
            Optional<MarkdownLists.LineEdit> answer = edit.apply(area.getParagraph(paragraph).getText(),
                    area.getCaretColumn());
            if (answer.isEmpty()) {
                return InputHandler.Result.PROCEED;
            }
            MarkdownLists.LineEdit change = answer.get();
            int start = area.getAbsolutePosition(paragraph, 0);
            area.replaceText(start + change.from(), start + change.to(), change.text());
            area.moveTo(start + change.caret());
            area.requestFollowCaret();
            return InputHandler.Result.CONSUME;
        });
    }

    /** Pastes what the paste handler does not take (an image) as text. */
    void paste() {
        if (area.isEditable() && !pasteHandler.getAsBoolean()) {
            area.paste();
        }
    }

    /** Takes a paste first; true when it did (an image was pasted), false to paste text as usual. */
    void setPasteHandler(java.util.function.BooleanSupplier handler) {
        pasteHandler = handler;
    }

    /** The editor's right-click menu, to which other features add their items. */
    public EditorContextMenu contextMenus() {
        return contextMenus;
    }

    /** Puts the caret at the start of 1-based {@code line} and brings it into view. */
    public void goToLine(int line) {
        int paragraph = Math.max(0, Math.min(line - 1, area.getParagraphs().size() - 1));
        area.moveTo(paragraph, 0);
        area.showParagraphAtTop(Math.max(0, paragraph - 2));
        area.requestFollowCaret();
        area.requestFocus();
    }

    /** Wraps the selection in Markdown markers, or inserts a placeholder to type over. */
    void wrap(String before, String after, String placeholder) {
        if (area.isEditable()) {
            TextFormatting.wrap(area, before, after, placeholder);
        }
    }

    /** Turns the selection into a link and selects the URL part for typing. */
    void link() {
        if (area.isEditable()) {
            TextFormatting.link(area);
        }
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

    /** An article's text made into the editor's document off the FX thread, for {@link #load(Prepared, boolean)}. */
    public record Prepared(ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> document) {
    }

    /**
     * Makes {@code text} into the editor's document. Splitting a 1 MB text into paragraphs takes
     * tens of ms, so the window runs this off the FX thread; it reads only the area's fixed styles.
     */
    public Prepared prepare(String text) {
        return new Prepared(ReadOnlyStyledDocument.fromString(text, paragraphStyle, textStyle, segments));
    }

    public void load(String text, boolean editable) {
        load(prepare(text), editable);
    }

    /** Shows a new text, which is not an edit; {@code prepared} may have been made on any thread. */
    public void load(Prepared prepared, boolean editable) {
        loading = true;
        try {
            area.replace(0, area.getLength(), prepared.document());
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
