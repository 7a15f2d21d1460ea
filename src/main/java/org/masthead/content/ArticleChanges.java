package org.masthead.content;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.masthead.document.Document;
import org.masthead.document.KeyPath;

/**
 * What differs between two versions of an article, field by field and paragraph by paragraph,
 * in words a writer can check before choosing: "seo.title", "paragraph 3".
 *
 * <pre>{@code
 * for (ArticleChanges.Change c : ArticleChanges.between(onDisk, journaled)) {
 *     System.out.println(c.where() + ": " + c.before() + " -> " + c.after());
 * }
 * }</pre>
 */
public final class ArticleChanges {
    /** One changed field or run of paragraphs; {@code before} or {@code after} is null where there was none. */
    public record Change(String where, String before, String after) {
    }

    private ArticleChanges() {
    }

    public static List<Change> between(Document before, Document after) {
        List<Change> out = new ArrayList<>();
        Map<KeyPath, String> a = ArticleParts.fields(before);
        Map<KeyPath, String> b = ArticleParts.fields(after);
        Set<KeyPath> paths = new LinkedHashSet<>(b.keySet());
        paths.addAll(a.keySet());
        for (KeyPath path : paths) {
            String was = a.get(path);
            String now = b.get(path);
            if (was == null || !was.equals(now)) {
                out.add(new Change(path.toString(), shown(was), shown(now)));
            }
        }
        String bodyName = after.bodyField().isFrontMatterField() ? after.bodyField().path() + " " : "";
        out.addAll(paragraphChanges(bodyName, before.markdown(), after.markdown()));
        return out;
    }

    private static String shown(String value) {
        return value == null ? null : ArticleParts.shown(value);
    }

    /** Paragraphs are numbered as in {@code before}; a run of added ones is named by where it goes. */
    static List<Change> paragraphChanges(String prefix, String before, String after) {
        // compared without their line ends: the last paragraph gains one when another follows it
        List<String> a = ArticleParts.paragraphs(before).stream().map(String::stripTrailing).toList();
        List<String> b = ArticleParts.paragraphs(after).stream().map(String::stripTrailing).toList();
        List<Change> out = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            int first = delta.getSource().getPosition() + 1;
            int count = delta.getSource().size();
            out.add(new Change(prefix + where(first, count, delta.getTarget().size(), a.size()),
                    joined(delta.getSource().getLines()), joined(delta.getTarget().getLines())));
        }
        return out;
    }

    private static String where(int first, int count, int added, int paragraphs) {
        if (count == 0) {
            String what = added > 1 ? "new paragraphs" : "new paragraph";
            return first > paragraphs ? what + " at the end" : what + " before paragraph " + first;
        }
        return count == 1 ? "paragraph " + first : "paragraphs " + first + "–" + (first + count - 1);
    }

    private static String joined(List<String> paragraphs) {
        return paragraphs.isEmpty() ? null : String.join("\n", paragraphs.stream().map(String::strip).toList());
    }
}
