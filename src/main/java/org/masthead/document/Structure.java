package org.masthead.document;

import java.util.List;
import java.util.Optional;

/**
 * Adding, removing and moving keys and list items in YAML front matter, spliced into the text:
 * block entries are whole lines, written at their siblings' indentation; flow entries are
 * separated by commas. Every result is parsed again and checked before it is returned.
 */
final class Structure {
    private static final int NEW_MAP_INDENT = 2;

    private Structure() {
    }

    static Document add(Document doc, KeyPath path, String value) throws DocumentException {
        Tree.Node at = doc.tree();
        int depth = 0;
        while (depth < path.steps().size()) {
            Optional<Tree.Node> next = Tree.find(at, KeyPath.of(path.steps().get(depth)));
            if (next.isEmpty()) {
                break;
            }
            at = next.get();
            depth++;
        }
        List<Object> missing = path.steps().subList(depth, path.steps().size());
        Object first = missing.get(0);
        if (first instanceof Integer index) {
            if (at instanceof Tree.ListNode list && index == list.items().size() && missing.size() == 1) {
                return insert(doc, path.parent(), index, value);
            }
            throw doc.fail(at.span().start(), "'" + path + "' does not exist.",
                    "Add list items with an index from 0 to the list's size.");
        }
        for (Object step : missing) {
            if (!(step instanceof String)) {
                throw doc.fail(at.span().start(), "'" + path + "' needs a list that does not exist.",
                        "Create the list first.");
            }
        }
        if (!(at instanceof Tree.MapNode map)) {
            throw doc.fail(at.span().start(), "'" + path.parent() + "' is not a map, so '" + first
                    + "' cannot be added to it.", "Choose another key path.");
        }
        return doc.format() == FrontMatterFormat.YAML || doc.format() == FrontMatterFormat.NONE
                ? checked(addYaml(doc, map, missing, value), path, value, doc)
                : Formats.add(doc, map, missing, value, path);
    }

    private static Document addYaml(Document doc, Tree.MapNode map, List<Object> keys, String value)
            throws DocumentException {
        String text = doc.text();
        String lb = Lines.lineBreak(text);
        if (doc.format() == FrontMatterFormat.NONE) {
            return doc.splice(0, 0, "---" + lb + blockEntry(keys, value, "", lb) + "---" + lb);
        }
        if (map.flow()) {
            String entry = flowEntry(keys, value);
            if (map.entries().isEmpty()) {
                return doc.splice(map.span().start() + 1, map.span().start() + 1, entry);
            }
            Tree.Entry last = map.entries().get(map.entries().size() - 1);
            int end = Math.max(last.keySpan().end(), last.value().span().end());
            return doc.splice(end, end, ", " + entry);
        }
        if (map.entries().isEmpty()) {
            int at = doc.split().contentStart();
            return doc.splice(at, at, blockEntry(keys, value, "", lb));
        }
        int keyStart = map.entries().get(0).keySpan().start();
        String indent = Lines.spaces(keyStart - Lines.lineStart(text, keyStart));
        int at = Lines.nextLineStart(text, map.span().end());
        String prefix = at == text.length() && !text.endsWith("\n") ? lb : "";
        return doc.splice(at, at, prefix + blockEntry(keys, value, indent, lb));
    }

    /** {@code a:\n  b: value\n} for keys [a, b], each level two spaces further in. */
    private static String blockEntry(List<Object> keys, String value, String indent, String lb) {
        StringBuilder out = new StringBuilder();
        String at = indent;
        for (int i = 0; i < keys.size() - 1; i++) {
            out.append(at).append(YamlScalars.plainOrQuoted((String) keys.get(i), false)).append(':').append(lb);
            at += Lines.spaces(NEW_MAP_INDENT);
        }
        return out.append(at).append(YamlScalars.plainOrQuoted((String) keys.get(keys.size() - 1), false))
                .append(": ").append(YamlScalars.plainOrQuoted(value, false)).append(lb).toString();
    }

    private static String flowEntry(List<Object> keys, String value) {
        String inner = YamlScalars.plainOrQuoted(value, true);
        for (int i = keys.size() - 1; i >= 0; i--) {
            String entry = YamlScalars.plainOrQuoted((String) keys.get(i), true) + ": " + inner;
            inner = i == 0 ? entry : "{" + entry + "}";
        }
        return inner;
    }

