package org.masthead.render;

import java.util.List;
import java.util.function.UnaryOperator;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown to an HTML fragment for the preview and for export: GFM tables, strikethrough,
 * autolinks, task lists, heading anchors, footnotes, GitHub alerts, Docusaurus admonitions,
 * definition lists and emoji shortcodes, with TeX math kept away from Markdown. The template syntax of static site generators
 * (Hugo shortcodes, Liquid and Nunjucks tags, MDX components) is shown as labelled placeholders
 * and never run. Raw HTML is shown as text and unsafe URLs are emptied, since articles come from
 * anyone with commit rights. Every block element carries {@code data-source-line} and
 * {@code dir="auto"}. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * String html = new MarkdownRenderer(false).render("Energy: $E = mc^2$");
 * }</pre>
 */
public final class MarkdownRenderer {
    private static final List<Extension> EXTENSIONS = List.of(
            TablesExtension.create(),
            StrikethroughExtension.create(),
            AutolinkExtension.create(),
            TaskListItemsExtension.create(),
            HeadingAnchorExtension.create(),
            FootnotesExtension.create(),
            MathExtension.create());

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final boolean blockMarks;
    // the live preview (the one renderer with block marks) is a WebView, which does not join Arabic itself
    private final boolean shapeArabic;

    /** @param allowRemoteImages whether {@code http(s)} images are loaded; when false they show as alt text */
    public MarkdownRenderer(boolean allowRemoteImages) {
        this(allowRemoteImages, UnaryOperator.identity(), false);
    }

    /**
     * @param localImages rewrites each non-remote image address, e.g. into a data URL for export
     * @param blockMarks  separate the top-level blocks with {@link PageOptions#BLOCK_MARK}
     */
    MarkdownRenderer(boolean allowRemoteImages, UnaryOperator<String> localImages, boolean blockMarks) {
        this.parser = parser(TemplateScan.EMPTY);
        this.blockMarks = blockMarks;
        this.shapeArabic = blockMarks;
        HtmlRenderer.Builder builder = HtmlRenderer.builder();
        if (blockMarks) {
            // added before the extensions' renderers, so it replaces the core rendering of Document
            builder.nodeRendererFactory(BlockMarks::new);
        }
        this.renderer = builder
                .extensions(EXTENSIONS)
                .escapeHtml(true)
                .sanitizeUrls(true)
                .urlSanitizer(new SafeUrls())
                .attributeProviderFactory(context -> new SourceLineAttributes())
                .nodeRendererFactory(context -> new SafeImageRenderer(context, allowRemoteImages, localImages))
                .nodeRendererFactory(TemplateRenderer::new)
                .nodeRendererFactory(Alert.Renderer::new)
                .nodeRendererFactory(DefinitionList.Renderer::new)
                .nodeRendererFactory(Admonition.Renderer::new)
                .build();
    }

    /**
     * A parser that knows where the template tags of one text stand alone on their lines; the
     * shared one, for texts with none, is built once.
     */
    private static Parser parser(TemplateScan scan) {
        return Parser.builder()
                .extensions(EXTENSIONS)
                .customBlockParserFactory(new TemplateBlockParser.Factory(scan))
                .customBlockParserFactory(new DefinitionList.Factory())
                .customBlockParserFactory(new Admonition.Factory())
                .customInlineContentParserFactory(new TemplateInlineParser.Factory())
                .linkProcessor(new TemplateLinks())
                .postProcessor(new Alert.Processor())
                .postProcessor(new Emoji())
                .postProcessor(new ShortcodeEscapes())
                .includeSourceSpans(IncludeSourceSpans.BLOCKS)
                .build();
    }

    /** The HTML of {@code markdown}; never throws for any input text. */
    public String render(String markdown) {
        return render(markdown, SiteLinks.AS_WRITTEN);
    }

    /** The HTML of {@code markdown}, with its links and images resolved as {@code links} says. */
    public String render(String markdown, SiteLinks links) {
        return render(parse(markdown == null ? "" : markdown, links));
    }

    Node parse(String markdown) {
        return parse(markdown, SiteLinks.AS_WRITTEN);
    }

    Node parse(String markdown, SiteLinks links) {
        TemplateScan scan = TemplateScan.of(markdown);
        Node document = (scan.isEmpty() ? parser : parser(scan)).parse(markdown);
        TemplateLinks.resolve(document, links);
        if (shapeArabic) {
            ArabicShapes.shapeAll(document);
        }
        return document;
    }

    String render(Node document) {
        if (!blockMarks) {
            return renderer.render(document);
        }
        // the last mark follows what renderers add after the blocks (footnotes), so it stays the last block's
        StringBuilder out = new StringBuilder();
        renderer.render(document, out);
        return out.append(PageOptions.BLOCK_MARK).toString();
    }
}
