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
                                         boolean typed, Layout layout) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        String lead = old.span().length() == 0 && old.span().start() > 0
                && !Character.isWhitespace(text.charAt(old.span().start() - 1)) ? " " : "";
        if (typed) {
            out.add(lead + value);
        }
        switch (style) {
            case PLAIN -> out.add(lead + layout.quoting().whereNeeded().write(value, flow));
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
                    out.add(lead + YamlScalars.block(header, value, blockIndent(text, old, layout), Lines.lineBreak(text)));
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

    /** Where a scalar sits: its tree and the map or list holding it, to copy the file's layout from. */
    record Layout(Tree.MapNode root, Tree.Node parent) {
        static Layout of(Tree.MapNode root, Tree.Node parent) {
            return new Layout(root, parent);
        }

        /** Read from the neighbours only when a plain value is written: a keystroke in a long block scalar skips it. */
        Conventions.Quoting quoting() {
            return Conventions.quoting(Conventions.members(parent));
        }
    }

    /**
     * The indentation of a block scalar's content: as it is now, or, for one with no lines yet,
     * as the file indents its other block scalars (see {@link Conventions#blockColumn}).
     */
    static String blockIndent(String text, ScalarField old, Layout layout) {
        int now = Conventions.contentIndent(old);
        if (now >= 0) {
            return Lines.spaces(now);
        }
        int keyColumn = indentOf(text, old.span().start());
        if (layout.parent() instanceof Tree.MapNode map && !map.flow()) {
            // the first key of a map in a list item follows its dashes ("  - b:" has its key at 4)
            int lineStart = Lines.lineStart(text, old.span().start()) + keyColumn;
            while (text.startsWith("- ", lineStart) || text.startsWith("-\t", lineStart)) {
                lineStart = skipBlanks(text, lineStart + 1);
            }
            keyColumn = lineStart - Lines.lineStart(text, old.span().start());
            return Lines.spaces(Conventions.blockColumn(text, layout.root(), map, keyColumn));
        }
        return Lines.spaces(keyColumn + Conventions.DEFAULT_STEP);
    }

    private static int skipBlanks(String text, int at) {
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
            at++;
        }
        return at;
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
