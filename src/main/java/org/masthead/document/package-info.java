/**
 * Lossless article documents: front matter (YAML, TOML or JSON) plus body, kept as the exact
 * original text.
 *
 * <p>{@link org.masthead.document.Document#parse(java.nio.file.Path)} splits a file and reads its
 * front matter into a tree of {@link org.masthead.document.Field}s, each with the
 * {@link org.masthead.document.Span} of its text. Edits ({@code set}, {@code remove},
 * {@code insert}, {@code move}, {@code withMarkdown}) splice new text into the old and return a new
 * document; only the edited value's lines change, and every edit is parsed again and checked
 * before it is returned: an edit that would change any other value, as a YAML, TOML or JSON reader
 * loads the new text, is refused. {@link org.masthead.document.Document#sharedWith} names the
 * fields a YAML anchor and its aliases show the same value in (the rule for editing them is in
 * {@code docs/yaml.md}). Bad input is a {@link org.masthead.document.DocumentException} naming
 * file, line and column; nothing else is thrown for bad bytes.
 *
 * <p>Which text is the article's Markdown is a {@link org.masthead.document.BodyField}: detected
 * per file, or given to {@code Document.parse(source, bytes, bodyField)}.
 * {@link org.masthead.document.BodyCodec} turns the reference format's one-line {@code answer}
 * into Markdown and back. {@link org.masthead.document.AtomicFiles#write} saves without ever
 * leaving a half-written file.
 *
 * <p>{@link org.masthead.document.FastFrontMatter} reads the plain YAML front matter most
 * articles have into the same tree, many times faster, and says "unsure" (null) for anything
 * else, which then goes to {@code Document.parse}; the folder index and the checks read folders
 * with it, the index asking only for the keys it keeps.
 */
package org.masthead.document;
