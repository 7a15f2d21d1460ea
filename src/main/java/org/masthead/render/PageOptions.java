package org.masthead.render;

/**
 * How {@link ArticlePage} builds a page.
 *
 * @param darkTheme         adds {@code theme-dark} to {@code <html>}
 * @param inlineAssets      export mode: KaTeX's fonts are copied into the page as WOFF2 data URLs
 *                          (the scripts and styles always are), so the file needs nothing else;
 *                          related articles then link to their site URLs instead of the editor's
 *                          {@code masthead:article/<id>}. WebView itself cannot read WOFF2, so an
 *                          exported page shown there falls back to system fonts for math.
 * @param allowRemoteImages load {@code http(s)} images (the page's security policy allows them too)
 * @param baseUri           where relative image paths resolve, usually the article's folder as a
 *                          {@code file:} URI ending in {@code /}; null for none. The preview writes
 *                          it as {@code <base href>}; an export instead embeds the local images it
 *                          finds there as data URLs. (WebView shows {@code file:} images only on a
 *                          page that was itself loaded from a {@code file:} URL, not from a string.)
 * @param pageScripts       the page carries KaTeX and our typesetting script (allowed by hash in
 *                          its policy); false for a caller that injects {@link Assets#katexScript()}
 *                          and {@link Assets#typesetScript()} itself, the page's policy then
 *                          allowing no script at all
 * @param blockMarks        the article's Markdown blocks are separated by {@link #BLOCK_MARK} comments
 *                          (one before each block and one after the last), so that a live preview
 *                          can replace only the blocks an edit changed
 */
public record PageOptions(boolean darkTheme, boolean inlineAssets, boolean allowRemoteImages, String baseUri,
                          boolean pageScripts, boolean blockMarks) {
    /** The comment between blocks; Markdown cannot produce it, since its HTML is escaped. */
    public static final String BLOCK_MARK = "<!--mh-->";


    /** The editor's preview: light theme, KaTeX fonts read from the bundle, no remote images. */
    public static PageOptions preview() {
        return new PageOptions(false, false, false, null, true, false);
    }

    /** A self-contained page for saving to disk. */
    public static PageOptions export() {
        return new PageOptions(false, true, false, null, true, false);
    }

    public PageOptions withDarkTheme(boolean dark) {
        return new PageOptions(dark, inlineAssets, allowRemoteImages, baseUri, pageScripts, blockMarks);
    }

    public PageOptions withInlineAssets(boolean inline) {
        return new PageOptions(darkTheme, inline, allowRemoteImages, baseUri, pageScripts, blockMarks);
    }

    public PageOptions withRemoteImages(boolean allow) {
        return new PageOptions(darkTheme, inlineAssets, allow, baseUri, pageScripts, blockMarks);
    }

    public PageOptions withBaseUri(String uri) {
        return new PageOptions(darkTheme, inlineAssets, allowRemoteImages, uri, pageScripts, blockMarks);
    }

    public PageOptions withPageScripts(boolean scripts) {
        return new PageOptions(darkTheme, inlineAssets, allowRemoteImages, baseUri, scripts, blockMarks);
    }

    public PageOptions withBlockMarks(boolean marks) {
        return new PageOptions(darkTheme, inlineAssets, allowRemoteImages, baseUri, pageScripts, marks);
    }
}
