package org.masthead.seo.text;

/**
 * Flesch reading ease of English prose: {@code 206.835 − 1.015 × words/sentences − 84.6 ×
 * syllables/words}, with syllables counted by {@link Syllables}. Higher is easier; plain English
 * scores 60 to 70.
 *
 * @param score     the reading ease, unrounded; NaN when there is no sentence
 * @param words     words counted
 * @param sentences sentences counted
 * @param syllables syllables counted
 */
public record Readability(double score, int words, int sentences, int syllables) {
    public static Readability of(int words, int sentences, int syllables) {
        double score = words == 0 || sentences == 0 ? Double.NaN
                : 206.835 - 1.015 * words / sentences - 84.6 * syllables / words;
        return new Readability(score, words, sentences, syllables);
    }

    /** Flesch–Kincaid grade level from the same counts: {@code 0.39 × words/sentences + 11.8 × syllables/words − 15.59}. */
    public double grade() {
        return words == 0 || sentences == 0 ? Double.NaN
                : 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
    }

    /** Flesch's own bands for the score. */
    public String band() {
        double s = score;
        if (Double.isNaN(s)) {
            return "no text";
        }
        return s >= 90 ? "very easy" : s >= 80 ? "easy" : s >= 70 ? "fairly easy" : s >= 60 ? "plain English"
                : s >= 50 ? "fairly difficult" : s >= 30 ? "difficult" : "very difficult";
    }
}
