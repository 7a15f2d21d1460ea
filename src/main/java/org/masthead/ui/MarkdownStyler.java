package org.masthead.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.masthead.document.LiteralNewlines;

/**
 * Turns Markdown text into style-class spans for the editor. It is a pure function of the text,
 * so it runs on a background thread; only applying the result touches the FX thread.
 */
final class MarkdownStyler {
    private static final Pattern PATTERN = Pattern.compile(
            "(?<FENCE>^(```|~~~)[^\\n]*\\n(?:.*\\n)*?(?:\\2[^\\n]*$|\\z))"
            + "|(?<DISPLAYMATH>\\$\\$[\\s\\S]*?\\$\\$|\\\\\\[[\\s\\S]*?\\\\\\])"
            + "|(?<HEADING>^#{1,6}[ \\t].*$)"
            + "|(?<TABLE>^\\|.*\\|[ \\t]*$)"
            + "|(?<LIST>^[ \\t]*(?:[-*+]|\\d+[.)])[ \\t])"
            + "|(?<QUOTE>^>.*$)"
            + "|(?<CODE>`[^`\\n]+`)"
            + "|(?<MATH>\\$[^$\\s](?:[^$\\n]*[^$\\s])?\\$|\\\\\\(.*?\\\\\\))"
            + "|(?<STRONG>\\*\\*[^*\\n]+\\*\\*|__[^_\\n]+__)"
            + "|(?<EMPH>\\*[^*\\s][^*\\n]*\\*|(?<![\\w\\\\])_[^_\\s][^_\\n]*_(?!\\w))"
            + "|(?<LINK>!?\\[[^\\]\\n]*\\]\\([^)\\n]*\\))",
            Pattern.MULTILINE);
    private static final String[] GROUPS = {
        "FENCE", "DISPLAYMATH", "HEADING", "TABLE", "LIST", "QUOTE", "CODE", "MATH", "STRONG", "EMPH", "LINK"
    };

    private MarkdownStyler() {
    }

    /** The style class of a place where the body field will not read back as typed (see {@link LiteralNewlines}). */
    static final String LITERAL_NEWLINE = "literal-newline";

    /** {@link #style(String)}, with {@link #LITERAL_NEWLINE} added over each of {@code marks}. */
    static StyleSpans<Collection<String>> style(String text, List<LiteralNewlines.Finding> marks) {
        StyleSpans<Collection<String>> spans = style(text);
        if (marks.isEmpty()) {
            return spans;
        }
        StyleSpansBuilder<Collection<String>> overlay = new StyleSpansBuilder<>();
        int last = 0;
        for (LiteralNewlines.Finding mark : marks) {
            int[] range = shown(text, mark);
            if (range[0] < last || range[1] <= range[0]) {
                continue;
            }
            overlay.add(Collections.emptyList(), range[0] - last);
            overlay.add(List.of(LITERAL_NEWLINE), range[1] - range[0]);
            last = range[1];
        }
        overlay.add(Collections.emptyList(), text.length() - last);
        return spans.overlay(overlay.create(), (base, mark) -> {
            if (mark.isEmpty()) {
                return base;
            }
            List<String> both = new ArrayList<>(base);
            both.addAll(mark);
            return both;
        });
    }

    /**
     * The characters that show a mark: a typed backslash-n itself; for a line break, which the
     * editor draws as nothing, the letters at the start of the next line that it will join.
     */
    static int[] shown(String text, LiteralNewlines.Finding mark) {
        if (mark.kind() == LiteralNewlines.Kind.BECOMES_LINE_BREAK) {
            return new int[] {mark.offset(), mark.offset() + mark.length()};
        }
        int from = mark.offset() + mark.length();
        int to = from;
        while (to < text.length() && Character.isLetter(text.charAt(to))) {
            to++;
        }
        return new int[] {from, Math.min(text.length(), Math.max(to, from + 1))};
    }

    static StyleSpans<Collection<String>> style(String text) {
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        Matcher matcher = PATTERN.matcher(text);
        int last = 0;
        while (matcher.find()) {
            spans.add(Collections.emptyList(), matcher.start() - last);
            spans.add(List.of("md-" + group(matcher).toLowerCase(Locale.ROOT)), matcher.end() - matcher.start());
            last = matcher.end();
        }
        spans.add(Collections.emptyList(), text.length() - last);
        return spans.create();
    }

    private static String group(Matcher matcher) {
        for (String name : GROUPS) {
            if (matcher.group(name) != null) {
                return name;
            }
        }
        throw new IllegalStateException("a match with no group");
    }
}
