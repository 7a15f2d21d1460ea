package org.masthead.content.batch;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.masthead.document.FastFrontMatter;
import org.masthead.document.Field;
import org.masthead.document.ListField;
import org.masthead.document.MapField;
import org.masthead.document.ScalarField;

/**
 * Skips, unparsed, the files a plain query cannot match. A value's text is the file's text with
 * line breaks folded to spaces (and the reference format's {@code \n} decoded to line breaks), so
 * a file can hold a match only where its bytes hold the query's words in order, separated by
 * white space; that search runs on the bytes read as ISO-8859-1, one char per byte, so nothing is
 * decoded. Only an escape ({@code \u0041}, a backslash before a line break, {@code ''} in a
 * single-quoted value) can spell a word the bytes do not hold: a file with a backslash or a quote
 * has its front matter read by the fast reader, whose values have their escapes resolved, and
 * is parsed when one of them holds the words or when the fast reader cannot read it.
 */
final class WordFilter {
    private final Pattern raw;
    private final Pattern decoded;
    private final boolean quoteInWords;

    private WordFilter(Pattern raw, Pattern decoded, boolean quoteInWords) {
        this.raw = raw;
        this.decoded = decoded;
        this.quoteInWords = quoteInWords;
    }

    /** The filter of a plain query, or null for a regex (every file may match). */
    static WordFilter of(FolderReplace.Query q) {
        if (q.regex()) {
            return null;
        }
        List<String> words = new ArrayList<>();
        List<String> latin = new ArrayList<>();
        for (String word : q.pattern().split("\\s+")) {
            if (!word.isEmpty()) {
                words.add(Pattern.quote(word));
                latin.add(Pattern.quote(new String(word.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)));
            }
        }
        if (words.isEmpty()) {
            return null;
        }
        boolean quote = q.pattern().indexOf('\'') >= 0 || q.pattern().indexOf('"') >= 0 || q.pattern().indexOf('\\') >= 0;
        return new WordFilter(Pattern.compile(String.join("\\s+", latin)), Pattern.compile(String.join("\\s+", words)), quote);
    }

    /** Whether the file {@code bytes} may hold a match; {@code filter} null lets every file through. */
    static boolean mayMatch(WordFilter filter, byte[] bytes) {
        if (filter == null || filter.quoteInWords || filter.raw.matcher(new String(bytes, StandardCharsets.ISO_8859_1)).find()) {
            return true;
        }
        if (!hasEscape(bytes) && !has(bytes, (byte) '\'')) {
            return false;
        }
        FastFrontMatter.Result fast = FastFrontMatter.read(bytes, bytes.length);
        return fast == null || holds(fast.root(), filter.decoded);
    }

    private static boolean holds(Field field, Pattern words) {
        if (field instanceof ScalarField s) {
            return words.matcher(s.value()).find();
        }
        if (field instanceof MapField map) {
            return map.entries().values().stream().anyMatch(f -> holds(f, words));
        }
        return field instanceof ListField list && list.items().stream().anyMatch(f -> holds(f, words));
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
