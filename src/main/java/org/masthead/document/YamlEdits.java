package org.masthead.document;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** The YAML text to splice in for a scalar edit, in order of preference. */
final class YamlEdits {
    private YamlEdits() {
    }

    /**
     * Candidate replacements for {@code old} (each for its whole span), best first. The caller
     * keeps the first one that reads back as {@code value}; the last is always double-quoted,
     * which can hold any string.
     */
    static List<String> scalarCandidates(String text, ScalarField old, ScalarStyle style, String value, boolean flow,
                                         boolean typed) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        String lead = old.span().length() == 0 && old.span().start() > 0
                && !Character.isWhitespace(text.charAt(old.span().start() - 1)) ? " " : "";
        if (typed) {
            out.add(lead + value);
        }
        switch (style) {
            case PLAIN -> out.add(lead + YamlScalars.plainOrQuoted(value, flow));
            case SINGLE_QUOTED -> {
                if (YamlScalars.canSingleQuote(value)) {
                    out.add(YamlScalars.singleQuoted(value));
                }
            }
            case DOUBLE_QUOTED -> {
            }
            default -> {
                if (!value.isEmpty() && !flow) {
                    String header = isBlock(old.style()) ? old.raw() : isFolded(style) ? ">" : "|";
                    out.add(lead + YamlScalars.block(header, value, blockIndent(text, old), Lines.lineBreak(text)));
                }
            }
        }
        out.add(lead + YamlScalars.doubleQuoted(value));
        return new ArrayList<>(out);
    }

    private static boolean isFolded(ScalarStyle style) {
        return style == ScalarStyle.FOLDED || style == ScalarStyle.FOLDED_STRIP || style == ScalarStyle.FOLDED_KEEP;
    }

    private static boolean isBlock(ScalarStyle style) {
        return isFolded(style) || style == ScalarStyle.LITERAL || style == ScalarStyle.LITERAL_STRIP
                || style == ScalarStyle.LITERAL_KEEP;
    }

    /** The indentation of a block scalar's content: as it is now, or two more than its key's line. */
    static String blockIndent(String text, ScalarField old) {
        String raw = old.raw();
        int at = Lines.nextLineStart(raw, 0);
        while (at < raw.length()) {
            int end = Lines.lineEnd(raw, at);
            if (!raw.substring(at, end).isBlank()) {
                int spaces = 0;
                while (raw.charAt(at + spaces) == ' ') {
                    spaces++;
                }
                return Lines.spaces(spaces);
            }
            at = Lines.nextLineStart(raw, at);
        }
        return Lines.spaces(indentOf(text, old.span().start()) + 2);
    }

    /** The number of spaces that start the line holding {@code offset}. */
    static int indentOf(String text, int offset) {
        int start = Lines.lineStart(text, offset);
        int i = start;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i - start;
    }
}
