package org.masthead.content;

import java.util.List;
import java.util.Objects;

/**
 * What the folder index keeps about one article: a few front-matter values and whether the file
 * could be read. Bodies are never kept, so 100,000 entries fit in a small heap. Absent values are
 * empty strings, never null, so the list and the CLI need no null checks.
 *
 * @param path      the file's path relative to the folder, with {@code /} separators
 * @param problem   why the file could not be read, or null when it was read fine
 */
public record IndexEntry(
        String path,
        String id,
        String title,
        String subject,
        String date,
        String url,
        String seoTitle,
        String seoDescription,
        String seoKeywords,
        List<RelatedRef> related,
        Problem problem) {

    public IndexEntry {
        Objects.requireNonNull(path, "path");
        id = orEmpty(id);
        title = orEmpty(title);
        subject = orEmpty(subject);
        date = orEmpty(date);
        url = orEmpty(url);
        seoTitle = orEmpty(seoTitle);
        seoDescription = orEmpty(seoDescription);
        seoKeywords = orEmpty(seoKeywords);
        related = related == null ? List.of() : List.copyOf(related);
    }

    /** An entry for a file that could not be read: only its path and the problem are known. */
    public static IndexEntry failed(String path, Problem problem) {
        return new IndexEntry(path, "", "", "", "", "", "", "", "", List.of(), Objects.requireNonNull(problem));
    }

    public boolean ok() {
        return problem == null;
    }

    /** The id as a number, or -1 when it is absent or not a plain non-negative integer. */
    public long numericId() {
        return parseId(id);
    }

    static long parseId(String text) {
        if (text.isEmpty() || text.length() > 18) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** One {@code related_articleN} block: its number N and the id and url it points at. */
    public record RelatedRef(int number, String id, String url) {
        public RelatedRef {
            id = orEmpty(id);
            url = orEmpty(url);
        }
    }

    /**
     * Why a file is not a readable article. {@code line} and {@code column} are 1-based, or 0
     * when the problem is about the whole file (binary, unreadable).
     */
    public record Problem(String message, int line, int column) {
        public Problem {
            Objects.requireNonNull(message, "message");
        }

        @Override
        public String toString() {
            return line > 0 ? line + ":" + column + ": " + message : message;
        }
    }
}
