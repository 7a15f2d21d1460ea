package org.masthead.seo.text;

/**
 * Counts the syllables of an English word by its spelling, the usual heuristic of readability
 * tools: each run of vowels ({@code a e i o u}, and {@code y} after the first letter) is one
 * syllable; a final silent {@code e} is not ({@code make}), unless it ends a consonant + {@code le}
 * ({@code table}) or doubles ({@code agree}); a final {@code -es} is not after a consonant other
 * than s, x, z, c, g, h ({@code makes}, but {@code boxes}); a final {@code -ed} is not after a
 * consonant other than t and d ({@code jumped}, but {@code wanted}). A hyphenated word is the sum
 * of its parts; a number, or a word with no vowel, is one syllable, as Flesch counts figures.
 * Words of one to three letters are one syllable. The rule is right for most words and off by one
 * for some ({@code create}, {@code being}); over a whole article the errors mostly cancel.
 */
public final class Syllables {
    private Syllables() {
    }

    public static int count(String word) {
        return count(word.toCharArray(), 0, word.length());
    }

    /**
     * The syllables of the word {@code chars[from, to)}: its hyphen-separated parts, each counted in
     * one pass that finds its runs of vowels; its last three letters are read back at its end.
     */
    static int count(char[] chars, int from, int to) {
        int total = 0;
        int start = from;
        int n = 0;
        int count = 0;
        boolean inVowel = false;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            int kind;
            if (c < 128) {
                kind = KIND[c];
                if (kind == HYPHEN) {
                    if (i > start) {
                        total += part(chars, start, i, n, count);
                    }
                    start = i + 1;
                    n = 0;
                    count = 0;
                    inVowel = false;
                    continue;
                }
                if (kind == OTHER) {
                    continue;
                }
            } else if (Character.isLetter(c)) {
                kind = kind(Character.toLowerCase(c));
            } else {
                continue;
            }
            boolean vowel = kind == VOWEL || kind == Y && n > 0;
            if (vowel && !inVowel) {
                count++;
            }
            inVowel = vowel;
            n++;
        }
        if (to > start) {
            total += part(chars, start, to, n, count);
        }
        return Math.max(1, total);
    }

    private static final byte OTHER = 0;
    private static final byte HYPHEN = 1;
    private static final byte CONSONANT = 2;
    private static final byte VOWEL = 3;
    private static final byte Y = 4;
    /** What each ASCII character is to the count. */
    private static final byte[] KIND = new byte[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            byte kind = "aeiou".indexOf(c) >= 0 ? VOWEL : c == 'y' ? Y : CONSONANT;
            KIND[c] = kind;
            KIND[c - 32] = kind;
        }
        KIND['-'] = HYPHEN;
    }

    private static int kind(char lower) {
        return lower < 128 ? KIND[lower] : CONSONANT;
    }

    /** The syllables of all the words of a sentence. */
    static int count(java.util.List<String> sentence) {
        if (sentence instanceof WordList words) {
            return words.syllables(); // counted as the words were cut
        }
        int total = 0;
        for (String w : sentence) {
            total += count(w);
        }
        return total;
    }

    /**
     * The syllables of the part {@code chars[from, to)} of a word, of {@code n} letters and
     * {@code count} runs of vowels: a silent final e, es or ed takes one off.
     */
    static int part(char[] chars, int from, int to, int n, int count) {
        if (n <= 3) {
            return 1;
        }
        char last = 0;
        char before = 0;
        char third = 0;
        int found = 0;
        for (int i = to - 1; found < 3; i--) {
            char c = lower(chars[i]);
            if (c != 0) {
                if (found == 0) {
                    last = c;
                } else if (found == 1) {
                    before = c;
                } else {
                    third = c;
                }
                found++;
            }
        }
        if (last == 'e' && count > 1 && before != 'e' && !(before == 'l' && !isVowel(third)) && !isVowel(before)) {
            count--;
        } else if (last == 's' && before == 'e' && count > 1 && isQuietBeforeEs(third)) {
            count--;
        } else if (last == 'd' && before == 'e' && count > 1 && isQuietBeforeEd(third)) {
            count--;
        }
        return Math.max(1, count);
    }

    /** A letter in small letters, as the count reads it; 0 for anything else. */
    private static char lower(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c >= 'a' && c <= 'z' ? c : 0;
        }
        return Character.isLetter(c) ? Character.toLowerCase(c) : 0;
    }

    private static boolean isVowel(char c) {
        return c >= 'a' && c <= 'z' && KIND[c] == VOWEL;
    }

    private static boolean isQuietBeforeEs(char c) {
        return !isVowel(c) && c != 'y' && c != 's' && c != 'x' && c != 'z' && c != 'c' && c != 'g' && c != 'h';
    }

    private static boolean isQuietBeforeEd(char c) {
        return !isVowel(c) && c != 'y' && c != 't' && c != 'd';
    }
}
