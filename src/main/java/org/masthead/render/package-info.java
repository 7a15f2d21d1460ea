/**
 * Markdown to HTML for the preview and for export, with no JavaFX.
 *
 * <p>{@link org.masthead.render.MarkdownRenderer} turns an article's Markdown into an HTML
 * fragment (commonmark-java with GFM extensions, footnotes, GitHub alerts, definition lists,
 * emoji shortcodes and TeX math kept away from Markdown); static site generators' template tags
 * (Hugo shortcodes, Liquid and Nunjucks tags, MDX components) become labelled placeholders and
 * are never run. {@link org.masthead.render.ArticlePage} wraps the fragment into the page the site
 * shows, from an {@link org.masthead.render.ArticleView} that
 * {@link org.masthead.render.ArticleViews} reads from a document; a
 * {@link org.masthead.render.SiteLinks} (such as {@link org.masthead.render.SitePaths}) says how
 * the site resolves the article's links. Pages are offline and inert: raw HTML is escaped, unsafe
 * URLs are emptied, remote images are held back, and a Content-Security-Policy admits only our
 * bundled scripts.
 */
package org.masthead.render;
