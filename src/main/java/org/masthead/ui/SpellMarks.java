package org.masthead.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * The misspelled words underlined in the editor, kept on their characters as text is typed
 * around them: a mark typed into is dropped until the next check. The highlighter puts them over
 * every span it applies ({@link #overlay}), so restyling never wipes them, and setting new marks
 * changes only the styles of the words concerned.
 */
final class SpellMarks {
    /** The style class of a misspelled word (a red wavy underline in the stylesheet). */
    static final String STYLE = "spell-error";

    /** A misspelled word at {@code offset} of the editor's text. */
    record Mark(int offset, String word) {
        int end() {
            return offset + word.length();
        }
    }

    private final CodeArea area;
    // replaced whole on the FX thread; the spelling lane reads it to look up suggestions ahead
    private volatile List<Mark> marks = List.of();

    SpellMarks(CodeArea area) {
        this.area = area;
    }

    List<Mark> marks() {
        return marks;
    }

    /** The mark over {@code offset} (or ending just there, where a right click lands after a word). */
    Optional<Mark> at(int offset) {
        for (Mark m : marks) {
            if (offset >= m.offset() && offset <= m.end()) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** Replaces the marks, underlining the new words and clearing those no longer misspelled. */
    void set(List<Mark> now) {
        List<Mark> before = marks;
        marks = List.copyOf(now);
        for (Mark m : before) {
            if (!marks.contains(m)) {
                restyle(m, false);
            }
        }
        for (Mark m : marks) {
            if (!before.contains(m)) {
                restyle(m, true);
            }
        }
    }

    private void restyle(Mark m, boolean underline) {
        if (m.end() > area.getLength() || !area.getText(m.offset(), m.end()).equals(m.word())) {
            return;
        }
        StyleSpans<Collection<String>> spans = area.getStyleSpans(m.offset(), m.end());
        area.setStyleSpans(m.offset(), spans.mapStyles(style -> {
            List<String> changed = new ArrayList<>(style);
            changed.remove(STYLE);
            if (underline) {
                changed.add(STYLE);
            }
            return changed;
        }));
    }

    /** Moves the marks along an edit; those it touched go. */
    void move(PlainTextChange change) {
        if (marks.isEmpty()) {
            return;
        }
        int at = change.getPosition();
        int removedEnd = at + change.getRemoved().length();
        int delta = change.getInserted().length() - change.getRemoved().length();
        List<Mark> moved = new ArrayList<>(marks.size());
        for (Mark m : marks) {
            if (m.end() < at) {
                moved.add(m);
            } else if (m.offset() > removedEnd) {
                moved.add(new Mark(m.offset() + delta, m.word()));
            }
        }
        marks = moved;
    }

    /** {@code spans}, which go on the text from {@code from}, with the marks inside them added. */
    StyleSpans<Collection<String>> overlay(StyleSpans<Collection<String>> spans, int from) {
        int to = from + spans.length();
        StyleSpansBuilder<Collection<String>> over = new StyleSpansBuilder<>();
        int last = from;
        boolean any = false;
        for (Mark m : marks) {
            if (m.offset() < last || m.end() > to) {
                continue;
            }
            over.add(Collections.emptyList(), m.offset() - last);
            over.add(List.of(STYLE), m.word().length());
            last = m.end();
            any = true;
        }
        if (!any) {
            return spans;
        }
        over.add(Collections.emptyList(), to - last);
        return spans.overlay(over.create(), (base, mark) -> {
            if (mark.isEmpty()) {
                return base;
            }
            List<String> both = new ArrayList<>(base);
            both.addAll(mark);
            return both;
        });
    }
}
