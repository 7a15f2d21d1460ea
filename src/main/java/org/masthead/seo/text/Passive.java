package org.masthead.seo.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether an English sentence is in the passive voice, by a heuristic: a form of "to be" followed,
 * after at most two adverbs or "not", by a past participle: a word in {@code -ed} (of four letters
 * or more, not one of a few words that only look like it: need, indeed, hundred...) or one of the
 * irregular participles listed here. "Is being built" counts; "is red" and "was hundred" do not.
 * An adjective in {@code -ed} after "to be" ("she was tired") counts too, which Yoast's English
 * check also accepts; the share of such sentences is what is judged, not each one.
 */
public final class Passive {
    private static final Set<String> BE = Set.of("am", "is", "are", "was", "were", "be", "been", "being", "isn't",
            "aren't", "wasn't", "weren't", "isn\u2019t", "aren\u2019t", "wasn\u2019t", "weren\u2019t");
    private static final Set<String> BETWEEN = Set.of("not", "also", "often", "never", "always", "usually", "still",
            "then", "now", "rarely", "seldom", "sometimes", "being", "all", "both", "just", "first", "widely");
    private static final Set<String> NOT_PARTICIPLES = Set.of("need", "needed", "feed", "seed", "speed", "breed",
            "bleed", "indeed", "hundred", "embed", "shed", "sled", "wed", "bed", "red", "led", "fed", "bred", "weed",
            "greed", "steed", "tweed", "proceed", "exceed", "succeed", "naked", "wicked", "sacred", "kindred", "rugged");
    private static final Set<String> IRREGULAR = Set.of("arisen", "awoken", "borne", "born", "beaten", "become",
            "begun", "bent", "bet", "bitten", "bled", "blown", "broken", "bred", "brought", "built", "burnt", "bought",
            "cast", "caught", "chosen", "clung", "come", "cost", "crept", "cut", "dealt", "dug", "done", "drawn",
            "dreamt", "drunk", "driven", "eaten", "fallen", "fed", "felt", "fought", "found", "fled", "flung", "flown",
            "forbidden", "forecast", "forgotten", "forgiven", "frozen", "gotten", "given", "gone", "ground", "grown",
            "hung", "had", "heard", "hidden", "hit", "held", "hurt", "kept", "knelt", "known", "laid", "led", "leapt",
            "learnt", "left", "lent", "let", "lain", "lit", "lost", "made", "meant", "met", "mistaken", "misunderstood",
            "overcome", "overtaken", "overthrown", "paid", "proven", "put", "quit", "read", "rid", "ridden", "rung",
            "risen", "run", "said", "sawn", "seen", "sought", "sold", "sent", "set", "sewn", "shaken", "shorn", "shed",
            "shone", "shot", "shown", "shrunk", "shut", "sung", "sunk", "slain", "slid", "slung", "slit", "smelt",
            "sown", "spoken", "sped", "spelt", "spent", "spilt", "spun", "split", "spoilt", "spread", "sprung",
            "stood", "stolen", "stuck", "stung", "stunk", "stridden", "struck", "strung", "striven", "sworn", "swept",
            "swollen", "swum", "swung", "taken", "taught", "torn", "told", "thought", "thrown", "thrust", "trodden",
            "understood", "undertaken", "undone", "upset", "woken", "worn", "woven", "wept", "won", "wound", "withdrawn",
            "withheld", "written", "wrung", "rewritten", "redone", "remade", "rebuilt", "bound", "sat", "slept");

    private Passive() {
    }

    /** Whether the words of one sentence hold a passive construction. */
    public static boolean isPassive(List<String> words) {
        WordList ranges = words instanceof WordList w ? w : null;
        for (int i = 0; i < words.size(); i++) {
            if (ranges != null ? !isBe(ranges.chars(), ranges.from(i), ranges.to(i))
                    : !mayBeBe(words.get(i)) || !BE.contains(lower(words.get(i)))) {
                continue;
            }
            int skipped = 0;
            for (int j = i + 1; j < words.size() && skipped <= 2; j++) {
                String w = lower(words.get(j));
                if (isParticiple(w)) {
                    return true;
                }
                if (!BETWEEN.contains(w) && !(w.endsWith("ly") && w.length() > 3)) {
                    break;
                }
                skipped++;
            }
        }
        return false;
    }

    /** A cheap test before the set: every form of "to be" has 2 to 7 letters and starts with a, i, w or b. */
    private static boolean mayBeBe(String w) {
        return mayBeBe(w, 0, w.length());
    }

    /** Whether {@code chars[from, to)} is a form of "to be", compared in place. */
    private static boolean isBe(char[] chars, int from, int to) {
        if (to - from < 2 || to - from > 7) {
            return false;
        }
        char c = (char) (chars[from] | 0x20);
        if (c != 'a' && c != 'i' && c != 'w' && c != 'b') {
            return false;
        }
        boolean ascii = true;
        for (int i = from; i < to; i++) {
            ascii &= chars[i] < 128;
        }
        if (ascii) {
            for (String be : ASCII_BE_BY_LENGTH[to - from]) {
                if (sameAsciiLower(be, chars, from)) {
                    return true;
                }
            }
            return false;
        }
        // "isn’t", or a letter whose case pairs reach beyond ASCII ("ıs"), is compared as Strings compare
        String word = new String(chars, from, to - from);
        for (String be : BE) {
            if (be.length() == to - from && word.regionMatches(true, 0, be, 0, be.length())) {
                return true;
            }
        }
        return false;
    }

    /** The ASCII forms of "to be" by their length: an ASCII word is compared with those of its length only. */
    private static final String[][] ASCII_BE_BY_LENGTH = new String[8][];

    static {
        for (int n = 0; n < ASCII_BE_BY_LENGTH.length; n++) {
            int length = n;
            ASCII_BE_BY_LENGTH[n] = BE.stream().filter(be -> be.length() == length && be.chars().allMatch(c -> c < 128))
                    .sorted().toArray(String[]::new);
        }
    }

    private static boolean sameAsciiLower(String lower, char[] chars, int from) {
        for (int i = 0; i < lower.length(); i++) {
            char c = chars[from + i];
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            }
            if (c != lower.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean mayBeBe(String text, int from, int to) {
        if (to - from < 2 || to - from > 7) {
            return false;
        }
        char c = (char) (text.charAt(from) | 0x20);
        return c == 'a' || c == 'i' || c == 'w' || c == 'b';
    }

    static boolean isParticiple(String w) {
        if (IRREGULAR.contains(w)) {
            return true;
        }
        return w.length() >= 4 && w.endsWith("ed") && !NOT_PARTICIPLES.contains(w);
    }

    private static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }
}
