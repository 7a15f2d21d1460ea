package org.masthead.content;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.masthead.document.Document;
import org.masthead.document.DocumentException;
import org.masthead.document.KeyPath;

/**
 * A minimal line diff of two versions, as rows for a side-by-side view: lines both hold are
 * {@link Kind#SAME}; a changed run pairs its old and new lines as {@link Kind#CHANGED} and shows
 * the rest as {@link Kind#REMOVED} or {@link Kind#ADDED}. The diff is Myers' (java-diff-utils),
 * so an unchanged line is never shown as removed and added again.
 *
 * <p>An article whose body is one long front-matter field (the reference format) is compared as
 * {@link #linesOf readable lines}: each field on a line of its own and the body as decoded
 * Markdown, rather than as the one physical line of several KB the file holds.
 *
 * <pre>{@code
 * List<LineDiff.Row> rows = LineDiff.rows(LineDiff.linesOf(onDisk), LineDiff.linesOf(mine));
 * }</pre>
 */
public final class LineDiff {
    public enum Kind { SAME, CHANGED, REMOVED, ADDED }

    /** One row: the line on the left and the one on the right (null where that side has none), 1-based numbers or 0. */
    public record Row(Kind kind, int leftLine, String left, int rightLine, String right) {
    }

    private LineDiff() {
    }

    public static List<Row> rows(List<String> left, List<String> right) {
        List<Row> out = new ArrayList<>();
        int l = 0;
        int r = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(left, right).getDeltas()) {
            int from = delta.getSource().getPosition();
            while (l < from) {
                out.add(new Row(Kind.SAME, l + 1, left.get(l), r + 1, right.get(r)));
                l++;
                r++;
            }
            List<String> old = delta.getSource().getLines();
            List<String> now = delta.getTarget().getLines();
            int paired = Math.min(old.size(), now.size());
            for (int i = 0; i < Math.max(old.size(), now.size()); i++) {
                if (i < paired) {
                    out.add(new Row(Kind.CHANGED, l + 1, old.get(i), r + 1, now.get(i)));
                    l++;
                    r++;
                } else if (i < old.size()) {
                    out.add(new Row(Kind.REMOVED, l + 1, old.get(i), 0, null));
                    l++;
                } else {
                    out.add(new Row(Kind.ADDED, 0, null, r + 1, now.get(i)));
                    r++;
                }
            }
        }
        while (l < left.size()) {
            out.add(new Row(Kind.SAME, l + 1, left.get(l), r + 1, right.get(r)));
            l++;
            r++;
        }
        return out;
    }

    /**
     * The lines to compare for a document. With the body after the front matter, the file's own
     * lines. With the body in a front-matter field, each field as {@code path: value} (a value of
     * several lines goes on indented lines), then that field's name and its Markdown, line by line.
     */
    public static List<String> linesOf(Document doc) {
        if (!doc.bodyField().isFrontMatterField()) {
            return doc.text().lines().toList();
        }
        List<String> out = new ArrayList<>();
        for (Map.Entry<KeyPath, String> field : ArticleParts.fields(doc).entrySet()) {
            List<String> value = ArticleParts.shown(field.getValue()).lines().toList();
            out.add(field.getKey() + ": " + (value.isEmpty() ? "" : value.get(0)));
            value.stream().skip(1).forEach(line -> out.add("    " + line));
        }
        out.add(doc.bodyField().path() + " (Markdown):");
        out.addAll(doc.markdown().lines().toList());
        return out;
    }

    /** The lines of a file's bytes: as a document when it parses, else as plain text. */
    public static List<String> linesOf(String source, byte[] bytes) {
        try {
            return linesOf(Document.parse(source, bytes));
        } catch (DocumentException | RuntimeException e) {
            return new String(bytes, StandardCharsets.UTF_8).lines().toList();
        }
    }
}
