package org.masthead.content;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.lang.Character.UnicodeScript;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.masthead.document.DocumentException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The site's slug rule, read off the reference files: "Explain the concept of exclusive-or ..."
 * has the file name {@code explain-the-concept-of-exclusiveor-...}. So hyphens and other
 * punctuation inside words are dropped, not turned into separators; only whitespace separates.
 *
 * <p>Titles in any script get a slug, in one of two {@link Style}s a folder chooses in
 * {@code .masthead.yml} ({@code slugs: ascii} or {@code slugs: unicode}; see docs/config.md).
 */
public final class Slugs {
    /** How letters outside ASCII reach a file name. */
    public enum Style {
        /**
         * Transliterated to ASCII by ICU's {@code Any-Latin; Latin-ASCII}. That merges letters
         * ({@code ш} and {@code с} both become {@code s}, {@code 是} and {@code 事} both {@code shi}),
         * so a title with letters outside the Latin script also gets a tag made from its own letters.
         */
        ASCII,
        /** Letters, marks and digits of every script kept as they are, as Hugo's default urls do. */
        UNICODE;

        public static final Style DEFAULT = ASCII;
    }

    /** The key of {@code .masthead.yml} that chooses the style. */
    public static final String CONFIG_KEY = "slugs";
    private static final String TAG_ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";
    // An ICU transliterator is not documented as safe to share between threads, and checks of a
    // folder compute slugs in parallel; building one costs milliseconds, so each thread keeps its own.
    private static final ThreadLocal<Transliterator> TO_ASCII =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

    private Slugs() {
    }

    /** {@link #slug(String, Style)} in the default style. */
    public static String slug(String text) {
        return slug(text, Style.DEFAULT);
    }

    /**
     * Lower case, letters and digits kept (in {@link Style#ASCII} transliterated, so {@code é}
     * becomes {@code e} and {@code ж} {@code z}), runs of whitespace turned into one {@code -},
     * everything else dropped, no {@code -} at either end. In the ASCII style a text with letters
     * outside the Latin script ends in {@code -} and an 8-letter {@link #tag}. Returns an empty
     * string exactly when the text has no letter or digit.
     */
    public static String slug(String text, Style style) {
        // ASCII is its own NFC, and its letters are all Latin: most titles skip both questions
        boolean asciiText = isAscii(text);
        String nfc = asciiText ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        if (style == Style.UNICODE) {
            return join(nfc.toLowerCase(Locale.ROOT), true);
        }
        boolean ascii = asciiText || isAscii(nfc);
        String latin = ascii ? nfc : TO_ASCII.get().transliterate(nfc);
        String slug = join(latin.toLowerCase(Locale.ROOT), false);
        if ((!ascii && hasNonLatinLetter(nfc))
                || (slug.isEmpty() && nfc.codePoints().anyMatch(Character::isLetterOrDigit))) {
            slug = (slug.isEmpty() ? "" : slug + "-") + tag(nfc);
        }
        return slug;
    }

    /**
     * Eight letters from a-z and 2-7 that tell titles apart by their letters, marks and digits
     * (after NFC and lower case): the first 40 bits of the SHA-256 of their UTF-8, in RFC 4648
     * base32, lower case. Punctuation, spacing and case do not change it.
     */
    static String tag(String text) {
        String lower = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder kept = new StringBuilder(lower.length());
        lower.codePoints().filter(Slugs::isWordPart).forEach(kept::appendCodePoint);
        byte[] hash;
        try {
            hash = MessageDigest.getInstance("SHA-256").digest(kept.toString().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        long bits = 0;
        for (int i = 0; i < 5; i++) {
            bits = bits << 8 | (hash[i] & 0xff);
        }
        char[] out = new char[8];
        for (int i = 7; i >= 0; i--) {
            out[i] = TAG_ALPHABET.charAt((int) (bits & 31));
            bits >>>= 5;
        }
        return new String(out);
    }

    private static String join(String text, boolean unicode) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingDash = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            boolean space = c <= ' ' ? c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F)
                    : c >= 0x80 && (Character.isWhitespace(c) || Character.isSpaceChar(c));
            if (space) {
                pendingDash = out.length() > 0;
                continue;
            }
            boolean keep = unicode ? isWordPart(c) : (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (!keep || (out.length() == 0 && isMark(c))) {
                continue;
            }
            if (pendingDash) {
                out.append('-');
                pendingDash = false;
            }
            out.appendCodePoint(c);
        }
        return out.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasNonLatinLetter(String text) {
        return text.codePoints().anyMatch(c -> Character.isLetter(c) && switch (UnicodeScript.of(c)) {
            case LATIN, COMMON, INHERITED -> false;
            default -> true;
        });
    }

    private static boolean isWordPart(int c) {
        return Character.isLetterOrDigit(c) || isMark(c);
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /**
     * The style {@code folder}'s {@code .masthead.yml} names under {@code slugs:}, or the default
     * when it has no such key; an error naming the line when the value is neither style.
     */
    public static Style styleOf(Path folder) throws IOException, DocumentException {
        Optional<ConfigFile> config = ConfigFile.inFolder(folder);
        if (config.isEmpty()) {
            return Style.DEFAULT;
        }
        Optional<Node> node = config.get().section(CONFIG_KEY);
        if (node.isEmpty()) {
            return Style.DEFAULT;
        }
        String value = config.get().scalar(node.get(), CONFIG_KEY).strip().toLowerCase(Locale.ROOT);
        for (Style style : Style.values()) {
            if (style.name().toLowerCase(Locale.ROOT).equals(value)) {
                return style;
            }
        }
        throw config.get().error(node.get(), CONFIG_KEY + " must be one of " + List.of("ascii", "unicode")
                + ", not '" + value + "'.", "Write 'slugs: ascii' (transliterated) or 'slugs: unicode' (letters kept).");
    }

    /** The url the site gives an article: {@code /learn/<subject-slug>/questions/<title-slug>}. */
    public static String articleUrl(String subject, String titleSlug) {
        return articleUrl(subject, titleSlug, Style.DEFAULT);
    }

    /** {@link #articleUrl(String, String)} with the subject's slug in {@code style}. */
    public static String articleUrl(String subject, String titleSlug, Style style) {
        return "/learn/" + slug(subject, style) + "/questions/" + titleSlug;
    }
}
