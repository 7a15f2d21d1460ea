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

    /** The syllables of the word {@code chars[from, to)}: its hyphen-separated parts, each counted in one pass. */
    static int count(char[] chars, int from, int to) {
        int total = 0;
        int start = from;
        int n = 0;
        int count = 0;
        boolean inVowel = false;
        char last = 0;
        char before = 0;
        char third = 0;
        for (int i = from; i <= to; i++) {
            char c = i == to ? '-' : chars[i];
            if (c == '-') {
                if (i > start) {
                    total += part(n, count, last, before, third);
                }
                start = i + 1;
                n = 0;
                count = 0;
                inVowel = false;
                last = 0;
                before = 0;
                third = 0;
                continue;
            }
            if (c < 128) {
                c = LOWER[c];
                if (c == 0) {
                    continue;
                }
            } else if (!Character.isLetter(c)) {
                continue;
            } else {
                c = Character.toLowerCase(c);
            }
            boolean vowel = isVowel(c) || c == 'y' && n > 0;
            if (vowel && !inVowel) {
                count++;
            }
            inVowel = vowel;
            third = before;
            before = last;
            last = c;
            n++;
        }
        return Math.max(1, total);
    }

    /** ASCII letters in small letters; 0 for every other character. */
    private static final char[] LOWER = new char[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            LOWER[c] = c;
            LOWER[c - 32] = c;
        }
    }

    /** The syllables of all the words of a sentence. */
    static int count(java.util.List<String> sentence) {
        int total = 0;
        if (sentence instanceof WordList words) {
            char[] chars = words.chars();
            for (int i = 0; i < words.size(); i++) {
                total += count(chars, words.from(i), words.to(i));
            }
            return total;
        }
        for (String w : sentence) {
            total += count(w);
        }
        return total;
    }

    /**
     * The syllables of one part of a word from what was counted of it: its {@code n} letters, its
     * {@code count} runs of vowels and its last three letters.
     */
    private static int part(int n, int count, char last, char before, char third) {
        if (n <= 3) {
            return 1;
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

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static boolean isQuietBeforeEs(char c) {
        return !isVowel(c) && c != 'y' && c != 's' && c != 'x' && c != 'z' && c != 'c' && c != 'g' && c != 'h';
    }

    private static boolean isQuietBeforeEd(char c) {
        return !isVowel(c) && c != 'y' && c != 't' && c != 'd';
    }
}
