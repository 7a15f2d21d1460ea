/**
 * Markdown to HTML for the preview and for export, with no JavaFX.
 *
 * <p>{@link org.masthead.render.MarkdownRenderer} turns an article's Markdown into an HTML
 * fragment (commonmark-java with GFM extensions and TeX math kept away from Markdown);
 * {@link org.masthead.render.ArticlePage} wraps it into the page the site shows, from an
 * {@link org.masthead.render.ArticleView} that {@link org.masthead.render.ArticleViews} reads
 * from a document. Pages are offline and inert: raw HTML is escaped, unsafe URLs are emptied,
 * remote images are held back, and a Content-Security-Policy admits only our bundled scripts.
 */
package org.masthead.render;
