package org.masthead.ui;

import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
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

    public EditorPane() {
        area.setId("editor");
        area.setWrapText(true);
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.getStyleClass().add("markdown-editor");
        area.textProperty().addListener((obs, old, now) -> {
            if (!loading) {
                edited.set(true);
            }
        });
        org.fxmisc.wellbehaved.event.Nodes.addInputMap(area, org.fxmisc.wellbehaved.event.InputMap.sequence(
                shortcut(javafx.scene.input.KeyCode.B, () -> wrap("**", "**", "bold")),
                shortcut(javafx.scene.input.KeyCode.I, () -> wrap("*", "*", "italic")),
                shortcut(javafx.scene.input.KeyCode.K, this::link)));
        area.estimatedScrollYProperty().addListener((obs, old, y) -> updateFirstVisibleLine());
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
        String text = area.getText();
        CompletableFuture.supplyAsync(() -> MarkdownStyler.style(text), styler)
                .thenAccept(spans -> Platform.runLater(() -> apply(text, spans)));
    }

    private void apply(String styledText, StyleSpans<Collection<String>> spans) {
        // The user may have typed on while the spans were computed; stale spans would misplace styles.
        if (area.getLength() == styledText.length() && area.getText().equals(styledText)) {
            area.setStyleSpans(0, spans);
        }
    }

    public Node node() {
        return scroll;
    }

    public CodeArea area() {
        return area;
    }

    // 'text' property
    public ObservableValue<String> textProperty() {
        return area.textProperty();
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
