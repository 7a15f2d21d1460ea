package org.masthead.session;

/**
 * The unsaved marker of one article, safe to read from any thread. Every edit sets it at once and
 * counts itself; a check that the article is back to its saved bytes clears it only if no edit
 * came in since the check started, so a late result never hides a newer keystroke.
 */
public final class DirtyMarker {
    private long edits;
    private volatile boolean dirty;
    private volatile Runnable onChange = () -> { };

    /** Runs, on the thread that made the change, whenever the marker appears or goes. */
    public void setOnChange(Runnable action) {
        onChange = action;
    }

    public void edited() {
        boolean was;
        synchronized (this) {
            edits++;
            was = dirty;
            dirty = true;
        }
        if (!was) {
            onChange.run();
        }
    }

    /** How many edits were made so far: take it before a check, hand it to {@link #clearIfNoEditSince}. */
    public synchronized long edits() {
        return edits;
    }

    /** Clears the marker when no edit came after the first {@code count}; returns the marker. */
    public boolean clearIfNoEditSince(long count) {
        boolean cleared;
        synchronized (this) {
            cleared = dirty && edits == count;
            if (cleared) {
                dirty = false;
            }
        }
        if (cleared) {
            onChange.run();
        }
        return dirty;
    }

    public boolean isDirty() {
        return dirty;
    }
}
