package org.masthead.content;

import java.text.Normalizer;

/**
 * The site's slug rule, read off the reference files: "Explain the concept of exclusive-or ..."
 * has the file name {@code explain-the-concept-of-exclusiveor-...}. So hyphens and other
 * punctuation inside words are dropped, not turned into separators; only whitespace separates.
 */
public final class Slugs {
    private Slugs() {
    }

    /**
     * Lower case, accents folded to ASCII ({@code é} to {@code e}), letters and digits kept, runs
     * of whitespace turned into one {@code -}, everything else dropped, no {@code -} at either end.
     * May return an empty string when the text has no letter or digit.
     */
    public static String slug(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(folded.length());
        boolean pendingDash = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingDash = out.length() > 0;
                continue;
            }
            String ascii = ascii(Character.toLowerCase(c));
            if (ascii.isEmpty()) {
                continue;
            }
            if (pendingDash) {
                out.append('-');
                pendingDash = false;
            }
            out.append(ascii);
        }
        return out.toString();
    }

    private static String ascii(char c) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            return String.valueOf(c);
        }
        // Letters with no decomposition in Unicode, spelled as their usual ASCII stand-ins.
        switch (c) {
            case 'ß': return "ss";
            case 'æ': return "ae";
            case 'œ': return "oe";
            case 'ø': return "o";
            case 'đ': return "d";
            case 'ł': return "l";
            case 'þ': return "th";
            case 'ı': return "i";
            default: return "";
        }
    }

    /** The url the site gives an article: {@code /learn/<subject-slug>/questions/<title-slug>}. */
    public static String articleUrl(String subject, String titleSlug) {
        return "/learn/" + slug(subject) + "/questions/" + titleSlug;
    }
}
