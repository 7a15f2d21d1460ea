package org.masthead.content;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A three-way merge of lines, as git does it: a change one side made where the other kept the
 * base is taken; changes of both sides that overlap or touch form one region, which is clean when
 * both made it the same way and a conflict otherwise. A conflict covers only the lines of that
 * region, so the markers sit around the smallest possible part.
 *
 * <p>Lines keep their line breaks ({@link #lines}), so joining the result gives the text back
 * exactly wherever it is clean.
 *
 * <pre>{@code
 * LineMerge.Result r = LineMerge.merge(LineMerge.lines(base), LineMerge.lines(mine), LineMerge.lines(theirs));
 * String text = r.text("ours", "theirs", "\n");
 * }</pre>
 */
public final class LineMerge {
    /** A run of the result: clean lines, or the two versions of a region both sides changed. */
    public sealed interface Chunk permits Clean, Conflict {
    }

    public record Clean(List<String> lines) implements Chunk {
    }

    public record Conflict(List<String> mine, List<String> base, List<String> theirs) implements Chunk {
    }

    /** The merged lines; {@link #conflicts()} counts the regions both sides changed differently. */
    public record Result(List<Chunk> chunks) {
        public long conflicts() {
            return chunks.stream().filter(Conflict.class::isInstance).count();
        }

        /**
         * The text, each conflict between standard markers. {@code mineLabel} follows
         * {@code <<<<<<< } and may carry a comment; {@code newline} ends the marker lines.
         */
        public String text(String mineLabel, String theirsLabel, String newline) {
            StringBuilder out = new StringBuilder();
            for (Chunk chunk : chunks) {
                if (chunk instanceof Clean clean) {
                    clean.lines().forEach(out::append);
                } else if (chunk instanceof Conflict c) {
                    boolean lastHadBreak = endsWithBreak(c.mine()) || c.mine().isEmpty() && endsWithBreak(c.theirs());
                    out.append("<<<<<<< ").append(mineLabel).append(newline);
                    appendLines(out, c.mine(), newline);
                    out.append("=======").append(newline);
                    appendLines(out, c.theirs(), newline);
                    out.append(">>>>>>> ").append(theirsLabel);
                    if (lastHadBreak || !isLast(chunk)) {
                        out.append(newline);
                    }
                }
            }
            return out.toString();
        }

        private boolean isLast(Chunk chunk) {
            return chunks.get(chunks.size() - 1) == chunk;
        }
    }

    private LineMerge() {
    }

    /** The lines of {@code text}, each with its line break; the last one may have none. */
    public static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', from)) {
            out.add(text.substring(from, i + 1));
            from = i + 1;
        }
        if (from < text.length()) {
            out.add(text.substring(from));
        }
        return out;
    }

    /** A change to the base: lines {@code [from, to)} replaced by {@code lines}, by one side. */
    private record Change(int from, int to, List<String> lines, boolean mine) {
    }

    public static Result merge(List<String> base, List<String> mine, List<String> theirs) {
        List<Change> all = new ArrayList<>(changes(base, mine, true));
        all.addAll(changes(base, theirs, false));
        all.sort(Comparator.comparingInt(Change::from).thenComparingInt(Change::to));
        List<Chunk> chunks = new ArrayList<>();
        int at = 0;
        int i = 0;
        while (i < all.size()) {
            int from = all.get(i).from();
            int to = all.get(i).to();
            int j = i + 1;
            // changes that overlap or touch the region so far join it, as in git
            while (j < all.size() && all.get(j).from() <= to) {
                to = Math.max(to, all.get(j).to());
                j++;
            }
            List<Change> region = all.subList(i, j);
            if (at < from) {
                chunks.add(new Clean(List.copyOf(base.subList(at, from))));
            }
            List<String> ours = applied(base, from, to, region, true);
            List<String> other = applied(base, from, to, region, false);
            if (ours.equals(other) || region.stream().allMatch(Change::mine)) {
                chunks.add(new Clean(ours));
            } else if (region.stream().noneMatch(Change::mine)) {
                chunks.add(new Clean(other));
            } else {
                chunks.add(new Conflict(ours, List.copyOf(base.subList(from, to)), other));
            }
            at = to;
            i = j;
        }
        if (at < base.size()) {
            chunks.add(new Clean(List.copyOf(base.subList(at, base.size()))));
        }
        return new Result(joinClean(chunks));
    }

    /** The base's lines {@code [from, to)} with one side's changes in that region made. */
    private static List<String> applied(List<String> base, int from, int to, List<Change> region, boolean mine) {
        List<String> out = new ArrayList<>();
        int at = from;
        for (Change change : region) {
            if (change.mine() != mine) {
                continue;
            }
            out.addAll(base.subList(at, change.from()));
            out.addAll(change.lines());
            at = change.to();
        }
        out.addAll(base.subList(at, to));
        return out;
    }

    private static List<Change> changes(List<String> base, List<String> edited, boolean mine) {
        List<Change> out = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(base, edited).getDeltas()) {
            int from = delta.getSource().getPosition();
            out.add(new Change(from, from + delta.getSource().size(), List.copyOf(delta.getTarget().getLines()), mine));
        }
        return out;
    }

    private static List<Chunk> joinClean(List<Chunk> chunks) {
        List<Chunk> out = new ArrayList<>();
        for (Chunk chunk : chunks) {
            if (chunk instanceof Clean clean && !out.isEmpty() && out.get(out.size() - 1) instanceof Clean last) {
                List<String> lines = new ArrayList<>(last.lines());
                lines.addAll(clean.lines());
                out.set(out.size() - 1, new Clean(lines));
            } else {
                out.add(chunk);
            }
        }
        return out;
    }

    private static boolean endsWithBreak(List<String> lines) {
        return !lines.isEmpty() && lines.get(lines.size() - 1).endsWith("\n");
    }

    private static void appendLines(StringBuilder out, List<String> lines, String newline) {
        lines.forEach(out::append);
        if (!lines.isEmpty() && !endsWithBreak(lines)) {
            out.append(newline);
        }
    }
}
