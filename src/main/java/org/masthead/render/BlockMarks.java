package org.masthead.render;

import java.util.Set;
import org.commonmark.node.Document;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;

/**
 * Renders the document's top-level blocks with {@link PageOptions#BLOCK_MARK} before each one;
 * {@link MarkdownRenderer} adds the one after the last, behind what renderers write after the
 * blocks (the footnotes). A live preview compares the blocks of two renders and replaces only those that
 * differ, which for a 1 MB article is the difference between re-laying out one paragraph and all.
 */
final class BlockMarks implements NodeRenderer {
    private final HtmlNodeRendererContext context;

    BlockMarks(HtmlNodeRendererContext context) {
        this.context = context;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Document.class);
    }

    @Override
    public void render(Node document) {
        for (Node block = document.getFirstChild(); block != null; ) {
            Node next = block.getNext();
            context.getWriter().raw(PageOptions.BLOCK_MARK);
            context.render(block);
            block = next;
        }
    }
}
