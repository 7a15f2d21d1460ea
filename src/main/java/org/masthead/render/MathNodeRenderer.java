package org.masthead.render;

import java.util.Map;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Writes math as escaped TeX in elements of class {@code math}; the page's script typesets them
 * with KaTeX. Keeping TeX as text means a page without scripts still shows readable formulas.
 */
final class MathNodeRenderer implements NodeRenderer {
    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    MathNodeRenderer(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(MathInline.class, MathBlock.class);
    }

    @Override
    public void render(Node node) {
        if (node instanceof MathInline math) {
            String kind = math.display() ? "math display" : "math inline";
            html.tag("span", context.extendAttributes(node, "span", Map.of("class", kind)));
            html.text(math.tex());
            html.tag("/span");
        } else if (node instanceof MathBlock block) {
            renderBlock(block);
        }
    }

    private void renderBlock(MathBlock block) {
        html.line();
        if (block.closed()) {
            html.tag("div", context.extendAttributes(block, "div", Map.of("class", "math display")));
            html.text(block.tex());
            html.tag("/div");
        } else {
            html.tag("p", context.extendAttributes(block, "p", Map.of()));
            for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
            html.tag("/p");
        }
        html.line();
    }
}
