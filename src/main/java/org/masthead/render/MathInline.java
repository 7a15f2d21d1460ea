package org.masthead.render;

import org.commonmark.node.CustomNode;

/** TeX found inside a paragraph: {@code $...$}, {@code \(...\)}, or display math written inline ({@code $$...$$}, {@code \[...\]}). */
final class MathInline extends CustomNode {
    private final String tex;
    private final boolean display;

    MathInline(String tex, boolean display) {
        this.tex = tex;
        this.display = display;
    }

    String tex() {
        return tex;
    }

    boolean display() {
        return display;
    }
}
