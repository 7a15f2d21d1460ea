/**
 * Spell checking that knows what an article is: the prose of its Markdown body and of its prose
 * front-matter fields, never code, math, URLs, markup, keys, ids, slugs, dates or paths. The
 * engine is Lucene's pure-Java Hunspell with a bundled en_US dictionary; other languages come
 * from {@code .aff}/{@code .dic} pairs in a dictionaries folder. Plain Java, no JavaFX: the
 * command line and the window share it.
 */
package org.masthead.spell;
