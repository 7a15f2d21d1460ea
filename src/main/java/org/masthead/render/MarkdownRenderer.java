package org.masthead.render;

import java.util.List;
import java.util.function.UnaryOperator;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
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
 * autolinks, task lists and heading anchors, with TeX math kept away from Markdown. Raw HTML is
 * shown as text and unsafe URLs are emptied, since articles come from anyone with commit rights.
 * Every block element carries {@code data-source-line}. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * String html = new MarkdownRenderer(false).render("Energy: $E = mc^2$");
 * }</pre>
 */
public final class MarkdownRenderer {
    private final Parser parser;
    private final HtmlRenderer renderer;

    /** @param allowRemoteImages whether {@code http(s)} images are loaded; when false they show as alt text */
    public MarkdownRenderer(boolean allowRemoteImages) {
        this(allowRemoteImages, UnaryOperator.identity(), false);
    }

    /** @param localImages rewrites each non-remote image address, e.g. into a data URL for export */
    /** @param blockMarks separate the top-level blocks with {@link PageOptions#BLOCK_MARK} */
    MarkdownRenderer(boolean allowRemoteImages, UnaryOperator<String> localImages, boolean blockMarks) {
        List<Extension> extensions = List.of(
                TablesExtension.create(),
                StrikethroughExtension.create(),
                AutolinkExtension.create(),
                TaskListItemsExtension.create(),
                HeadingAnchorExtension.create(),
                MathExtension.create());
        this.parser = Parser.builder()
                .extensions(extensions)
                .includeSourceSpans(IncludeSourceSpans.BLOCKS)
                .build();
        HtmlRenderer.Builder builder = HtmlRenderer.builder();
        if (blockMarks) {
            // added before the extensions' renderers, so it replaces the core rendering of Document
            builder.nodeRendererFactory(BlockMarks::new);
        }
        this.renderer = builder
                .extensions(extensions)
                .escapeHtml(true)
                .sanitizeUrls(true)
                .urlSanitizer(new SafeUrls())
                .attributeProviderFactory(context -> new SourceLineAttributes())
                .nodeRendererFactory(context -> new SafeImageRenderer(context, allowRemoteImages, localImages))
                .build();
    }

    /** The HTML of {@code markdown}; never throws for any input text. */
    public String render(String markdown) {
        return render(parse(markdown == null ? "" : markdown));
    }

    Node parse(String markdown) {
        return parser.parse(markdown);
    }

    String render(Node document) {
        return renderer.render(document);
    }
}
