/**
 * The window's models in plain Java, with no JavaFX, so that they are tested without a stage:
 * the open article ({@link org.masthead.session.ArticleSession}) with its one undo history
 * ({@link org.masthead.session.EditHistory}) and its unsaved marker; the article list's model,
 * sorted and filtered off the FX thread; the preview's pages and blocks; the window settings.
 * The {@code ui} package binds its panes to these.
 */
package org.masthead.session;
