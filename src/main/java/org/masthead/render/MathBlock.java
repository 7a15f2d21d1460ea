package org.masthead.render;

import org.commonmark.node.CustomBlock;

/**
 * Display math on lines of its own, between {@code $$} or {@code \[ \]} fences. A block whose
 * closing fence never came is kept as an ordinary paragraph: its lines are then parsed as
 * Markdown into this node's children, so nothing typed is lost from the preview.
 */
final class MathBlock extends CustomBlock {
    private String tex = "";
    private boolean closed;

    String tex() {
        return tex;
    }

    boolean closed() {
        return closed;
    }

    /** Set once by the block parser when the block ends; the node exists before its content is known. */
    void finish(String tex, boolean closed) {
        this.tex = tex;
        this.closed = closed;
    }
}
