package org.masthead.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Images, with remote ones held back unless allowed: a preview must not call home (tracking
 * pixels, offline use). A held-back image shows its alt text in a {@code span.blocked-image}
 * whose title names the address, so the writer still sees what would be there.
 */
final class SafeImageRenderer implements NodeRenderer {
    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;
    private final boolean allowRemote;
    private final UnaryOperator<String> localImages;

    SafeImageRenderer(HtmlNodeRendererContext context, boolean allowRemote, UnaryOperator<String> localImages) {
        this.context = context;
        this.html = context.getWriter();
        this.allowRemote = allowRemote;
        this.localImages = localImages;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Image.class);
    }

    @Override
    public void render(Node node) {
        Image image = (Image) node;
        String alt = altText(image);
        String url = image.getDestination();
        if (!allowRemote && SafeUrls.isRemote(url)) {
            Map<String, String> attrs = new LinkedHashMap<>();
            attrs.put("class", "blocked-image");
            attrs.put("title", "Remote image not loaded: " + url);
            html.tag("span", context.extendAttributes(image, "span", attrs));
            html.text(alt.isBlank() ? "[image]" : alt);
            html.tag("/span");
            return;
        }
        if (!SafeUrls.isRemote(url)) {
            url = localImages.apply(url);
        }
        if (context.shouldSanitizeUrls()) {
            url = context.urlSanitizer().sanitizeImageUrl(url);
        }
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("src", context.encodeUrl(url));
        attrs.put("alt", alt);
        if (image.getTitle() != null) {
            attrs.put("title", image.getTitle());
        }
        html.tag("img", context.extendAttributes(image, "img", attrs), true);
    }

    private static String altText(Image image) {
        StringBuilder out = new StringBuilder();
        image.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak softLineBreak) {
                out.append('\n');
            }

            @Override
            public void visit(HardLineBreak hardLineBreak) {
                out.append('\n');
            }

            @Override
            public void visit(CustomNode node) {
                if (node instanceof MathInline math) {
                    out.append(math.tex());
                } else {
                    visitChildren(node);
                }
            }
        });
        return out.toString();
    }
}
