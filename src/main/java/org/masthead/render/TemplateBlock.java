package org.masthead.render;

import org.commonmark.node.CustomBlock;

/**
 * A template tag that stands alone on its lines: a placeholder block labelled with its name and
 * arguments. A paired tag holds the Markdown between it and its closing tag as children, or,
 * for a tag whose body is code ({@code code-toggle}, {@code highlight}), that text as
 * {@link #code}.
 */
final class TemplateBlock extends CustomBlock {
    private final TemplateTag tag;
    private String code;

    TemplateBlock(TemplateTag tag) {
        this.tag = tag;
    }

    TemplateTag tag() {
        return tag;
    }

    /** The verbatim body of a tag whose body is code; null for other tags. */
    String code() {
        return code;
    }

    void setCode(String code) {
        this.code = code;
    }
}
