package org.masthead.seo;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The findings for every article of a folder, for the dashboard and the command line.
 *
 * @param files    how many article files were checked
 * @param articles the facts of every article that parsed, in path order (for charts)
 * @param findings findings by article path (relative to the folder, with {@code /}), in path
 *                 order; articles without findings are absent
 */
public record FolderReport(int files, List<ArticleFacts> articles, SortedMap<String, List<Finding>> findings) {
    public FolderReport {
        articles = List.copyOf(articles);
        SortedMap<String, List<Finding>> copy = new TreeMap<>();
        findings.forEach((path, list) -> copy.put(path, List.copyOf(list)));
        findings = Collections.unmodifiableSortedMap(copy);
    }

    public List<Finding> findingsFor(String path) {
        return findings.getOrDefault(path, List.of());
    }

    /** How many findings each check produced, by check id. */
    public SortedMap<String, Integer> countsByCheck() {
        SortedMap<String, Integer> counts = new TreeMap<>();
        for (List<Finding> list : findings.values()) {
            for (Finding f : list) {
                counts.merge(f.check(), 1, Integer::sum);
            }
        }
        return counts;
    }

    public int count(Severity severity) {
        int n = 0;
        for (List<Finding> list : findings.values()) {
            for (Finding f : list) {
                n += f.severity() == severity ? 1 : 0;
            }
        }
        return n;
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    public int findingCount() {
        return findings.values().stream().mapToInt(List::size).sum();
    }

    static FolderReport of(int files, List<ArticleFacts> articles, Map<String, List<Finding>> findings) {
        return new FolderReport(files, articles, new TreeMap<>(findings));
    }
}
