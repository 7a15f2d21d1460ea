package org.masthead.content;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.masthead.document.Document;
import org.masthead.document.KeyPath;

/**
 * What changed between two versions of an article, as a writer reads it: each front-matter value
 * that differs ({@code seo.title: "old" → "new"}), then the Markdown as a line diff of its decoded
 * text. Compare with the last commit builds on it.
 *
 * <pre>{@code
 * FieldDiff d = FieldDiff.of(committed, current);
 * d.fields().forEach(c -> System.out.println(c));   // seo.title: "old" → "new"
 * }</pre>
 */
public record FieldDiff(List<Change> fields, List<LineDiff.Row> body) {
    /** One value: {@code before} is null for a key that was added, {@code after} for one removed. */
    public record Change(KeyPath path, String before, String after) {
        @Override
        public String toString() {
            if (before == null) {
                return path + ": added " + quoted(after);
            }
            if (after == null) {
                return path + ": removed (was " + quoted(before) + ")";
            }
            return path + ": " + quoted(before) + " → " + quoted(after);
        }
    }

    /** {@code before} may be null: the article is new, so every value counts as added. */
    public static FieldDiff of(Document before, Document after) {
        Map<KeyPath, String> was = before == null ? Map.of() : ArticleParts.fields(before);
        Map<KeyPath, String> now = ArticleParts.fields(after);
        Set<KeyPath> all = new LinkedHashSet<>(now.keySet());
        all.addAll(was.keySet());
        List<Change> changes = new ArrayList<>();
        for (KeyPath path : all) {
            if (!Objects.equals(was.get(path), now.get(path))) {
                changes.add(new Change(path, was.get(path), now.get(path)));
            }
        }
        List<String> old = before == null ? List.of() : before.markdown().lines().toList();
        List<LineDiff.Row> body = LineDiff.rows(old, after.markdown().lines().toList()).stream()
                .filter(row -> row.kind() != LineDiff.Kind.SAME).toList();
        return new FieldDiff(List.copyOf(changes), body);
    }

    public boolean isEmpty() {
        return fields.isEmpty() && body.isEmpty();
    }

    private static String quoted(String value) {
        String shown = ArticleParts.shown(value);
        return "\"" + (shown.length() > 200 ? shown.substring(0, 200) + "…" : shown).replace("\n", "⏎") + "\"";
    }
}
