package org.masthead.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Tooltip;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.TwoDimensional;
import org.masthead.document.LiteralNewlines;
import org.reactfx.EventStream;

/**
 * The editor's Markdown highlighting: spans computed by {@link MarkdownStyler} on a thread of
 * its own once typing pauses for 60 ms, put on the text on the FX thread. A text over
 * {@link #STYLE_WHOLE_TEXT} characters gets styles only where it can be seen, and a pause in
 * typing restyles only the paragraphs typed in when the edits cannot have changed others.
 *
 * <p>For Markdown kept in a front-matter field ({@link #markLiteralNewlines}), the places that
 * will not read back as typed after a save ({@link LiteralNewlines}) also get the style class
 * {@code literal-newline} and, under the mouse, a tooltip that explains them.
 */
final class EditorHighlighter {
    private final CodeArea area;
    private final Background.Lane styler;
    // Counts text changes, so that stale spans are recognised without comparing megabytes of text.
    private long edits;
    private long styledEdits = -1;
    // the version of the text last sent to be styled
    private long requested = -1;
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
    private volatile boolean markNewlines;
    // The places marked literal-newline, their offsets moved along as the text changes.
    private List<LiteralNewlines.Finding> marks = List.of();
    private final Tooltip explanation = new Tooltip();
    private final SpellMarks spellMarks;
    private static final Duration HOVER = Duration.ofMillis(300);

