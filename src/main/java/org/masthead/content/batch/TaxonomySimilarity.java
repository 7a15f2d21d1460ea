package org.masthead.content.batch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.masthead.content.batch.Taxonomy.NearDuplicate;
import org.masthead.content.batch.Taxonomy.Term;

/**
 * Flags terms that are probably the same term written two ways. Each pair gets the first reason
 * that holds, tried in this order:
 * <ul>
 *   <li>{@code case}: equal ignoring letter case ("Digital media", "Digital Media");</li>
 *   <li>{@code whitespace}: equal once spaces, hyphens and underscores are dropped as well
 *       ("machine learning", "machine-learning", "machinelearning");</li>
 *   <li>{@code plural}: equal once each word loses a plural ending: {@code -ies} to {@code -y},
 *       {@code -es} after s, x, z, ch or sh, else a final {@code -s} not after another s
 *       ("vector", "vectors"; "box", "boxes");</li>
 *   <li>{@code spelling}: the forms above are one edit apart (one letter inserted, deleted,
 *       replaced, or two neighbours swapped; Damerau's distance of 1), both at least
 *       {@link #MIN_SPELLING_LENGTH} letters long ("regresion", "regression"), and, when the
 *       terms differ in one word only, that word too. Shorter words are too often different
 *       words one letter apart ("go", "js"; "AC circuits", "DC circuits").</li>
 * </ul>
 * Candidates for a spelling pair are found through each form with one letter deleted, so the
 * work grows with the number of terms times their length, not with the square of the number.
 */
final class TaxonomySimilarity {
    /** The shortest folded form that can be flagged as a misspelling. */
    static final int MIN_SPELLING_LENGTH = 5;

    private TaxonomySimilarity() {
    }

    static List<NearDuplicate> pairs(List<Term> terms) {
        List<Term> byUse = new ArrayList<>(terms);
        byUse.sort((x, y) -> Integer.compare(y.count(), x.count()));
        Map<Long, NearDuplicate> found = new LinkedHashMap<>();
        int n = byUse.size();
        String[] folded = new String[n];
        for (int i = 0; i < n; i++) {
            folded[i] = compact(byUse.get(i).value());
        }
        // case, whitespace and plural: terms sharing a key
        group(byUse, found, i -> byUse.get(i).value().toLowerCase(Locale.ROOT), "case");
        group(byUse, found, i -> folded[i], "whitespace");
        group(byUse, found, i -> singular(byUse.get(i).value()), "plural");
        // spelling: one deletion from each side meets in a shared form
        Map<String, List<Integer>> deletions = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String f = folded[i];
            if (f.length() < MIN_SPELLING_LENGTH) {
                continue;
            }
            Set<String> forms = new HashSet<>();
            forms.add(f);
            for (int k = 0; k < f.length(); k++) {
                forms.add(f.substring(0, k) + f.substring(k + 1));
            }
            for (String form : forms) {
                deletions.computeIfAbsent(form, x -> new ArrayList<>(2)).add(i);
            }
        }
        for (List<Integer> same : deletions.values()) {
            for (int x = 0; x < same.size(); x++) {
                for (int y = x + 1; y < same.size(); y++) {
                    int i = same.get(x);
                    int j = same.get(y);
                    if (Math.min(folded[i].length(), folded[j].length()) >= MIN_SPELLING_LENGTH
                            && oneEditApart(folded[i], folded[j])
                            && !shortWordDiffers(byUse.get(i).value(), byUse.get(j).value())) {
                        add(byUse, found, i, j, "spelling");
                    }
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    private interface Key {
        String of(int i);
    }

    private static void group(List<Term> byUse, Map<Long, NearDuplicate> found, Key key, String reason) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < byUse.size(); i++) {
            groups.computeIfAbsent(key.of(i), k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> same : groups.values()) {
            for (int x = 1; x < same.size(); x++) {
                // each term is paired with the group's most used one, not with every other
                add(byUse, found, same.get(0), same.get(x), reason);
            }
        }
    }

    private static void add(List<Term> byUse, Map<Long, NearDuplicate> found, int i, int j, String reason) {
        int a = Math.min(i, j);
        int b = Math.max(i, j);
        found.putIfAbsent(((long) a << 32) | b, new NearDuplicate(byUse.get(a).value(), byUse.get(b).value(), reason));
    }

    /**
     * Whether the terms have the same words but one, and that one is shorter than
     * {@link #MIN_SPELLING_LENGTH} in either: "AC circuits" and "DC circuits" are two things.
     */
    static boolean shortWordDiffers(String a, String b) {
        String[] x = a.toLowerCase(Locale.ROOT).strip().split("[\\s_-]+");
        String[] y = b.toLowerCase(Locale.ROOT).strip().split("[\\s_-]+");
        if (x.length != y.length) {
            return false;
        }
        int differing = -1;
        for (int k = 0; k < x.length; k++) {
            if (!x[k].equals(y[k])) {
                if (differing >= 0) {
                    return false;
                }
                differing = k;
            }
        }
        return differing >= 0 && Math.min(x[differing].length(), y[differing].length()) < MIN_SPELLING_LENGTH;
    }

    /** Lower case without spaces, hyphens or underscores. */
    static String compact(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!Character.isWhitespace(c) && c != '-' && c != '_') {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** {@link #compact} of the value with each word's plural ending dropped. */
    static String singular(String value) {
        StringBuilder out = new StringBuilder();
        for (String word : value.toLowerCase(Locale.ROOT).split("[\\s_-]+")) {
            out.append(singularWord(word));
        }
        return out.toString();
    }

    private static String singularWord(String w) {
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 3 && w.endsWith("es") && (w.endsWith("ses") || w.endsWith("xes") || w.endsWith("zes")
                || w.endsWith("ches") || w.endsWith("shes"))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** Damerau's distance (optimal string alignment) is exactly 1. */
    static boolean oneEditApart(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            if (a.substring(i + 1).equals(b.substring(i + 1))) {
                return true; // one replaced
            }
            return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2)); // two neighbours swapped
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        return longer.substring(i + 1).equals(shorter.substring(i)); // one inserted
    }
}
