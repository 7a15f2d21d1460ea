package org.masthead.seo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One instance of each distinct finding among those given to it. The findings of a large folder
 * repeat: every article of a group that shares an SEO title gets the same message, and a title
 * of the same wrong length gets the same words in every article. A cache that keeps 100,000
 * articles' findings keeps each of these once. Safe for use from several threads; meant to live
 * for one check.
 */
final class Findings {
    private final Map<Finding, Finding> seen = new ConcurrentHashMap<>();

    /** {@code findings} with each replaced by the first equal finding seen, as an unmodifiable list. */
    List<Finding> all(List<Finding> findings) {
        if (findings.isEmpty()) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Finding first = seen.putIfAbsent(f, f);
            out.add(first == null ? f : first);
        }
        return List.copyOf(out);
    }
}
