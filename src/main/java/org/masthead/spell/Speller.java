package org.masthead.spell;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.analysis.hunspell.TimeoutPolicy;

/**
 * One Hunspell dictionary, usable from many threads at once. Lucene's {@link Hunspell} keeps
 * working buffers, so each thread gets its own over the one shared, immutable {@link Dictionary}.
 * Answers are cached by word: prose repeats its words, and a folder of articles repeats them
 * across files, so most lookups never reach Hunspell.
 */
public final class Speller {
    /** Suggestions shown for one word; Hunspell's first ones are its best. */
    static final int MAX_SUGGESTIONS = 5;
    // A word's suggestions take Hunspell ~20 ms; a pathological word could take seconds.
    private static final long SUGGEST_MILLIS = 250;
    // Caches are dropped when they grow past this, so a long session's memory stays bounded.
    private static final int MAX_CACHED = 200_000;

    private final String language;
    private final ThreadLocal<Hunspell> hunspell;
    private final Map<String, Boolean> known = new ConcurrentHashMap<>();
    private final Map<String, List<String>> suggestions = new ConcurrentHashMap<>();

    Speller(String language, Dictionary dictionary) {
        this.language = language;
        this.hunspell = ThreadLocal.withInitial(
                () -> new Hunspell(dictionary, TimeoutPolicy.RETURN_PARTIAL_RESULT, () -> { }));
    }

    /** The dictionary's language, such as {@code en_US}. */
    public String language() {
        return language;
    }

    /** Whether the dictionary knows {@code word} (in any of the capitalisations Hunspell allows). */
    public boolean isCorrect(String word) {
        word = straightApostrophes(word);
        Boolean cached = known.get(word);
        if (cached != null) {
            return cached;
        }
        boolean correct = hunspell.get().spell(word);
        if (known.size() > MAX_CACHED) {
            known.clear();
        }
        known.put(word, correct);
        return correct;
    }

    /** Dictionaries spell "don't" with a straight apostrophe; typography writes "don’t". */
    private static String straightApostrophes(String word) {
        return word.indexOf('\u2019') >= 0 ? word.replace('\u2019', '\'') : word;
    }

    /** Up to {@value #MAX_SUGGESTIONS} replacements for a misspelled word, best first; may be empty. */
    /** The suggestions for {@code word} if they were looked up before; empty when that would take time. */
    public java.util.Optional<List<String>> suggestionsIfKnown(String word) {
        return java.util.Optional.ofNullable(suggestions.get(straightApostrophes(word)));
    }

    public List<String> suggest(String word) {
        word = straightApostrophes(word);
        List<String> cached = suggestions.get(word);
        if (cached != null) {
            return cached;
        }
        List<String> all = hunspell.get().suggest(word, SUGGEST_MILLIS);
        List<String> best = List.copyOf(all.subList(0, Math.min(MAX_SUGGESTIONS, all.size())));
        if (suggestions.size() > MAX_CACHED) {
            suggestions.clear();
        }
        suggestions.put(word, best);
        return best;
    }
}
