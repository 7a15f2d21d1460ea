package org.masthead.ui;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

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

    static StyleSpans<Collection<String>> style(String text) {
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        Matcher matcher = PATTERN.matcher(text);
        int last = 0;
        while (matcher.find()) {
            spans.add(Collections.emptyList(), matcher.start() - last);
            spans.add(List.of("md-" + group(matcher).toLowerCase(java.util.Locale.ROOT)), matcher.end() - matcher.start());
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
