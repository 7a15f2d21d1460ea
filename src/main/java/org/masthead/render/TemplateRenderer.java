package org.masthead.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Template tags as placeholders: a block labelled with the tag's name and arguments around its
 * rendered inner Markdown (or its code), a chip for a tag inside text. All of it is text: nothing
 * a tag says reaches the page as markup. An inline MDX component, which the Markdown parser sees
 * as raw HTML, becomes a chip too; other raw HTML stays escaped text, as before.
 */
final class TemplateRenderer implements NodeRenderer {
    private static final Pattern LANG = Pattern.compile("\\blang(?:uage)?\\s*=\\s*\"?([A-Za-z0-9_+-]+)");

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    TemplateRenderer(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(TemplateBlock.class, TemplateInline.class, HtmlInline.class);
    }

    @Override
    public void render(Node node) {
        if (node instanceof TemplateBlock block) {
            renderBlock(block);
        } else if (node instanceof TemplateInline inline) {
            chip(inline, inline.tag());
        } else if (node instanceof HtmlInline raw) {
            TemplateTag tag = TemplateTag.at(raw.getLiteral(), 0);
            // a bare <Name> in prose is more often a generic type (List<String>) than a component
            if (tag != null && tag.syntax() == TemplateSyntax.MDX && tag.end() == raw.getLiteral().length()
                    && (tag.selfClosing() || !tag.args().isEmpty())) {
                chip(raw, tag);
            } else {
                html.text(raw.getLiteral());
            }
        }
    }

    private void renderBlock(TemplateBlock block) {
        TemplateTag tag = block.tag();
        html.line();
        html.tag("div", context.extendAttributes(block, "div", classes("template " + tag.syntax().cssClass(), tag)));
        html.tag("div", Map.of("class", "template-label"));
        label(tag);
        html.tag("/div");
        if (block.code() != null) {
            String language = language(tag);
            html.tag("pre");
            html.tag("code", language == null ? Map.of() : Map.of("class", "language-" + language));
            html.text(block.code());
            html.tag("/code");
            html.tag("/pre");
        } else if (block.getFirstChild() != null) {
            html.tag("div", Map.of("class", "template-body"));
            for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
            html.tag("/div");
        }
        html.tag("/div");
        html.line();
    }

    private void chip(Node node, TemplateTag tag) {
        html.tag("span", context.extendAttributes(node, "span", classes("template-chip " + tag.syntax().cssClass(), tag)));
        label(tag);
        html.tag("/span");
    }

    private Map<String, String> classes(String classes, TemplateTag tag) {
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("class", classes + (tag.closing() ? " template-closing" : ""));
        attrs.put("title", describe(tag));
        return attrs;
    }

    private void label(TemplateTag tag) {
        html.tag("span", Map.of("class", "template-name"));
        html.text(tag.closing() ? "/" + tag.name() : tag.name());
        html.tag("/span");
        if (!tag.args().isEmpty()) {
            html.text(" ");
            html.tag("span", Map.of("class", "template-args"));
            html.text(tag.args());
            html.tag("/span");
        }
    }

    /** What the tag is, for its tooltip: the writer sees it is kept, not run. */
    private static String describe(TemplateTag tag) {
        String what = switch (tag.syntax()) {
            case HUGO, HUGO_MARKDOWN -> "Hugo shortcode";
            case TAG -> "Liquid or Nunjucks tag";
            case OUTPUT -> "Liquid or Nunjucks output";
            case COMMENT -> "Template comment";
            case MDX -> "MDX component";
        };
        return what + " (shown, not run, in the preview)";
    }

    private static String language(TemplateTag tag) {
        if (tag.name().equals("highlight") && !tag.args().isEmpty()) {
            return tag.args().split("\\s+")[0].replaceAll("[^A-Za-z0-9_+-]", "");
        }
        Matcher m = LANG.matcher(tag.args());
        return m.find() ? m.group(1) : null;
    }
}