    static Document remove(Document doc, KeyPath path) throws DocumentException {
        if (path.isEmpty() || Tree.find(doc.tree(), path).isEmpty()) {
            throw doc.fail(0, "'" + path + "' does not exist.", "Nothing was removed.");
        }
        Tree.Node parent = Tree.find(doc.tree(), path.parent()).orElseThrow();
        if (doc.format() != FrontMatterFormat.YAML) {
            return Formats.remove(doc, parent, path);
        }
        Document edited = parent instanceof Tree.MapNode map
                ? removeEntry(doc, map, (String) path.last(), path.parent())
                : removeItem(doc, (Tree.ListNode) parent, (Integer) path.last(), path.parent());
        if (path.last() instanceof String && Tree.find(edited.tree(), path).isPresent()) {
            throw doc.fail(0, "'" + path + "' could not be removed cleanly.", "Nothing was changed.");
        }
        return edited;
    }

    private static Document removeEntry(Document doc, Tree.MapNode map, String key, KeyPath mapPath)
            throws DocumentException {
        String text = doc.text();
        List<Tree.Entry> entries = map.entries();
        int i = indexOfKey(entries, key);
        Tree.Entry entry = entries.get(i);
        int start = entry.keySpan().start();
        int end = Math.max(entry.keySpan().end(), entry.value().span().end());
        if (map.flow()) {
            return cutFromSequence(doc, i, entries.size(),
                    j -> entries.get(j).keySpan().start(),
                    j -> Math.max(entries.get(j).keySpan().end(), entries.get(j).value().span().end()));
        }
        if (entries.size() == 1 && !mapPath.isEmpty()) {
            return emptyCollection(doc, mapPath, end, "{}");
        }
        if (Lines.onlySpacesBefore(text, start)) {
            return doc.splice(Lines.lineStart(text, start), Lines.nextLineStart(text, end), "");
        }
        if (i + 1 < entries.size()) {
            return doc.splice(start, entries.get(i + 1).keySpan().start(), "");
        }
        return doc.splice(start, end, "{}");
    }

    private static Document removeItem(Document doc, Tree.ListNode list, int index, KeyPath listPath)
            throws DocumentException {
        List<Tree.Node> items = list.items();
        if (list.flow()) {
            return cutFromSequence(doc, index, items.size(), j -> items.get(j).span().start(),
                    j -> items.get(j).span().end());
        }
        if (items.size() == 1 && !listPath.isEmpty()) {
            return emptyCollection(doc, listPath, items.get(0).span().end(), "[]");
        }
        int[] range = blockItemRange(doc, items.get(index));
        return doc.splice(range[0], range[1], "");
    }

    /** Removes item {@code i} of a flow collection with one of the commas beside it. */
    private static Document cutFromSequence(Document doc, int i, int size, java.util.function.IntUnaryOperator start,
                                            java.util.function.IntUnaryOperator end) throws DocumentException {
        if (i + 1 < size) {
            return doc.splice(start.applyAsInt(i), start.applyAsInt(i + 1), "");
        }
        if (i > 0) {
            return doc.splice(end.applyAsInt(i - 1), end.applyAsInt(i), "");
        }
        return doc.splice(start.applyAsInt(i), end.applyAsInt(i), "");
    }

    /** Replaces a block collection's last member by {@code {}} or {@code []} after its key. */
    private static Document emptyCollection(Document doc, KeyPath path, int end, String empty)
            throws DocumentException {
        Tree.Entry owner = Tree.findEntry(doc.tree(), path).orElseThrow(() ->
                doc.fail(end, "'" + path + "' cannot be emptied here.", "Edit the file by hand."));
        String text = doc.text();
        int colon = text.indexOf(':', owner.keySpan().end());
        return doc.splice(colon + 1, Lines.lineEnd(text, end), " " + empty);
    }

    static Document insert(Document doc, KeyPath listPath, int index, String value) throws DocumentException {
        Tree.Node node = Tree.find(doc.tree(), listPath).orElseThrow(() ->
                doc.fail(0, "'" + listPath + "' does not exist.", "Create the list first."));
        if (!(node instanceof Tree.ListNode list)) {
            throw doc.fail(node.span().start(), "'" + listPath + "' is not a list.", "Choose a list.");
        }
        if (index < 0 || index > list.items().size()) {
            throw doc.fail(list.span().start(), "item " + index + " is outside the list '" + listPath + "' of "
                    + list.items().size() + " items.", "Use an index from 0 to " + list.items().size() + ".");
        }
        if (doc.format() != FrontMatterFormat.YAML) {
            return checked(Formats.insert(doc, list, index, value), listPath.child(index), value, doc);
        }
        String raw = YamlScalars.plainOrQuoted(value, list.flow());
        return checked(insertRaw(doc, list, index, raw), listPath.child(index), value, doc);
    }

