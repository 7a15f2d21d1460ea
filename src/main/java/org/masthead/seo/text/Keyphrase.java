package org.masthead.seo.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A focus keyphrase and where it matches. Two words match when they are equal ignoring case, or
 * one is the other with {@code s}, {@code es} or a possessive {@code 's} added, or ends in
 * {@code y} where the other ends in {@code ies} ({@code category}, {@code categories}). The
 * keyphrase matches a sentence (or a title, a description, an alt text, a slug) when each of its
 * words matches some word of it, in any order. Function words ({@code a}, {@code the},
 * {@code of}, {@code how}...) are left out of the keyphrase unless it has nothing else, as Yoast
 * leaves them out for English.
 */
public final class Keyphrase {
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "of", "in", "on", "for", "to",
            "and", "or", "with", "by", "at", "from", "as", "is", "are", "how", "what", "why", "do", "does", "your",
            "my", "its", "into", "about");

    private final String text;
    private final List<String> words;

    private Keyphrase(String text, List<String> words) {
        this.text = text;
        this.words = words;
    }

    public static Keyphrase of(String phrase) {
        String text = phrase == null ? "" : phrase.strip();
        List<String> all = Words.of(text);
        List<String> content = new ArrayList<>();
        for (String w : all) {
            if (!FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                content.add(w);
            }
        }
        return new Keyphrase(text, content.isEmpty() ? all : content);
    }

    /** The keyphrase as written. */
    public String text() {
        return text;
    }

    /** The words that must match. */
    public List<String> words() {
        return words;
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** Whether every keyphrase word matches one of {@code sentence}'s words. */
    public boolean in(List<String> sentence) {
        return !isEmpty() && occurrences(sentence) > 0;
    }

    /** Whether it matches within one of the sentences of {@code text}. */
    public boolean inText(String text) {
        for (String sentence : Sentences.of(text)) {
            if (in(Words.of(sentence))) {
                return true;
            }
        }
        return false;
    }

    /** How many times it occurs in one sentence: the fewest matches of any of its words. */
    public int occurrences(List<String> sentence) {
        if (isEmpty()) {
            return 0;
        }
        int fewest = Integer.MAX_VALUE;
        WordList ranges = sentence instanceof WordList w ? w : null;
        for (String k : words) {
            int n = 0;
            for (int i = 0; i < sentence.size(); i++) {
                if (ranges != null ? sameWord(k, 0, k.length(), ranges.text(), ranges.from(i), ranges.to(i))
                        : sameWord(k, sentence.get(i))) {
                    n++;
                }
            }
            fewest = Math.min(fewest, n);
            if (fewest == 0) {
                return 0;
            }
        }
        return fewest;
    }

    /** The index of the first word of {@code sentence} that matches a keyphrase word, when all match; else -1. */
    public int firstPosition(List<String> sentence) {
        if (!in(sentence)) {
            return -1;
        }
        for (int i = 0; i < sentence.size(); i++) {
            for (String k : words) {
                if (sameWord(k, sentence.get(i))) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Whether two words are the same word form by the rule above. */
    public static boolean sameWord(String a, String b) {
        return sameWord(a, 0, a.length(), b, 0, b.length());
    }

    /** {@link #sameWord(String, String)} for {@code a[aFrom, aTo)} and {@code b[bFrom, bTo)}, read in place. */
    static boolean sameWord(String a, int aFrom, int aTo, String b, int bFrom, int bTo) {
        int la = withoutPossessive(a, aFrom, aTo) - aFrom;
        int lb = withoutPossessive(b, bFrom, bTo) - bFrom;
        if (la > lb) {
            return sameWord(b, bFrom, bTo, a, aFrom, aTo);
        }
        if (la == 0 || lb - la > 2) {
            return false;
        }
        if (!b.regionMatches(true, bFrom, a, aFrom, la - 1)) {
            return false;
        }
        char lastA = Character.toLowerCase(a.charAt(aFrom + la - 1));
        int d = lb - la;
        if (d == 0) {
            return lastA == Character.toLowerCase(b.charAt(bFrom + lb - 1));
        }
        if (lastA != Character.toLowerCase(b.charAt(bFrom + la - 1))) {
            // category / categories
            return d == 2 && lastA == 'y' && b.regionMatches(true, bFrom + la - 1, "ies", 0, 3);
        }
        return d == 1 && Character.toLowerCase(b.charAt(bFrom + lb - 1)) == 's'
                || d == 2 && b.regionMatches(true, bFrom + la, "es", 0, 2);
    }

    /** Where a word ends without a final {@code 's} or {@code ’s}. */
    private static int withoutPossessive(String w, int from, int to) {
        int n = to - from;
        if (n > 2 && (w.charAt(to - 1) == 's' || w.charAt(to - 1) == 'S')
                && (w.charAt(to - 2) == '\'' || w.charAt(to - 2) == '\u2019')) {
            return to - 2;
        }
        return to;
    }

    @Override
    public String toString() {
        return text;
    }
}
