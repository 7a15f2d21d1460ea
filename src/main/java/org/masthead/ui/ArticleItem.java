package org.masthead.ui;

import java.nio.file.Path;
import java.util.Locale;

/**
 * One row of the article list: what the list shows and filters on, nothing of the body.
 * {@code haystack} is the lower-cased text the filter searches, computed once per row so that
 * filtering a large folder on each keystroke stays cheap.
 */
public record ArticleItem(Path path, String fileName, String id, String title, String subject, String date,
                          String url, String problem, String haystack) {

    public ArticleItem(Path path, String fileName, String id, String title, String subject, String date,
                       String url, String problem) {
        this(path, fileName, id, title, subject, date, url, problem,
                String.join("\n", nz(title), nz(subject), nz(id), nz(url), nz(fileName)).toLowerCase(Locale.ROOT));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public boolean hasProblem() {
        return problem != null;
    }

    public String label() {
        return title == null || title.isBlank() ? fileName : title;
    }

    public boolean matches(String lowerCaseQuery) {
        return lowerCaseQuery.isEmpty() || haystack.contains(lowerCaseQuery);
    }
}
