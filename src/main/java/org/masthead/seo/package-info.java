/**
 * The SEO checks of an article and of a folder, with no JavaFX.
 *
 * <p>{@link org.masthead.seo.SeoChecker} is the entry point that {@code check}, the SEO tab and
 * Folder SEO share. It reads a file's front matter with the fast reader and judges it by
 * {@link org.masthead.seo.SeoRules}: the checked field names (a generator's profile from
 * {@link org.masthead.seo.SiteProfiles}, or the reference format's), the limits, and what
 * {@code .masthead.yml} overrides ({@link org.masthead.seo.SeoConfig}). The checks of one article
 * ({@link org.masthead.seo.ArticleChecks}, {@link org.masthead.seo.SlugChecks},
 * {@link org.masthead.seo.ImageChecks}) need only the article. Those that compare articles
 * (duplicates, links, aliases: {@link org.masthead.seo.FolderChecks},
 * {@link org.masthead.seo.SiteLinkChecks}) need the whole folder, and
 * {@link org.masthead.seo.FolderCheckCache} re-reads only the files that changed. Each
 * {@link org.masthead.seo.Finding} names its file, line, check id and severity, and may carry a
 * {@link org.masthead.seo.Fix} that is a splice of the article. The checks of the prose
 * (keyphrase, readability, headings, length: {@link org.masthead.seo.TextChecks},
 * {@link org.masthead.seo.KeyphraseChecks}, limits in {@link org.masthead.seo.TextRules}) read it
 * through {@code org.masthead.seo.text}; {@link org.masthead.seo.Scores} turns an article's
 * findings into its SEO and readability scores.
 */
package org.masthead.seo;
