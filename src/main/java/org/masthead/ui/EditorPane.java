package org.masthead.ui;

import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.StyleSpans;

/** The Markdown editor. Loading text is not an edit: only the user's typing marks it edited. */
public final class EditorPane {
    private final CodeArea area = new CodeArea();
    private final VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(area);
    private final javafx.beans.property.ReadOnlyIntegerWrapper firstVisibleLine = new javafx.beans.property.ReadOnlyIntegerWrapper(this, "firstVisibleLine", 1);
    private final ReadOnlyBooleanWrapper edited = new ReadOnlyBooleanWrapper(this, "edited");
    private final ExecutorService styler = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "masthead-highlight");
        thread.setDaemon(true);
        return thread;
    });
    private boolean loading;
    private Runnable onTyped = () -> { };
    // Counts text changes, so that stale spans are recognised without comparing megabytes of text.
    private long edits;
    private long styledEdits = -1;
    private StyleSpans<Collection<String>> styled;
    private boolean restylePending;

    public EditorPane() {
        area.setId("editor");
        area.setWrapText(true);
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.getStyleClass().add("markdown-editor");
        // Not textProperty: listening to it joins the whole text on every keystroke.
        area.multiPlainChanges().subscribe(changes -> {
            edits++;
            if (!loading) {
                edited.set(true);
                onTyped.run();
            }
        });
        org.fxmisc.wellbehaved.event.Nodes.addInputMap(area, org.fxmisc.wellbehaved.event.InputMap.sequence(
                shortcut(javafx.scene.input.KeyCode.B, () -> wrap("**", "**", "bold")),
                shortcut(javafx.scene.input.KeyCode.I, () -> wrap("*", "*", "italic")),
                shortcut(javafx.scene.input.KeyCode.K, this::link)));
        area.estimatedScrollYProperty().addListener((obs, old, y) -> {
            updateFirstVisibleLine();
            restyleVisibleLater();
        });
        // Restyle once typing pauses, computing the spans off the FX thread.
        area.multiPlainChanges().successionEnds(Duration.ofMillis(60)).subscribe(changes -> highlight());
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

    private void highlight() {
        long version = edits;
        Supplier<String> text = textNow();
        CompletableFuture.supplyAsync(() -> MarkdownStyler.style(text.get()), styler)
                .thenAccept(spans -> Platform.runLater(() -> apply(version, spans)));
    }

    // Up to this many characters, styles go on the whole text; beyond, on what can be seen.
    private static final int STYLE_WHOLE_TEXT = 100_000;
    private static final int STYLE_MARGIN_PARAGRAPHS = 40;

    private void apply(long version, StyleSpans<Collection<String>> spans) {
        // The user may have typed on while the spans were computed; stale spans would misplace styles.
        if (version != edits) {
            return;
        }
        styled = spans;
        styledEdits = version;
        if (area.getLength() <= STYLE_WHOLE_TEXT) {
            area.setStyleSpans(0, spans);
        } else {
            restyleVisible();
        }
    }

    private void restyleVisibleLater() {
        if (!restylePending && styled != null && area.getLength() > STYLE_WHOLE_TEXT) {
            restylePending = true;
            Platform.runLater(() -> {
                restylePending = false;
                restyleVisible();
            });
        }
    }

    /**
     * Styles the paragraphs on screen and a margin around them. Applying the spans of a 1 MB text
     * at once keeps the FX thread busy for about a second; scrolling styles the rest as it shows.
     */
    private void restyleVisible() {
        if (styledEdits != edits || styled == null || area.getVisibleParagraphs().isEmpty()) {
            return;
        }
        int paragraphs = area.getParagraphs().size();
        int first = Math.max(0, area.firstVisibleParToAllParIndex() - STYLE_MARGIN_PARAGRAPHS);
        int last = Math.min(paragraphs - 1, area.lastVisibleParToAllParIndex() + STYLE_MARGIN_PARAGRAPHS);
        int from = area.getAbsolutePosition(first, 0);
        int to = area.getAbsolutePosition(last, area.getParagraphLength(last));
        if (to > from && to <= styled.length()) {
            area.setStyleSpans(from, styled.subView(from, to));
        }
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
        highlight();
    }

    public void markSaved() {
        edited.set(false);
    }
}
