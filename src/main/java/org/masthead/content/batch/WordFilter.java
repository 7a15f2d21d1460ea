package org.masthead.content.batch;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.masthead.document.FastFrontMatter;

/**
 * Skips, unparsed, the files a plain query cannot match. A value's text is the file's text with
 * line breaks folded to spaces (and the reference format's {@code \n} decoded to line breaks), so
 * a file can hold a match only where its bytes hold the query's words in order, separated by
 * white space; that search runs on the bytes read as ISO-8859-1, one char per byte, so nothing is
 * decoded. Only an escape ({@code \u0041}, a backslash before a line break, {@code ''} in a
 * single-quoted value) can spell a word the bytes do not hold. A file with a backslash or a quote
 * is parsed unless the fast front-matter reader reads it, which it does only when its values hold
 * no escape (the reference format's LaTeX sits in block scalars, where a backslash is itself).
 */
final class WordFilter {
    private final Pattern raw;
    private final byte[] firstWord;
    private final boolean quoteInWords;

    private WordFilter(Pattern raw, byte[] firstWord, boolean quoteInWords) {
        this.raw = raw;
        this.firstWord = firstWord;
        this.quoteInWords = quoteInWords;
    }

    /** Builds no value: whether the fast reader reads a file costs a pass over its bytes, not its strings. */
    private static final FastFrontMatter.Keys NONE = new FastFrontMatter.Keys() {
        @Override
        public boolean keeps(byte[] b, int start, int length) {
            return false;
        }

        @Override
        public FastFrontMatter.Keys under(byte[] b, int start, int length) {
            return null;
        }
    };

    /** The filter of a plain query, or null for a regex (every file may match). */
    static WordFilter of(FolderReplace.Query q) {
        if (q.regex()) {
            return null;
        }
        List<String> latin = new ArrayList<>();
        byte[] first = null;
        for (String word : q.pattern().split("\\s+")) {
            if (!word.isEmpty() && first == null) {
                first = word.getBytes(StandardCharsets.UTF_8);
            }
            if (!word.isEmpty()) {
                latin.add(Pattern.quote(new String(word.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)));
            }
        }
        if (latin.isEmpty()) {
            return null;
        }
        boolean quote = q.pattern().indexOf('\'') >= 0 || q.pattern().indexOf('"') >= 0 || q.pattern().indexOf('\\') >= 0;
        return new WordFilter(Pattern.compile(String.join("\\s+", latin)), first, quote);
    }

    /** Whether the file {@code bytes} may hold a match; {@code filter} null lets every file through. */
    static boolean mayMatch(WordFilter filter, byte[] bytes) {
        if (filter == null || filter.quoteInWords) {
            return true;
        }
        // the words in order need the first word's bytes: most files lack them, and a loop over
        // the bytes finds that sooner than the pattern does
        if (indexOf(bytes, filter.firstWord) >= 0 && filter.raw.matcher(new String(bytes, StandardCharsets.ISO_8859_1)).find()) {
            return true;
        }
        if (!hasEscape(bytes) && !has(bytes, (byte) '\'')) {
            return false;
        }
        return FastFrontMatter.read(bytes, bytes.length, NONE) == null;
    }

    /** Where {@code word} first occurs in {@code text}, or -1. */
    static int indexOf(byte[] text, byte[] word) {
        byte first = word[0];
        int last = text.length - word.length;
        for (int i = 0; i <= last; i++) {
            if (text[i] != first) {
                continue;
            }
            int j = 1;
            while (j < word.length && text[i + j] == word[j]) {
                j++;
            }
            if (j == word.length) {
                return i;
            }
        }
        return -1;
    }

    private static boolean has(byte[] text, byte b) {
        for (byte c : text) {
            if (c == b) {
                return true;
            }
        }
        return false;
    }

    /** A backslash that is not the reference format's {@code \n}. */
    private static boolean hasEscape(byte[] text) {
        for (int i = 0; i < text.length; i++) {
            if (text[i] == '\\') {
                if (i + 1 >= text.length || text[i + 1] != 'n') {
                    return true;
                }
                i++;
            }
        }
        return false;
    }
}
