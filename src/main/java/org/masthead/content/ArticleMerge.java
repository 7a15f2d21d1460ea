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

    /** A change of mine that cannot be made on their version; the merge is refused rather than lose it. */
    public static final class CannotMerge extends Exception {
        CannotMerge(KeyPath unit, String why) {
            this("your change to " + unit + " cannot be made on the version on disk (" + why + ").");
        }

        CannotMerge(String message) {
            super(message);
        }
    }

    public static Result merge(Document base, Document mine, Document theirs) throws DocumentException, CannotMerge {
        List<String> taken = new ArrayList<>();
        List<String> conflicts = new ArrayList<>();
        Map<KeyPath, Map<KeyPath, String>> b = units(ArticleParts.fields(base));
        Map<KeyPath, Map<KeyPath, String>> m = units(ArticleParts.fields(mine));
        Map<KeyPath, Map<KeyPath, String>> t = units(ArticleParts.fields(theirs));
        Set<KeyPath> all = new LinkedHashSet<>(t.keySet());
        all.addAll(m.keySet());
        all.addAll(b.keySet());
        // Built on theirs, with my changes made again: my edits were made as such splices in the
        // first place, while their text keeps exactly the layout their tool gave it.
        Document merged = theirs;
        for (KeyPath unit : all) {
            Map<KeyPath, String> was = b.get(unit);
            Map<KeyPath, String> ours = m.get(unit);
            Map<KeyPath, String> other = t.get(unit);
            boolean mineChanged = !Objects.equals(ours, was);
            boolean theirsChanged = !Objects.equals(other, was);
            if (theirsChanged && !Objects.equals(other, ours) && !isTraceOfARemoval(was, ours, other)) {
                (mineChanged ? conflicts : taken).add(unit.toString());
            }
            if (!mineChanged || Objects.equals(ours, other) || isTraceOfARemoval(was, other, ours)) {
                continue;
            }
            Document applied;
            try {
                applied = apply(merged, unit, other, ours);
            } catch (DocumentException e) {
                throw new CannotMerge(unit, e.problem());
            }
            if (applied == null) {
                throw new CannotMerge(unit, "its shape changed on both sides");
            }
            merged = applied;
        }
        String bodyName = mine.bodyField().isFrontMatterField() ? mine.bodyField().path().toString() : "body";
        String body = mergeBody(base.markdown(), mine.markdown(), theirs.markdown(), bodyName, taken, conflicts);
        if (!body.equals(theirs.markdown())) {
            merged = merged.withMarkdown(body);
        }
        return new Result(merged, List.copyOf(taken), List.copyOf(conflicts));
    }

    /**
     * What is left of a map or list that {@code side} emptied while {@code rest} holds nothing
     * there: the removals inside it are units of their own.
     */
    static boolean isTraceOfARemoval(Map<KeyPath, String> was, Map<KeyPath, String> rest, Map<KeyPath, String> side) {
        return was == null && rest == null && side != null && side.size() == 1
                && ArticleParts.isEmptyContainer(side.values().iterator().next());
    }

    /**
     * The values grouped into what merges as one: a value outside any list stands alone; a list,
     * with everything inside it, is one unit named by its path.
     */
    static Map<KeyPath, Map<KeyPath, String>> units(Map<KeyPath, String> fields) {
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

    /** {@code doc}, whose unit holds {@code now}, with the unit made as {@code wanted}; null when splices cannot do that. */
    static Document apply(Document doc, KeyPath unit, Map<KeyPath, String> now, Map<KeyPath, String> wanted)
            throws DocumentException {
        if (wanted == null) {
            return now == null ? doc : doc.remove(unit);
        }
        if (now != null && isPlainList(unit, now) && wanted.size() == 1
                && ArticleParts.EMPTY_LIST.equals(wanted.get(unit))) {
            return resizeList(doc, unit, new ArrayList<>(now.values()), List.of());
        }
        if (wanted.values().stream().anyMatch(ArticleParts::isEmptyContainer)) {
            return null;
        }
        if (now != null && now.keySet().equals(wanted.keySet())) {
            for (Map.Entry<KeyPath, String> value : wanted.entrySet()) {
                doc = doc.set(value.getKey(), value.getValue());
            }
            return doc;
        }
        if (now == null && wanted.size() == 1 && wanted.containsKey(unit)) {
            return doc.set(unit, wanted.get(unit));
        }
        if (now != null && now.size() == 1 && ArticleParts.EMPTY_LIST.equals(now.get(unit)) && isPlainList(unit, wanted)) {
            return resizeList(doc, unit, List.of(), new ArrayList<>(wanted.values()));
        }
        if (now != null && isPlainList(unit, now) && isPlainList(unit, wanted)) {
            return resizeList(doc, unit, new ArrayList<>(now.values()), new ArrayList<>(wanted.values()));
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

    private static Document resizeList(Document doc, KeyPath list, List<String> now, List<String> wanted)
            throws DocumentException {
        int common = Math.min(now.size(), wanted.size());
        for (int i = 0; i < common; i++) {
            if (!now.get(i).equals(wanted.get(i))) {
                doc = doc.set(list.child(i), wanted.get(i));
            }
        }
        for (int i = common; i < wanted.size(); i++) {
            doc = doc.insert(list, i, wanted.get(i));
        }
        for (int i = now.size() - 1; i >= common; i--) {
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
    static String mergeBody(String base, String mine, String theirs, String name, List<String> taken,
                            List<String> conflicts) {
        if (theirs.equals(base) || theirs.equals(mine)) {
            return mine;
        }
        if (mine.equals(base)) {
            taken.add(name);
            return theirs;
        }
        List<String> pieces = ArticleParts.pieces(base);
        List<Change> ours = changes(pieces, ArticleParts.pieces(mine));
        List<Change> kept = new ArrayList<>(ours);
        boolean clash = false;
        int theirsKept = 0;
        for (Change other : changes(pieces, ArticleParts.pieces(theirs))) {
            if (ours.contains(other)) {
                continue; // both made the same change
            }
            if (ours.stream().anyMatch(c -> c.clashesWith(other))) {
                clash = true;
            } else {
                kept.add(other);
                theirsKept++;
            }
        }
        if (theirsKept > 0) {
            taken.add(name);
        }
        if (clash) {
            conflicts.add("paragraphs of the " + name);
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
