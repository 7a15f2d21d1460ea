package org.masthead.session;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.masthead.content.IndexEntry;

/**
 * One row of the article list: what the list shows and filters on, nothing of the body.
 * {@code haystack} is the lower-cased text the filter searches, computed once per row so that
 * filtering a large folder on each keystroke stays cheap.
 */
public record ArticleItem(Path path, String fileName, String id, String title, String subject, String date,
                          String url, String problem, String haystack) {

    public ArticleItem {
        // A blank title is no title: the label, read twice per comparison when the list sorts
        // 100,000 rows, then needs no scan for white space.
        title = title == null || title.isBlank() ? null : title;
    }

    public ArticleItem(Path path, String fileName, String id, String title, String subject, String date,
                       String url, String problem) {
        this(path, fileName, id, title, subject, date, url, problem,
                String.join("\n", nz(title), nz(subject), nz(id), nz(url), nz(fileName)).toLowerCase(Locale.ROOT));
    }

    /** The row of one entry of the folder {@code root}. */
    public static ArticleItem of(Path root, IndexEntry entry) {
        Path path = root.resolve(entry.path());
        String name = path.getFileName().toString();
        String problem = entry.ok() ? null : entry.path() + ":" + entry.problem();
        return new ArticleItem(path, name, blankToNull(entry.id()), blankToNull(entry.title()),
                blankToNull(entry.subject()), blankToNull(entry.date()), blankToNull(entry.url()), problem);
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /**
     * Equal fields, as a record's; the cached hash of the text the filter searches decides most
     * pairs at once. The table's selection looks its row up with {@code indexOf} after every swap
     * of rows, and comparing 100,000 paths byte by byte there held the FX thread.
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof ArticleItem other && haystack.hashCode() == other.haystack.hashCode()
                && haystack.equals(other.haystack) && path.equals(other.path) && Objects.equals(fileName, other.fileName)
                && Objects.equals(id, other.id) && Objects.equals(title, other.title) && Objects.equals(subject, other.subject)
                && Objects.equals(date, other.date) && Objects.equals(url, other.url) && Objects.equals(problem, other.problem);
    }

    @Override
    public int hashCode() {
        return 31 * path.hashCode() + haystack.hashCode();
    }

    public boolean hasProblem() {
        return problem != null;
    }

    public String label() {
        return title == null ? fileName : title;
    }

    public boolean matches(String lowerCaseQuery) {
        return lowerCaseQuery.isEmpty() || haystack.contains(lowerCaseQuery);
    }
}