    EditorHighlighter(CodeArea area, EventStream<? extends List<?>> textChanges, Background background) {
        this.area = area;
        this.styler = background.lane("masthead-highlight");
        this.spellMarks = new SpellMarks(area, this::styledRange);
        textChanges.subscribe(changes -> edits++);
        explanation.setWrapText(true);
        explanation.setMaxWidth(480);
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> explanationAt(e.getCharacterIndex())
                .ifPresent(text -> {
                    explanation.setText(text);
                    explanation.show(area, e.getScreenPosition().getX(), e.getScreenPosition().getY() + 16);
                }));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> explanation.hide());
        area.estimatedScrollYProperty().addListener((obs, old, y) -> restyleVisibleLater());
        textChanges.successionEnds(Duration.ofMillis(60)).subscribe(changes -> {
            // a load was styled at once (reloaded); only edits since wait for the pause
            if (requested != edits) {
                highlight();
            }
        });
    }

    /** The user's edits (typing, a paste, an undo), each once: the marks move along and the paragraphs are noted. */
    void edited(List<PlainTextChange> changes) {
        changes.forEach(this::noteChange);
        changes.forEach(this::moveMarks);
        changes.forEach(spellMarks::move);
    }

    /**
     * Whether to mark where a save and a reopen would change the text: true for Markdown kept in
     * a front-matter field (the reference format's {@code answer}), false for a plain body, where
     * a typed backslash-n stays one. Takes effect at the next {@link #reloaded}.
     */
    void markLiteralNewlines(boolean mark) {
        markNewlines = mark;
    }

    /** The explanation of the mark at {@code offset} of the text, if there is one. */
    Optional<String> explanationAt(int offset) {
        String text = null;
        for (LiteralNewlines.Finding mark : marks) {
            if (offset >= mark.offset() && offset <= mark.offset() + mark.length() + 16) {
                text = text != null ? text : area.getText();
                int[] shown = MarkdownStyler.shown(text, mark);
                if (offset >= shown[0] && offset < shown[1]) {
                    return Optional.of(mark.explanation());
                }
            }
        }
        return Optional.empty();
    }

    /** The tooltip that shows a mark's explanation under the mouse. */
    Tooltip explanationTooltip() {
        return explanation;
    }

    /** The places marked now, in the text as it is. */
    List<LiteralNewlines.Finding> marks() {
        return marks;
    }

    /** Keeps the marks on their characters as text is typed before them; a mark typed into is dropped until the next styling. */
    private void moveMarks(PlainTextChange change) {
        if (marks.isEmpty()) {
            return;
        }
        int at = change.getPosition();
        int removedEnd = at + change.getRemoved().length();
        int delta = change.getInserted().length() - change.getRemoved().length();
        List<LiteralNewlines.Finding> moved = new ArrayList<>(marks.size());
        for (LiteralNewlines.Finding m : marks) {
            if (m.offset() + m.length() <= at) {
                moved.add(m);
            } else if (m.offset() >= removedEnd) {
                moved.add(new LiteralNewlines.Finding(m.offset() + delta, m.length(), m.line(), m.column(), m.kind(),
                        m.shownAs()));
            }
        }
        setMarks(moved);
    }

    /** The area watches the mouse over its text only while there is a mark to explain, so a text without marks pays nothing for it. */
    private void setMarks(List<LiteralNewlines.Finding> now) {
        marks = now;
        Duration delay = now.isEmpty() ? null : HOVER;
        if (!Objects.equals(area.getMouseOverTextDelay(), delay)) {
            area.setMouseOverTextDelay(delay);
        }
    }

    /** The whole text was replaced (an article was opened): it is styled anew. */
    void reloaded() {
        // the marks and the paragraphs styled were those of the text replaced
        setMarks(List.of());
        spellMarks.clear();
        styledFirst = -1;
        styledLast = -1;
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
        requested = edits;
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
        boolean mark = markNewlines;
        styler.run(() -> Styled.of(text.get(), mark), styled -> {
            wholePending = false;
            if (apply(version, styled.spans())) {
                setMarks(styled.marks());
                wholeHighlights++;
            } else {
                touchedBeyond = true; // typed on: the next pause must restyle the whole text again
            }
        });
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
        List<String> texts = new ArrayList<>();
        for (int p = from; p <= last; p++) {
            texts.add(area.getText(p));
        }
        int start = area.getAbsolutePosition(from, 0);
        boolean mark = markNewlines;
        styler.run(() -> texts.stream().map(t -> Styled.of(t, mark)).toList(), styled -> {
            if (version != edits) {
                // typed on: the next pause restyles these paragraphs with the ones typed in since
                touchedFrom = Math.min(touchedFrom, from);
                touchedTo = Math.max(touchedTo, last);
                return;
            }
            int at = start;
            List<LiteralNewlines.Finding> kept = new ArrayList<>();
            marks.stream().filter(m -> m.offset() < start).forEach(kept::add);
            for (Styled paragraph : styled) {
                area.setStyleSpans(at, spellMarks.overlay(paragraph.spans(), at));
                for (LiteralNewlines.Finding m : paragraph.marks()) {
                    kept.add(new LiteralNewlines.Finding(m.offset() + at, m.length(), m.line(), m.column(),
                            m.kind(), m.shownAs()));
                }
                at += paragraph.spans().length() + 1;
            }
            int end = at;
            marks.stream().filter(m -> m.offset() >= end).forEach(kept::add);
            setMarks(kept);
            paragraphHighlights++;
        });
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
            area.setStyleSpans(0, spellMarks.overlay(spans, 0));
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
            area.setStyleSpans(from, spellMarks.overlay(styled.subView(from, to), from));
            styledFirst = first;
            styledLast = last;
        }
    }

    /**
     * The offsets of the text whose styles were put on it from spans, start and end: the whole of
     * a short text, the paragraphs last styled in a long one (the others are styled, spelling marks
     * included, when they come into view).
     */
    private int[] styledRange() {
        int length = area.getLength();
        if (length <= STYLE_WHOLE_TEXT) {
            return new int[] {0, length};
        }
        int paragraphs = area.getParagraphs().size();
        if (styledFirst < 0 || styledFirst >= paragraphs) {
            return new int[] {0, 0};
        }
        int last = Math.min(styledLast, paragraphs - 1);
        return new int[] {area.getAbsolutePosition(styledFirst, 0),
                area.getAbsolutePosition(last, area.getParagraphLength(last))};
    }

    /** Spans of a text and, when asked for, its literal-newline marks: computed together off the FX thread. */
    private record Styled(StyleSpans<Collection<String>> spans, List<LiteralNewlines.Finding> marks) {
        static Styled of(String text, boolean mark) {
            List<LiteralNewlines.Finding> found = mark ? LiteralNewlines.find(text) : List.of();
            return new Styled(MarkdownStyler.style(text, found), found);
        }
    }

    /** The misspelled words underlined, which every restyle keeps. */
    SpellMarks spellMarks() {
        return spellMarks;
    }

    long wholeHighlights() {
        return wholeHighlights;
    }

    long paragraphHighlights() {
        return paragraphHighlights;
    }
}
