package org.masthead.render;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.masthead.content.Dates;

/**
 * The full HTML page of an article as the site shows it: title, "Posted on" and the formatted
 * date, the question, the answer, then related articles. The page is offline and inert: Markdown
 * cannot inject HTML, remote images are not requested unless allowed, and a
 * Content-Security-Policy lets only the bundled KaTeX and our typesetting script run (both are
 * inlined and allowed by hash) and blocks fetches, frames and plugins.
 *
 * <pre>{@code
 * String html = new ArticlePage(PageOptions.preview()).render(view);
 * }</pre>
 *
 * The article sits in {@code <article id="content">}; a caller that swaps in
 * {@link #renderContent} can retypeset with {@code window.mastheadTypeset(root)}. With
 * {@link PageOptions#pageScripts()} off the page carries no script and allows none; the caller
 * then injects {@link Assets#katexScript()} and {@link Assets#typesetScript()} itself.
 * Instances are immutable and thread-safe.
 */
public final class ArticlePage {
    /** Scheme of related-article links in the preview; the window intercepts them. */
    public static final String ARTICLE_LINK_PREFIX = "masthead:article/";

    private final PageOptions options;
    private final MarkdownRenderer markdown;
    // a live preview renders the same article again after each keystroke: only its edited blocks are redone
    private final IncrementalBody body;

    public ArticlePage(PageOptions options) {
        this.options = options;
        this.markdown = options.inlineAssets() && options.baseUri() != null
                ? new MarkdownRenderer(options.allowRemoteImages(), new LocalImages(URI.create(options.baseUri())), false)
                : new MarkdownRenderer(options.allowRemoteImages(), UnaryOperator.identity(), options.blockMarks());
        this.body = options.blockMarks() && !options.inlineAssets() ? new IncrementalBody(markdown) : null;
    }

    public PageOptions options() {
        return options;
    }

    /** The whole page, {@code <!DOCTYPE html>} to {@code </html>}. */
    public String render(ArticleView view) {
        return render(view, SiteLinks.AS_WRITTEN);
    }

