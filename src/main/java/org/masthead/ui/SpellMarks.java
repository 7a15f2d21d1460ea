package org.masthead.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
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

    // Up to this many marks changed, each word is restyled alone; more, the stretch from the first to the last at once.
    private static final int FEW = 16;

    private final CodeArea area;
    private final Supplier<int[]> styled;
    // in the order of the text; replaced whole on the FX thread; the spelling lane reads it to look up suggestions ahead
    private volatile List<Mark> marks = List.of();

    /**
     * {@code styled} gives the offsets, start and end, of the text whose styles were put on it:
     * only marks there are restyled when the marks change, since the rest of a long text gets
     * its styles, and the marks with them ({@link #overlay}), when it comes into view.
     */
    SpellMarks(CodeArea area, Supplier<int[]> styled) {
        this.area = area;
        this.styled = styled;
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
        List<Mark> sorted = new ArrayList<>(now);
        sorted.sort(Comparator.comparingInt(Mark::offset));
        marks = Collections.unmodifiableList(sorted);
        // sets, not lists: a long article can have thousands of marks
        Set<Mark> was = new HashSet<>(before);
        Set<Mark> is = new HashSet<>(sorted);
        int[] range = styled.get();
        List<Mark> changed = new ArrayList<>();
        before.stream().filter(m -> !is.contains(m) && inside(m, range)).forEach(changed::add);
        sorted.stream().filter(m -> !was.contains(m) && inside(m, range)).forEach(changed::add);
        if (changed.size() <= FEW) {
            changed.forEach(m -> restyle(m, is.contains(m)));
            return;
        }
        int from = changed.stream().mapToInt(Mark::offset).min().orElse(0);
        int to = Math.min(area.getLength(), changed.stream().mapToInt(Mark::end).max().orElse(0));
        if (to > from) {
            StyleSpans<Collection<String>> plain = area.getStyleSpans(from, to).mapStyles(style -> {
                List<String> without = new ArrayList<>(style);
                without.remove(STYLE);
                return without;
            });
            area.setStyleSpans(from, overlay(plain, from));
        }
    }

    private static boolean inside(Mark m, int[] range) {
        return m.offset() >= range[0] && m.end() <= range[1];
    }

    /** Forgets the marks without restyling: the text they were on was replaced. */
    void clear() {
        marks = List.of();
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
