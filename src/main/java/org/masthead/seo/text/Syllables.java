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
        int total = 0;
        int start = 0;
        for (int i = 0; i <= word.length(); i++) {
            if (i == word.length() || word.charAt(i) == '-') {
                if (i > start) {
                    total += part(word, start, i);
                }
                start = i + 1;
            }
        }
        return Math.max(1, total);
    }

    private static int part(String word, int from, int to) {
        StringBuilder w = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = Character.toLowerCase(word.charAt(i));
            if (Character.isLetter(c)) {
                w.append(c);
            }
        }
        int n = w.length();
        if (n == 0) {
            return 1;
        }
        if (n <= 3) {
            return 1;
        }
        int count = 0;
        boolean inVowel = false;
        for (int i = 0; i < n; i++) {
            boolean vowel = isVowel(w.charAt(i)) || w.charAt(i) == 'y' && i > 0;
            if (vowel && !inVowel) {
                count++;
            }
            inVowel = vowel;
        }
        char last = w.charAt(n - 1);
        char before = w.charAt(n - 2);
        if (last == 'e' && count > 1 && before != 'e' && !(before == 'l' && n > 2 && !isVowel(w.charAt(n - 3)))
                && !isVowel(before)) {
            count--;
        } else if (last == 's' && before == 'e' && count > 1 && n > 3 && isQuietBeforeEs(w.charAt(n - 3))) {
            count--;
        } else if (last == 'd' && before == 'e' && count > 1 && n > 3 && isQuietBeforeEd(w.charAt(n - 3))) {
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
