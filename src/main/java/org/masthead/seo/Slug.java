package org.masthead.seo;

import org.masthead.content.Slugs;

/**
 * The slug rule the checks hold titles to. It is the site's rule as {@link Slugs} implements it
 * for new articles, so Masthead never flags a file name it made itself: lower case, accents folded
 * to ASCII, letters and digits kept, each run of whitespace one {@code -}, everything else
 * (hyphens, apostrophes, {@code +}, {@code /}, {@code &}) dropped. {@code SlugTest} checks it
 * against all 31 reference articles, whose {@code file_name} and {@code url} it was read from.
 */
final class Slug {
    private Slug() {
    }

    static String of(String text) {
        return Slugs.slug(text);
    }
}
