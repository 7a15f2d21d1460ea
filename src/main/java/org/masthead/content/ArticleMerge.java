package org.masthead.content;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.masthead.document.Document;
import org.masthead.document.DocumentException;
import org.masthead.document.KeyPath;

/**
 * A three-way merge of an article by its parts: the changes {@code theirs} made to {@code base}
 * (a git pull, another editor) are applied to {@code mine} wherever mine left that field or
 * paragraph as it was. Where both changed the same field or the same paragraphs differently,
 * mine is kept and the place is named in {@link Result#conflicts()}. A list counts as one field.
 * The merged document is {@code mine} with spliced edits, so every byte neither side changed stays.
 *
 * <pre>{@code
 * ArticleMerge.Result r = ArticleMerge.merge(loaded, edited, onDisk);
 * if (!r.conflicts().isEmpty()) tell("kept yours in " + String.join(", ", r.conflicts()));
 * }</pre>
 */
public final class ArticleMerge {
    /** The merged article, the places taken from theirs, and the places where both changed and mine was kept. */
    public record Result(Document merged, List<String> taken, List<String> conflicts) {
    }

    private ArticleMerge() {
    }

    public static Result merge(Document base, Document mine, Document theirs) throws DocumentException {
        List<String> taken = new ArrayList<>();
        List<String> conflicts = new ArrayList<>();
        Map<KeyPath, Map<KeyPath, String>> b = units(ArticleParts.fields(base));
        Map<KeyPath, Map<KeyPath, String>> m = units(ArticleParts.fields(mine));
        Map<KeyPath, Map<KeyPath, String>> t = units(ArticleParts.fields(theirs));
        Set<KeyPath> all = new LinkedHashSet<>(t.keySet());
        all.addAll(b.keySet());
        Document merged = mine;
        for (KeyPath unit : all) {
            Map<KeyPath, String> was = b.get(unit);
            Map<KeyPath, String> ours = m.get(unit);
            Map<KeyPath, String> other = t.get(unit);
            if (Objects.equals(other, was) || Objects.equals(other, ours)) {
                continue;
            }
            if (was == null && ours == null && other.size() == 1
                    && ArticleParts.isEmptyContainer(other.values().iterator().next())) {
                continue; // what is left of a map or list theirs emptied: the removals are units of their own
            }
            if (!Objects.equals(ours, was)) {
                conflicts.add(unit.toString());
                continue;
            }
            try {
                Document applied = apply(merged, unit, ours, other);
                if (applied == null) {
                    conflicts.add(unit.toString());
                } else {
                    merged = applied;
                    taken.add(unit.toString());
                }
            } catch (DocumentException e) {
                conflicts.add(unit.toString());
            }
        }
        String body = mergeBody(base.markdown(), mine.markdown(), theirs.markdown(), conflicts);
        if (!body.equals(mine.markdown())) {
            merged = merged.withMarkdown(body);
            taken.add(mine.bodyField().isFrontMatterField() ? mine.bodyField().path().toString() : "body");
        }
        return new Result(merged, List.copyOf(taken), List.copyOf(conflicts));
    }

    /**
     * The values grouped into what merges as one: a value outside any list stands alone; a list,
     * with everything inside it, is one unit named by its path.
     */
    private static Map<KeyPath, Map<KeyPath, String>> units(Map<KeyPath, String> fields) {
        Map<KeyPath, Map<KeyPath, String>> out = new LinkedHashMap<>();
        fields.forEach((path, value) -> out.computeIfAbsent(unitOf(path), u -> new LinkedHashMap<>()).put(path, value));
        return out;
    }

