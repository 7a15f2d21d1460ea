package org.masthead.session;

import java.util.List;

/**
 * Which run of a long article's blocks the preview's page holds. WebKit styles, lays out and
 * paints its whole page after any change, so with all 10,000 blocks of a 1 MB article in the
 * page each keystroke held the FX thread for over 100 ms. Holding a few hundred blocks around
 * where the user is, with spacers standing in for the rest, makes that cost independent of the
 * article's length. This class only does the bookkeeping; {@link PreviewPane} moves the page.
 */
public final class BlockWindow {
    private final int size;
    private int count;
    private int from;
    private int to;

    /** A window of about {@code size} blocks. */
    public BlockWindow(int size) {
        if (size < 4) {
            throw new IllegalArgumentException("a window holds at least 4 blocks, not " + size);
        }
        this.size = size;
    }

    /** The first block the page holds. */
    public int from() {
        return from;
    }

    /** One past the last block the page holds. */
    public int to() {
        return to;
    }

    /** Blocks in the whole article. */
    public int count() {
        return count;
    }

    /** Places the window over an article of {@code count} blocks with {@code anchor} in its first third. */
    public void centre(int anchor, int count) {
        this.count = count;
        from = Math.max(0, Math.min(anchor - size / 3, count - size));
        to = Math.min(count, from + size);
    }

    /**
     * Whether the page holds block {@code index} with at least {@code margin} blocks on each side,
     * counting the article's own start and end as margin enough.
     */
    public boolean holds(int index, int margin) {
        return index >= from && index < to
                && (from == 0 || index - from >= margin)
                && (to == count || to - index > margin);
    }

    /**
     * What a patch of the whole article does to the page. A patch inside the window comes back in
     * page positions; one wholly before it comes back empty but for moving the page's source lines;
     * one wholly after it comes back empty. Null means it crosses an edge of the window, or leaves
     * the window too small or too large, and the page must be filled again after {@link #centre}.
     */
    public PreviewBlocks.Patch onPage(PreviewBlocks.Patch patch) {
        int start = patch.from();
        int end = start + patch.remove();
        int grow = patch.insert().size() - patch.remove();
        int before = count;
        count += grow;
        if (start < from && end <= from) {
            from += grow;
            to += grow;
            return new PreviewBlocks.Patch(0, 0, List.of(), patch.lineDelta());
        }
        // the end of the article is in the page, so an addition there belongs to it
        if (start > to || (start == to && to < before)) {
            return new PreviewBlocks.Patch(0, 0, List.of(), 0);
        }
        if (start >= from && end <= to) {
            to += grow;
            int held = to - from;
            if (held <= 2 * size && (held >= size / 2 || held == count)) {
                return new PreviewBlocks.Patch(start - from, patch.remove(), patch.insert(), patch.lineDelta());
            }
        }
        return null;
    }
}
