package org.masthead.content;

import java.util.ArrayList;
import java.util.List;

/**
 * A text with git's conflict markers, cut into what both sides agree on and the places where a
 * choice is left: for the front matter, the raw file; for a one-line body field, its decoded
 * Markdown. {@link #resolve} puts the text together from one choice per conflict.
 *
 * <pre>{@code
 * MarkerConflicts c = MarkerConflicts.parse(text);
 * String resolved = c.resolve(List.of("mine's value", c.conflicts().get(1).theirs()));
 * }</pre>
 */
public record MarkerConflicts(List<Object> parts) {
    /** One conflict: each side's lines joined (with their line breaks), and the label after {@code <<<<<<<}. */
    public record Conflict(String mine, String theirs, String label) {
    }

    /** Whether {@code text} holds a conflict marker at the start of a line. */
    public static boolean hasMarkers(String text) {
        return text.startsWith("<<<<<<< ") || text.contains("\n<<<<<<< ");
    }

    public static MarkerConflicts parse(String text) {
        List<Object> parts = new ArrayList<>();
        StringBuilder clean = new StringBuilder();
        StringBuilder mine = new StringBuilder();
        StringBuilder theirs = new StringBuilder();
        String label = "";
        int state = 0; // 0 outside, 1 mine, 2 a diff3 base (skipped), 3 theirs
        for (String line : LineMerge.lines(text)) {
            String bare = line.stripTrailing();
            if (state == 0 && bare.startsWith("<<<<<<<")) {
                parts.add(clean.toString());
                clean.setLength(0);
                mine.setLength(0);
                theirs.setLength(0);
                label = bare.length() > 8 ? bare.substring(8) : "";
                state = 1;
            } else if (state == 1 && bare.startsWith("|||||||")) {
                state = 2;
            } else if ((state == 1 || state == 2) && bare.equals("=======")) {
                state = 3;
            } else if (state == 3 && bare.startsWith(">>>>>>>")) {
                boolean lastLine = !line.endsWith("\n");
                // without a break after the closing marker, the text ended inside the conflict
                parts.add(new Conflict(lastLine ? strip(mine.toString()) : mine.toString(),
                        lastLine ? strip(theirs.toString()) : theirs.toString(), label));
                state = 0;
            } else if (state == 0) {
                clean.append(line);
            } else if (state == 1) {
                mine.append(line);
            } else if (state == 3) {
                theirs.append(line);
            }
        }
        parts.add(clean.toString());
        return new MarkerConflicts(List.copyOf(parts));
    }

    private static String strip(String text) {
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }

    public List<Conflict> conflicts() {
        return parts.stream().filter(Conflict.class::isInstance).map(Conflict.class::cast).toList();
    }

    /** The text with conflict {@code i} replaced by {@code choices.get(i)}. */
    public String resolve(List<String> choices) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        for (Object part : parts) {
            out.append(part instanceof Conflict ? choices.get(i++) : (String) part);
        }
        return out.toString();
    }
}
