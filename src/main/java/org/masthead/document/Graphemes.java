package org.masthead.document;

import com.ibm.icu.text.BreakIterator;

/**
 * Lengths as a reader counts them: in grapheme clusters, what a reader sees as one character.
 * {@code e} followed by a combining accent is one, a flag (two regional indicators) is one, a
 * family emoji joined by zero-width joiners is one, each CJK ideograph is one. ICU's break
 * iterator follows the current Unicode rules; the JDK 17 one splits flags and emoji sequences.
 *
 * <pre>int n = Graphemes.count("Cafe\u0301"); // 4</pre>
 */
public final class Graphemes {
    // Building an iterator loads its rules; a clone of a built one is cheap, and unlike the
    // prototype a clone can be used by one thread while others clone theirs.
    private static final BreakIterator PROTOTYPE = BreakIterator.getCharacterInstance();

    private Graphemes() {
    }

    /** The number of grapheme clusters in {@code text}. */
    public static int count(CharSequence text) {
        if (isSimple(text)) {
            return text.length();
        }
        BreakIterator it = iterator(text);
        int n = 0;
        while (it.next() != BreakIterator.DONE) {
            n++;
        }
        return n;
    }

    /** The boundaries of {@code text}'s clusters: 0, the end of the first, ..., {@code text.length()}. */
    public static int[] boundaries(CharSequence text) {
        if (isSimple(text)) {
            int[] all = new int[text.length() + 1];
            for (int i = 0; i < all.length; i++) {
                all[i] = i;
            }
            return all;
        }
        BreakIterator it = iterator(text);
        int[] out = new int[text.length() + 1];
        int n = 0;
        out[n++] = it.first();
        for (int b = it.next(); b != BreakIterator.DONE; b = it.next()) {
            out[n++] = b;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static BreakIterator iterator(CharSequence text) {
        BreakIterator it;
        synchronized (PROTOTYPE) {
            it = (BreakIterator) PROTOTYPE.clone();
        }
        it.setText(text);
        return it;
    }

    /**
     * True when every char is a cluster of its own: letters below the combining marks (U+0300)
     * and the dashes, quotes, bullets and ellipsis of General Punctuation, with no control
     * character (so no CR LF pair). Titles mostly are, and counting them needs no iterator.
     */
    public static boolean isSimple(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || (c >= 0x300 && !(c >= 0x2010 && c <= 0x2027) && !(c >= 0x2030 && c <= 0x205E))) {
                return false;
            }
        }
        return true;
    }
}
