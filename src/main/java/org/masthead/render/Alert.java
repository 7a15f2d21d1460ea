package org.masthead.render;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * A GitHub alert, {@code > [!NOTE]} on the first line of a block quote, rendered the way GitHub
 * and Hugo's alert hooks do: a {@code div.markdown-alert.markdown-alert-note} with a title.
 */
final class Alert extends CustomBlock {
    private static final Set<String> KINDS = Set.of("note", "tip", "important", "warning", "caution");

    private final String kind;

    Alert(String kind) {
        this.kind = kind;
    }

    String kind() {
        return kind;
    }

    /** Turns each block quote that starts with an alert marker into an {@link Alert}. */
    static final class Processor implements PostProcessor {
        @Override
        public Node process(Node document) {
            document.accept(new AbstractVisitor() {
                @Override
                public void visit(BlockQuote quote) {
                    visitChildren(quote);
                    String kind = marker(quote);
                    if (kind != null) {
                        replace(quote, kind);
                    }
                }
            });
            return document;
        }

        private static String marker(BlockQuote quote) {
            if (!(quote.getFirstChild() instanceof Paragraph first) || !(first.getFirstChild() instanceof Text text)) {
                return null;
            }
            String literal = text.getLiteral();
            Node after = text.getNext();
            if (!literal.startsWith("[!") || !literal.endsWith("]")
                    || !(after == null || after instanceof SoftLineBreak || after instanceof HardLineBreak)) {
                return null;
            }
            String kind = literal.substring(2, literal.length() - 1).toLowerCase(Locale.ROOT);
            return KINDS.contains(kind) ? kind : null;
        }

        private static void replace(BlockQuote quote, String kind) {
            Paragraph first = (Paragraph) quote.getFirstChild();
            Node text = first.getFirstChild();
            if (text.getNext() != null) {
                text.getNext().unlink();
            }
            text.unlink();
            if (first.getFirstChild() == null) {
                first.unlink();
            }
            Alert alert = new Alert(kind);
            alert.setSourceSpans(quote.getSourceSpans());
            for (Node child = quote.getFirstChild(); child != null; ) {
                Node next = child.getNext();
                alert.appendChild(child);
                child = next;
            }
            quote.insertBefore(alert);
            quote.unlink();
        }
    }

    static final class Renderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        Renderer(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Alert.class);
        }

        @Override
        public void render(Node node) {
            Alert alert = (Alert) node;
            html.line();
            html.tag("div", context.extendAttributes(alert, "div",
                    Map.of("class", "markdown-alert markdown-alert-" + alert.kind())));
            html.tag("p", Map.of("class", "markdown-alert-title"));
            html.text(alert.kind().substring(0, 1).toUpperCase(Locale.ROOT) + alert.kind().substring(1));
            html.tag("/p");
            html.line();
            for (Node child = alert.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
            html.tag("/div");
            html.line();
        }
    }
}
