/**
 * What kind of static site a content folder belongs to, read from the folder and its parents
 * without running anything: {@link org.masthead.content.site.SiteDetector} finds the generator's
 * config (Hugo, Jekyll, Eleventy, Astro, Docusaurus, MkDocs, CloudCannon) and reads the few values
 * the checks need from it into a {@link org.masthead.content.site.Site}: base URL, permalink
 * patterns, default language, taxonomies, excluded paths, archetype fields and the folders Hugo
 * does not render. {@link org.masthead.content.site.PageUrls} works out a page's real URL the
 * way the generator would. JavaScript configs are only read for plain literal values.
 */
package org.masthead.content.site;
