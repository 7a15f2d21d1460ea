package org.masthead.content.batch;

import java.nio.charset.StandardCharsets;

/**
 * Skips, unparsed, the files a plain query cannot match: those whose bytes lack one of the
 * query's words. A value can spell a word its file does not hold only through an escape
 * ({@code \u0041}, {@code ''}); a file with one is always parsed. The reference format's
 * {@code \n} is no such escape: it decodes to a line break, which a word does not hold.
 */
final class WordFilter {
    private WordFilter() {
    }

    /** Whether the file {@code bytes} may hold a match of the query whose {@link #words} are {@code words} (null: any file may). */
    static boolean mayMatch(byte[] bytes, byte[][] words) {
        if (words == null) {
            return true;
        }
        for (byte[] word : words) {
            if (indexOf(bytes, word, 0) < 0 && !mayHideWord(bytes, word)) {
                return false;
            }
        }
        return true;
    }

    private static boolean mayHideWord(byte[] text, byte[] word) {
        for (byte b : word) {
            if (b == '\'' || b == '"' || b == '\\') {
                return true;
            }
        }
        for (int i = 0; i + 1 < text.length; i++) {
            if (text[i] == '\\') {
                if (text[i + 1] != 'n') {
                    return true;
                }
                i++;
            }
        }
        return false;
    }

    private static int indexOf(byte[] text, byte[] word, int from) {
        byte first = word[0];
        int last = text.length - word.length;
        for (int i = from; i <= last; i++) {
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

    /** The UTF-8 bytes of each run without white space of a plain pattern, or null for a regex. */
    static byte[][] words(FolderReplace.Query q) {
        if (q.regex()) {
            return null;
        }
        return java.util.Arrays.stream(q.pattern().split("\\s+")).filter(w -> !w.isEmpty())
                .map(w -> w.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
    }
}