    private static Document insertRaw(Document doc, Tree.ListNode list, int index, String raw)
            throws DocumentException {
        List<Tree.Node> items = list.items();
        if (list.flow()) {
            if (items.isEmpty()) {
                return doc.splice(list.span().start() + 1, list.span().start() + 1, raw);
            }
            if (index < items.size()) {
                int at = items.get(index).span().start();
                return doc.splice(at, at, raw + ", ");
            }
            int at = items.get(items.size() - 1).span().end();
            return doc.splice(at, at, ", " + raw);
        }
        String text = doc.text();
        int[] firstRange = blockItemRange(doc, items.get(0));
        int dash = text.lastIndexOf('-', items.get(0).span().start() - 1);
        String line = Lines.spaces(dash - firstRange[0]) + "- " + raw + Lines.lineBreak(text);
        int at = index < items.size() ? blockItemRange(doc, items.get(index))[0]
                : blockItemRange(doc, items.get(items.size() - 1))[1];
        return doc.splice(at, at, line);
    }

    static Document move(Document doc, KeyPath listPath, int from, int to) throws DocumentException {
        Tree.Node node = Tree.find(doc.tree(), listPath).orElseThrow(() ->
                doc.fail(0, "'" + listPath + "' does not exist.", "Nothing was moved."));
        if (!(node instanceof Tree.ListNode list)) {
            throw doc.fail(node.span().start(), "'" + listPath + "' is not a list.", "Choose a list.");
        }
        int size = list.items().size();
        if (from < 0 || from >= size || to < 0 || to >= size) {
            throw doc.fail(list.span().start(), "cannot move item " + from + " to " + to + " in a list of "
                    + size + " items.", "Use indexes from 0 to " + (size - 1) + ".");
        }
        if (from == to) {
            return doc;
        }
        Tree.Node moving = list.items().get(from);
        String raw = doc.text().substring(moving.span().start(), moving.span().end());
        Document edited;
        if (list.flow() || doc.format() != FrontMatterFormat.YAML) {
            Document without = removeAt(doc, listPath, from);
            Tree.ListNode shorter = (Tree.ListNode) Tree.find(without.tree(), listPath).orElseThrow();
            edited = doc.format() == FrontMatterFormat.YAML ? insertRaw(without, shorter, to, raw)
                    : Formats.insertRaw(without, shorter, to, raw);
        } else {
            int[] cut = blockItemRange(doc, moving);
            int at = to > from ? blockItemRange(doc, list.items().get(to))[1]
                    : blockItemRange(doc, list.items().get(to))[0];
            String chunk = doc.text().substring(cut[0], cut[1]);
            String text = doc.text();
            String moved = to > from
                    ? text.substring(0, cut[0]) + text.substring(cut[1], at) + chunk + text.substring(at)
                    : text.substring(0, at) + chunk + text.substring(at, cut[0]) + text.substring(cut[1]);
            edited = doc.replaceText(moved);
        }
        Tree.Node landed = Tree.find(edited.tree(), listPath.child(to)).orElse(null);
        if (landed == null || !edited.text().substring(landed.span().start(), landed.span().end()).equals(raw)) {
            throw doc.fail(list.span().start(), "the item could not be moved cleanly.", "Nothing was changed.");
        }
        return edited;
    }

    private static Document removeAt(Document doc, KeyPath listPath, int index) throws DocumentException {
        return remove(doc, listPath.child(index));
    }

    /** The whole lines of a block list item: from its dash line to the end of its last line. */
    private static int[] blockItemRange(Document doc, Tree.Node item) throws DocumentException {
        String text = doc.text();
        int dash = text.lastIndexOf('-', item.span().start() - 1);
        if (dash < 0 || !Lines.onlySpacesBefore(text, dash)) {
            throw doc.fail(item.span().start(), "this list item shares its line with another item.",
                    "Edit nested lists like this one by hand.");
        }
        return new int[] {Lines.lineStart(text, dash), Lines.nextLineStart(text, item.span().end())};
    }

    private static int indexOfKey(List<Tree.Entry> entries, String key) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).key().equals(key)) {
                return i;
            }
        }
        throw new IllegalStateException("no key " + key);
    }

    private static Document checked(Document edited, KeyPath path, String value, Document before)
            throws DocumentException {
        if (edited.verified(path, value, ScalarType.STRING) == null) {
            throw before.fail(0, "'" + path + "' cannot be written so that it reads back as the value given.",
                    "Nothing was changed.");
        }
        return edited;
    }
}
