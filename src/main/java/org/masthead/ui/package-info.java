/**
 * The JavaFX window. {@link org.masthead.ui.MainWindow} only composes: it builds the panes and
 * the controllers and binds them together.
 *
 * <ul>
 *   <li>Panes own their nodes and talk through properties: {@code ArticleListPane},
 *       {@code FormPane}, {@code EditorPane}, {@code PreviewPane}, {@code SeoPane},
 *       {@code DashboardPane}, {@code MessageBar}.</li>
 *   <li>{@code OpenArticle} says which article is open and whether it has unsaved changes; the
 *       window's title binds to it.</li>
 *   <li>Controllers each own one concern: {@code FolderController} (indexing, watching, the
 *       folder's schema and checks), {@code ArticleController} (opening, saving, recovery),
 *       {@code ArticleEdits} (every edit and the one undo history), {@code ArticleRendering}
 *       (preview and checks while typing), {@code Navigator} (links and findings).</li>
 *   <li>{@code Background} is the one door to work off the FX thread.</li>
 * </ul>
 */
package org.masthead.ui;
