package org.masthead.session;

import java.util.ArrayList;
import java.util.List;
import org.masthead.render.ContentBlocks;
import org.masthead.render.PageOptions;

/**
 * The preview's article split at its block marks: what comes before the first Markdown block
 * (title, date, question), the blocks, and what follows them (related articles). Comparing two
 * renders gives the few blocks a keystroke changed, so the preview swaps those instead of the
 * whole article, which for a 1 MB article WebView would re-parse, re-typeset and re-lay out.
 */
public record PreviewBlocks(String head, List<String> blocks, String tail, int[] lines) {
    private static final String MARK = PageOptions.BLOCK_MARK;
    private static final String LINE = "data-source-line=\"";
    // Beyond this many blocks a patch is no cheaper than replacing everything.
    private static final int MAX_PATCH = 2000;

    /**
     * Replace {@code remove} blocks from {@code from} with {@code insert}; the blocks after them
     * moved by {@code lineDelta} source lines.
     */
    public record Patch(int from, int remove, List<String> insert, int lineDelta) {
        public boolean isEmpty() {
            return remove == 0 && insert.isEmpty() && lineDelta == 0;
        }

        /** The inserted blocks as HTML, each after a mark as in the page. */
        public String html() {
            StringBuilder out = new StringBuilder();
            for (String block : insert) {
                out.append(MARK).append(block);
            }
            return out.toString();
        }
    }

    /** The parts of {@code content}, or null when it has no block marks. */
    public static PreviewBlocks of(String content) {
        int first = content.indexOf(MARK);
        if (first < 0) {
            return null;
        }
        int last = content.lastIndexOf(MARK);
        List<String> blocks = new ArrayList<>();
        for (int at = first; at < last; ) {
            int next = content.indexOf(MARK, at + MARK.length());
            blocks.add(content.substring(at + MARK.length(), next));
            at = next;
        }
        return of(content.substring(0, first), blocks, content.substring(last + MARK.length()));
    }

    /** The parts as the renderer gives them, without joining and splitting them again. */
    public static PreviewBlocks of(ContentBlocks content) {
        return of(content.head(), content.blocks(), content.tail());
    }

    private static PreviewBlocks of(String head, List<String> blocks, String tail) {
        // each block's first source line, a block without one taking its predecessor's, so that
        // the array is sorted and a line's block is found by binary search
        int[] lines = new int[blocks.size()];
        int previous = 1;
        for (int i = 0; i < lines.length; i++) {
            int line = firstLine(blocks.get(i));
            previous = line < 0 ? previous : Math.max(previous, line);
            lines[i] = previous;
        }
        return new PreviewBlocks(head, blocks, tail, lines);
    }

    /** The whole content as the page holds it: what {@link #of(String)} was given. */
    public String content() {
        return head + html(0, blocks.size()) + tail;
    }

    /** The block that holds Markdown line {@code line}: the last that starts at or before it; 0 when none does. */
    public int blockAt(int line) {
        int lo = 0;
        int hi = lines.length - 1;
        int found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (lines[mid] <= line) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** Blocks {@code [from, to)} as the page holds them, each after a mark, and the mark after the last. */
    public String html(int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to; i++) {
            out.append(MARK).append(blocks.get(i));
        }
        return out.append(MARK).toString();
    }

    /** How to turn this into {@code next}, or null when the whole article must be replaced. */
    public Patch patchTo(PreviewBlocks next) {
        if (!head.equals(next.head) || !tail.equals(next.tail)) {
            return null;
        }
        List<String> old = blocks;
        List<String> now = next.blocks;
        int n = old.size();
        int m = now.size();
        int p = 0;
        while (p < n && p < m && old.get(p).equals(now.get(p))) {
            p++;
        }
        if (p == n && p == m) {
            return new Patch(p, 0, List.of(), 0);
        }
        int delta = n == 0 || m == 0 ? 0 : Math.max(0, firstLine(now.get(m - 1))) - Math.max(0, firstLine(old.get(n - 1)));
        int s = 0;
        while (s < n - p && s < m - p && shifted(old.get(n - 1 - s), now.get(m - 1 - s), delta)) {
            s++;
        }
        if (m - s - p > MAX_PATCH) {
            return null;
        }
        return new Patch(p, n - p - s, List.copyOf(now.subList(p, m - s)), s == 0 ? 0 : delta);
    }

    /** The first source line in {@code block}, or -1. */
    public static int firstLine(String block) {
        int at = block.indexOf(LINE);
        if (at < 0) {
            return -1;
        }
        int start = at + LINE.length();
        int end = start;
        long line = 0;
        while (end < block.length() && end - start < 9 && block.charAt(end) >= '0' && block.charAt(end) <= '9') {
            line = line * 10 + block.charAt(end++) - '0';
        }
        return end == start ? -1 : (int) line;
    }

    /** Whether {@code now} is {@code old} with every source line moved by {@code delta}. */
    public static boolean shifted(String old, String now, int delta) {
        if (delta == 0) {
            return old.equals(now);
        }
        int i = 0;
        int j = 0;
        while (i < old.length() && j < now.length()) {
            if (old.startsWith(LINE, i) && now.startsWith(LINE, j)) {
                i += LINE.length();
                j += LINE.length();
                int a = 0;
                int b = 0;
                int i0 = i;
                int j0 = j;
                while (i < old.length() && Character.isDigit(old.charAt(i))) {
                    a = a * 10 + old.charAt(i++) - '0';
                }
                while (j < now.length() && Character.isDigit(now.charAt(j))) {
                    b = b * 10 + now.charAt(j++) - '0';
                }
                if (i == i0 || j == j0 || b != a + delta) {
                    return false;
                }
            } else if (old.charAt(i++) != now.charAt(j++)) {
                return false;
            }
        }
        return i == old.length() && j == now.length();
    }
}