    private static KeyPath unitOf(KeyPath path) {
        List<Object> steps = path.steps();
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i) instanceof Integer) {
                return new KeyPath(steps.subList(0, i));
            }
        }
        return path;
    }

    /** {@code doc} with the unit made as {@code theirs} holds it; null when that cannot be done by splices. */
    private static Document apply(Document doc, KeyPath unit, Map<KeyPath, String> mine, Map<KeyPath, String> theirs)
            throws DocumentException {
        if (theirs == null) {
            return mine == null ? doc : doc.remove(unit);
        }
        if (theirs.values().stream().anyMatch(ArticleParts::isEmptyContainer)) {
            return null;
        }
        if (mine != null && mine.keySet().equals(theirs.keySet())) {
            for (Map.Entry<KeyPath, String> value : theirs.entrySet()) {
                doc = doc.set(value.getKey(), value.getValue());
            }
            return doc;
        }
        if (mine == null && theirs.size() == 1 && theirs.containsKey(unit)) {
            return doc.set(unit, theirs.get(unit));
        }
        if (mine != null && isPlainList(unit, mine) && isPlainList(unit, theirs)) {
            return resizeList(doc, unit, new ArrayList<>(mine.values()), new ArrayList<>(theirs.values()));
        }
        return null;
    }

    /** A list whose items are all single values. */
    private static boolean isPlainList(KeyPath unit, Map<KeyPath, String> values) {
        int i = 0;
        for (KeyPath path : values.keySet()) {
            if (!path.equals(unit.child(i))) {
                return false;
            }
            i++;
        }
        return true;
    }

    private static Document resizeList(Document doc, KeyPath list, List<String> mine, List<String> theirs)
            throws DocumentException {
        int common = Math.min(mine.size(), theirs.size());
        for (int i = 0; i < common; i++) {
            if (!mine.get(i).equals(theirs.get(i))) {
                doc = doc.set(list.child(i), theirs.get(i));
            }
        }
        for (int i = common; i < theirs.size(); i++) {
            doc = doc.insert(list, i, theirs.get(i));
        }
        for (int i = mine.size() - 1; i >= common; i--) {
            doc = doc.remove(list.child(i));
        }
        return doc;
    }

    /** A change to the base's pieces: replace {@code [from, to)} with {@code lines}. */
    private record Change(int from, int to, List<String> lines) {
        boolean clashesWith(Change other) {
            if (from == other.from) {
                return true;
            }
            if (from == to) {
                return other.from < from && from < other.to;
            }
            if (other.from == other.to) {
                return from < other.from && other.from < to;
            }
            return Math.max(from, other.from) < Math.min(to, other.to);
        }
    }

    /**
     * The body with theirs' changed paragraphs taken where mine left them alone. Paragraphs and
     * the blank lines between them are compared as pieces, so untouched text is kept exactly.
     */
    static String mergeBody(String base, String mine, String theirs, List<String> conflicts) {
        if (theirs.equals(base) || theirs.equals(mine)) {
            return mine;
        }
        if (mine.equals(base)) {
            return theirs;
        }
        List<String> pieces = ArticleParts.pieces(base);
        List<Change> ours = changes(pieces, ArticleParts.pieces(mine));
        List<Change> kept = new ArrayList<>(ours);
        boolean clash = false;
        for (Change other : changes(pieces, ArticleParts.pieces(theirs))) {
            if (ours.contains(other)) {
                continue; // both made the same change
            }
            if (ours.stream().anyMatch(c -> c.clashesWith(other))) {
                clash = true;
            } else {
                kept.add(other);
            }
        }
        if (clash) {
            conflicts.add("paragraphs of the body");
        }
        kept.sort(Comparator.comparingInt(Change::from).thenComparingInt(Change::to));
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Change change : kept) {
            for (; at < change.from(); at++) {
                out.append(pieces.get(at));
            }
            change.lines().forEach(out::append);
            at = change.to();
        }
        for (; at < pieces.size(); at++) {
            out.append(pieces.get(at));
        }
        return out.toString();
    }

    private static List<Change> changes(List<String> base, List<String> edited) {
        List<Change> out = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(base, edited).getDeltas()) {
            int from = delta.getSource().getPosition();
            out.add(new Change(from, from + delta.getSource().size(), List.copyOf(delta.getTarget().getLines())));
        }
        return out;
    }
}
