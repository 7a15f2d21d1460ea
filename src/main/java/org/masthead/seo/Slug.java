package org.masthead.seo;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The reference site's slug rule, inferred from the 31 reference articles (each one's
 * {@code file_name} and {@code url} end in the slug of its title) and checked against all of
 * them in {@code SlugTest}:
 * <ol>
 *   <li>accents are dropped (é → e: the text is decomposed and combining marks removed);</li>
 *   <li>letters are lower-cased; letters and digits are kept;</li>
 *   <li>each run of whitespace becomes one {@code -};</li>
 *   <li>every other character is deleted, hyphens included: "exclusive-or" → "exclusiveor",
 *       "well-known," → "wellknown"; so are apostrophes, {@code +}, {@code /} and {@code &};</li>
 *   <li>runs of {@code -} collapse to one, and {@code -} at either end is trimmed.</li>
 * </ol>
 * Rules 1 and the handling of non-Latin letters are not visible in the reference data; they
 * follow common slug practice. ({@code org.masthead.content} has its own slug utility; this one
 * stays package-private so the two cannot be confused.)
 */
final class Slug {
    private Slug() {
    }

    static String of(String text) {
        String decomposed = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean pendingDash = false;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (pendingDash && out.length() > 0) {
                    out.append('-');
                }
                pendingDash = false;
                out.appendCodePoint(Character.toLowerCase(cp));
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                pendingDash = true;
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
