package org.masthead.ui;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.TwoDimensional;

/**
 * The editor's Markdown highlighting: spans computed by {@link MarkdownStyler} on a thread of
 * its own once typing pauses for 60 ms, put on the text on the FX thread. A text over
 * {@link #STYLE_WHOLE_TEXT} characters gets styles only where it can be seen, and a pause in
 * typing restyles only the paragraphs typed in when the edits cannot have changed others.
 */
final class EditorHighlighter {
    private final CodeArea area;
    private final ExecutorService styler = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "masthead-highlight");
        thread.setDaemon(true);
        return thread;
    });
    // Counts text changes, so that stale spans are recognised without comparing megabytes of text.
    private long edits;
    private long styledEdits = -1;
    private StyleSpans<Collection<String>> styled;
    private boolean restylePending;
    private boolean wholePending;
    // the paragraphs the last whole-text spans were put on, in a long text
    private int styledFirst = -1;
    private int styledLast = -1;
    // how many times the whole text, and how many times single paragraphs, were restyled: for tests
    private long wholeHighlights;
    private long paragraphHighlights;
    // The paragraphs typed in since the last highlighting, and whether an edit there may have
    // changed the styles of other paragraphs too (see noteChange).
    private int touchedFrom = Integer.MAX_VALUE;
    private int touchedTo = -1;
    private boolean touchedBeyond = true;

    EditorHighlighter(CodeArea area) {
        this.area = area;
        area.multiPlainChanges().subscribe(changes -> {
            edits++;
            changes.forEach(this::noteChange);
        });
        area.estimatedScrollYProperty().addListener((obs, old, y) -> restyleVisibleLater());
        area.multiPlainChanges().successionEnds(Duration.ofMillis(60)).subscribe(changes -> highlight());
    }

    /** The whole text was replaced (an article was opened): it is styled anew. */
    void reloaded() {
        touchedBeyond = true;
        highlight();
    }

    // Characters that can open or close a construct spanning lines (a fence, display math) or,
    // with a neighbour, make one (a backslash and a bracket); a newline changes which lines there are.
    private static final String BLOCK_CHARS = "`~$\\[]\n";
    // More paragraphs than this touched since the last highlighting are restyled as a whole text.
    private static final int MAX_TOUCHED_PARAGRAPHS = 50;

    /**
     * Notes where the text changed. In a long text, an edit that adds and removes none of
     * {@link #BLOCK_CHARS} can only change the styles of its own paragraph, since every other
     * construct lies within one line; such paragraphs are restyled alone (see {@link #highlight}).
     */
    private void noteChange(PlainTextChange change) {
        if (area.getLength() <= STYLE_WHOLE_TEXT || hasBlockChars(change.getRemoved())
                || hasBlockChars(change.getInserted())) {
            touchedBeyond = true;
            return;
        }
        int paragraph = area.offsetToPosition(change.getPosition(), TwoDimensional.Bias.Forward).getMajor();
        touchedFrom = Math.min(touchedFrom, paragraph);
        touchedTo = Math.max(touchedTo, paragraph);
    }

    private static boolean hasBlockChars(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (BLOCK_CHARS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Restyles what the edits since the last time may have changed, computing spans off the FX thread. */
    private void highlight() {
        boolean whole = touchedBeyond || touchedTo < 0 || touchedTo - touchedFrom >= MAX_TOUCHED_PARAGRAPHS
                || insideBlocks(touchedFrom, touchedTo);
        int from = touchedFrom;
        int to = touchedTo;
        touchedFrom = Integer.MAX_VALUE;
        touchedTo = -1;
        touchedBeyond = false;
        if (whole) {
            highlightWhole();
        } else {
            highlightParagraphs(from, to);
        }
    }

    private void highlightWhole() {
        long version = edits;
        wholePending = true;
        ReadOnlyStyledDocument<?, ?, ?> now = area.getContent().snapshot();
        Supplier<String> text = now::getText;
        CompletableFuture.supplyAsync(() -> MarkdownStyler.style(text.get()), styler)
                .thenAccept(spans -> Platform.runLater(() -> {
                    wholePending = false;
                    if (apply(version, spans)) {
                        wholeHighlights++;
                    } else {
                        touchedBeyond = true; // typed on: the next pause must restyle the whole text again
                    }
                }));
    }

    /** True when one of the paragraphs has a part of a fence or display math: their lines are not styled alone. */
    private boolean insideBlocks(int from, int to) {
        for (int p = from; p <= to && p < area.getParagraphs().size(); p++) {
            for (StyleSpan<Collection<String>> span : area.getStyleSpans(p)) {
                if (span.getStyle().contains("md-fence") || span.getStyle().contains("md-displaymath")) {
                    return true;
                }
            }
        }
        return false;
    }

    private void highlightParagraphs(int from, int to) {
        long version = edits;
        int last = Math.min(to, area.getParagraphs().size() - 1);
        List<String> texts = new java.util.ArrayList<>();
        for (int p = from; p <= last; p++) {
            texts.add(area.getText(p));
        }
        int start = area.getAbsolutePosition(from, 0);
        CompletableFuture.supplyAsync(() -> texts.stream().map(MarkdownStyler::style).toList(), styler)
                .thenAccept(spans -> Platform.runLater(() -> {
                    if (version != edits) {
                        // typed on: the next pause restyles these paragraphs with the ones typed in since
                        touchedFrom = Math.min(touchedFrom, from);
                        touchedTo = Math.max(touchedTo, last);
                        return;
                    }
                    int at = start;
                    for (StyleSpans<Collection<String>> paragraph : spans) {
                        area.setStyleSpans(at, paragraph);
                        at += paragraph.length() + 1;
                    }
                    paragraphHighlights++;
                }));
    }

    // Up to this many characters, styles go on the whole text; beyond, on what can be seen.
    private static final int STYLE_WHOLE_TEXT = 100_000;
    private static final int STYLE_MARGIN_PARAGRAPHS = 40;

    /** Applies spans of the whole text; false when the text changed since they were computed. */
    private boolean apply(long version, StyleSpans<Collection<String>> spans) {
        // The user may have typed on while the spans were computed; stale spans would misplace styles.
        if (version != edits) {
            return false;
        }
        styled = spans;
        styledEdits = version;
        if (area.getLength() <= STYLE_WHOLE_TEXT) {
            area.setStyleSpans(0, spans);
        } else {
            restyleVisible();
        }
        return true;
    }

    /**
     * Later, not at once: the scroll estimate changes inside the flow's own layout, and reading the
     * visible paragraphs there lays the flow out again (see EditorPane's scroll listener).
     */
    private void restyleVisibleLater() {
        if (restylePending || area.getLength() <= STYLE_WHOLE_TEXT) {
            return;
        }
        restylePending = true;
        Platform.runLater(() -> {
            restylePending = false;
            if (styledEdits != edits) {
                // The whole-text spans predate the edits since, whose paragraphs were restyled alone.
                // Paragraphs on screen that were not styled from them need spans of the text as it is.
                if (!wholePending && !area.getVisibleParagraphs().isEmpty()
                        && (area.firstVisibleParToAllParIndex() < styledFirst || area.lastVisibleParToAllParIndex() > styledLast)) {
                    highlightWhole();
                }
            } else if (styled != null) {
                restyleVisible();
            }
        });
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
            styledFirst = first;
            styledLast = last;
        }
    }

    long wholeHighlights() {
        return wholeHighlights;
    }

    long paragraphHighlights() {
        return paragraphHighlights;
    }
}
