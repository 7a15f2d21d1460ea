package org.masthead.render;

import org.commonmark.node.CustomNode;

/** A template tag inside a line of text, shown as a labelled chip. */
final class TemplateInline extends CustomNode {
    private final TemplateTag tag;

    TemplateInline(TemplateTag tag) {
        this.tag = tag;
    }

    TemplateTag tag() {
        return tag;
    }
}
