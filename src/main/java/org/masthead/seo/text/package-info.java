/**
 * The prose of an article as readers see it, and the measures the text checks take of it.
 *
 * <p>{@link org.masthead.seo.text.ArticleText#of} parses the Markdown (commonmark, as the preview
 * does) and keeps only what is read: paragraphs, list items and headings with their levels and
 * lines, cut into sentences and words, and the alt texts of images. Code, math, tables, HTML and
 * template tags never count. {@link org.masthead.seo.text.Syllables},
 * {@link org.masthead.seo.text.Readability} and {@link org.masthead.seo.text.Passive} measure
 * English prose; {@link org.masthead.seo.text.Keyphrase} matches a focus keyphrase in word forms.
 * The checks that judge these figures live in {@code org.masthead.seo}.
 *
 * <p>A folder's prose is read over arrays: {@link org.masthead.seo.text.PlainMarkdown} finds the
 * blocks of plain Markdown and {@link org.masthead.seo.text.Emphasis} takes emphasis out of their
 * text without commonmark, which reads everything beyond them; words are ranges of one array per
 * article. Tests hold each short way to commonmark and to the String rules.
 */
package org.masthead.seo.text;
