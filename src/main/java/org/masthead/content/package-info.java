/**
 * The content folder: its index, kept live, the links between its articles, and new articles.
 *
 * <ul>
 *   <li>{@link org.masthead.content.ContentIndex} holds one light {@link org.masthead.content.IndexEntry}
 *       per Markdown file (no bodies); {@link org.masthead.content.FolderScan} fills it in parallel
 *       and reports batches with progress as it goes, cancellable.</li>
 *   <li>Each file is read by {@link org.masthead.content.ArticleReader} through
 *       {@link org.masthead.document.FastFrontMatter}, the one fast reader (the checks use it too),
 *       asking only for the keys the index keeps; it answers only when the whole front matter is
 *       inside the subset it fully understands and is well-formed there; everything else (TOML,
 *       JSON, anchors, tags, CRLF, escapes, and every error: duplicate keys, bad UTF-8, malformed
 *       YAML) goes to the document model, whose verdict and message become the entry's problem.
 *       So an entry says what opening the file in the editor would say. Binary files (a NUL byte
 *       in the first 8 KB) are listed with a problem without being parsed.
 *       {@code FastReaderAgreementTest} holds the fast reader to the document model.</li>
 *   <li>{@link org.masthead.content.ConfigFile} is the one reader of a folder's
 *       {@code .masthead.yml}; each part of Masthead reads its own section through it
 *       ({@code docs/config.md}).</li>
 *   <li>{@code content.site} recognises the static site the folder belongs to (Hugo, Jekyll,
 *       Eleventy, Astro, Docusaurus, MkDocs, CloudCannon) and works out its pages' URLs.</li>
 *   <li>{@link org.masthead.content.FolderWatcher} re-reads only what changed on disk;
 *       {@link org.masthead.content.CrossReferences} follows the index's changes;
 *       {@link org.masthead.content.NewArticle} writes a new article from a template.</li>
 * </ul>
 *
 * <p>Nothing here knows JavaFX: listeners are called on background threads, and the window moves
 * their results to its own thread.
 */
package org.masthead.content;