    /** The whole page, with the article's links and images resolved as its site resolves them. */
    public String render(ArticleView view, SiteLinks links) {
        String content = renderContent(view, links);
        StringBuilder page = new StringBuilder(content.length() + (options.pageScripts() ? 320_000 : 32_000));
        page.append("<!DOCTYPE html>\n<html lang=\"en\" class=\"")
                .append(options.darkTheme() ? "theme-dark" : "theme-light").append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(securityPolicy()).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(blank(view.title()) ? "Preview" : view.title().strip())).append("</title>\n");
        if (options.baseUri() != null && !options.inlineAssets()) {
            page.append("<base href=\"").append(escape(options.baseUri())).append("\">\n");
        }
        page.append("<style>\n").append(options.inlineAssets() ? Assets.katexCssEmbedded() : Assets.katexCssLinked())
                .append("\n</style>\n")
                .append("<style>\n").append(Assets.previewCss()).append("</style>\n")
                .append("</head>\n<body>\n<article id=\"content\">\n")
                .append(content)
                .append("</article>\n");
        if (options.pageScripts()) {
            for (String script : Assets.scripts()) {
                page.append("<script>").append(script).append("</script>\n");
            }
        }
        return page.append("</body>\n</html>\n").toString();
    }

    /** The inside of {@code #content}: the article without the page around it. */
    public String renderContent(ArticleView view) {
        return renderContent(view, SiteLinks.AS_WRITTEN);
    }

    /** {@link #renderContent(ArticleView)} with the article's links and images resolved by {@code links}. */
    public String renderContent(ArticleView view, SiteLinks links) {
        String html = body != null ? body.render(view.markdown(), links) : markdown.render(view.markdown(), links);
        String head = head(view);
        String tail = tail(view);
        return new StringBuilder(head.length() + html.length() + tail.length()).append(head).append(html).append(tail)
                .toString();
    }

    /**
     * {@link #renderContent} in parts, for options with {@link PageOptions#blockMarks()} that are
     * not an export. Rendering the same article again returns the blocks an edit did not touch as
     * the same {@code String} instances, so comparing two renders costs little.
     */
    public ContentBlocks renderBlocks(ArticleView view) {
        return renderBlocks(view, SiteLinks.AS_WRITTEN);
    }

    /** {@link #renderBlocks(ArticleView)} with the article's links and images resolved by {@code links}. */
    public ContentBlocks renderBlocks(ArticleView view, SiteLinks links) {
        if (body == null) {
            throw new IllegalStateException("blocks are rendered apart only for a preview with block marks");
        }
        return new ContentBlocks(head(view), body.renderBlocks(view.markdown(), links), tail(view));
    }

    /** What comes before the body's HTML: title, date, question and the answer's opening tag. */
    private String head(ArticleView view) {
        StringBuilder out = new StringBuilder();
        if (!blank(view.title())) {
            out.append("<h1 class=\"title\" dir=\"auto\">").append(escape(shaped(view.title().strip()))).append("</h1>\n");
        }
        appendPosted(out, view);
        if (!blank(view.question())) {
            out.append("<p class=\"question\" dir=\"auto\">").append(escape(shaped(view.question().strip()))).append("</p>\n");
        }
        return out.append("<div class=\"answer\">\n").toString();
    }

    /** The live preview joins Arabic letters itself: see {@link ArabicShapes}. */
    private String shaped(String text) {
        return options.blockMarks() && !options.inlineAssets() ? ArabicShapes.shape(text) : text;
    }

    /** What follows the body's HTML: the answer's closing tag and the related articles. */
    private String tail(ArticleView view) {
        StringBuilder out = new StringBuilder("</div>\n");
        appendRelated(out, view);
        return out.toString();
    }

    private static void appendPosted(StringBuilder out, ArticleView view) {
        if (blank(view.date())) {
            return;
        }
        String date = view.date().strip();
        out.append("<p class=\"posted\" dir=\"auto\">");
        if (!blank(view.postOnText())) {
            out.append(escape(view.postOnText().strip())).append(' ');
        }
        LocalDate iso = Dates.leadingDay(date);
        out.append(iso == null ? "<time>" : "<time datetime=\"" + iso + "\">")
                .append(escape(DateFormats.format(date, view.dateFormat())))
                .append("</time></p>\n");
    }

    private void appendRelated(StringBuilder out, ArticleView view) {
        if (view.related().isEmpty()) {
            return;
        }
        out.append("<section class=\"related\">\n<h2>Related articles</h2>\n<ul>\n");
        for (RelatedLink link : view.related()) {
            String text = escape(firstNonBlank(link.title(), link.url(), link.id(), "Untitled"));
            String href = href(link);
            out.append("<li dir=\"auto\">");
            if (href == null) {
                out.append(text);
            } else {
                out.append("<a href=\"").append(escape(href)).append("\">").append(text).append("</a>");
            }
            out.append("</li>\n");
        }
        out.append("</ul>\n</section>\n");
    }

    private String href(RelatedLink link) {
        if (options.inlineAssets()) {
            return blank(link.url()) ? null : link.url().strip();
        }
        return blank(link.id()) ? null : ARTICLE_LINK_PREFIX + URLEncoder.encode(link.id().strip(), StandardCharsets.UTF_8);
    }

    /**
     * Only our two scripts (by hash), no plugins, frames, fetches or forms; images from the bundle,
     * local files and data URLs (and the web only when allowed). The preview cannot use
     * {@code default-src 'none'}: WebView's policy check matches no source list against
     * {@code jar:} URLs, so KaTeX's bundled fonts would be refused; fonts are left unrestricted
     * there, which is safe because only our own stylesheet can name a font (Markdown HTML is
     * escaped). An exported page has its fonts inline and locks everything else.
     */
    private String securityPolicy() {
        String remote = options.allowRemoteImages() ? " http: https:" : "";
        String scripts = "script-src " + (options.pageScripts() ? Assets.scriptHashes() : "'none'");
        if (options.inlineAssets()) {
            return "default-src 'none'; " + scripts + "; style-src 'unsafe-inline'; img-src data: file:" + remote
                    + "; font-src data:; form-action 'none'";
        }
        return scripts + "; style-src 'unsafe-inline'; img-src data: file: jar:" + remote
                + "; object-src 'none'; frame-src 'none'; connect-src 'none'; media-src 'none'; worker-src 'none'"
                + "; form-action 'none'";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (!blank(v)) {
                return v.strip();
            }
        }
        return "";
    }
}
