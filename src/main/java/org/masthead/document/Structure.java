package org.masthead.document;

import java.util.List;
import java.util.Optional;

/**
 * Adding and removing keys, spliced into the text. Block entries (YAML block maps, TOML tables)
 * are whole lines at their siblings' indentation; flow entries (YAML flow maps, JSON objects, TOML
 * inline tables) are separated by commas, one per line when their siblings are. Every result is
 * parsed again and checked before it is returned.
 */
final class Structure {
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
        if (doc.format() == FrontMatterFormat.TOML && at instanceof Tree.MapNode) {
            depth = explicitTableDepth(doc, path, depth);
            at = Tree.find(doc.tree(), new KeyPath(path.steps().subList(0, depth))).orElseThrow();
        }
        List<Object> missing = path.steps().subList(depth, path.steps().size());
        Object first = missing.get(0);
        if (first instanceof Integer index) {
            if (at instanceof Tree.ListNode list && index == list.items().size() && missing.size() == 1) {
                return ListEdits.insert(doc, path.parent(), index, value);
            }
            if (at instanceof Tree.Leaf leaf && leaf.field().type() == ScalarType.NULL && depth > 0
                    && index == 0 && missing.size() == 1) {
                Tree.Node holder = Tree.find(doc.tree(), new KeyPath(path.steps().subList(0, depth - 1))).orElse(doc.tree());
                try {
                    return checked(NewList.fill(doc, leaf.field(), holder, value, false), path, value, doc);
                } catch (DocumentException e) {
                    return checked(NewList.fill(doc, leaf.field(), holder, value, true), path, value, doc);
                }
            }
            throw doc.fail(at.span().start(), "'" + path + "' does not exist.",
                    "Add list items with an index from 0 to the list's size.");
        }
        if (NewList.isNewList(missing)) {
            if (!missing.get(missing.size() - 1).equals(0)) {
                throw doc.fail(at.span().start(), "'" + path + "' does not exist.", "A new list starts at index 0.");
            }
            if (at instanceof Tree.MapNode map) {
                List<Object> keys = missing.subList(0, missing.size() - 1);
                try {
                    return checked(NewList.add(doc, map, keys, value, false), path, value, doc);
                } catch (DocumentException e) {
                    return checked(NewList.add(doc, map, keys, value, true), path, value, doc);
                }
            }
            KeyPath owner = new KeyPath(path.steps().subList(0, depth));
            if (at instanceof Tree.Leaf leaf && leaf.field().type() == ScalarType.NULL) {
                throw doc.fail(at.span().start(), "'" + owner + "' holds no value, so '" + path + "' cannot be added to it.",
                        "Write its first value by hand, or remove '" + owner + "' first. Nothing was changed.");
            }
            throw doc.fail(at.span().start(), "'" + owner + "' is not a map, so '" + first + "' cannot be added to it.",
                    "Choose another key path.");
        }
        if (missing.stream().anyMatch(step -> !(step instanceof String))) {
            throw doc.fail(at.span().start(), "'" + path + "' needs a list that does not exist.",
                    "Create the list first.");
        }
        if (at instanceof Tree.Leaf leaf && leaf.field().type() == ScalarType.NULL && depth > 0) {
            KeyPath owner = new KeyPath(path.steps().subList(0, depth - 1));
            Tree.Node holder = Tree.find(doc.tree(), owner).orElse(doc.tree());
            return checked(fillNull(doc, leaf.field(), holder, path.steps().get(depth - 1), missing, value),
                    path, value, doc);
        }
        if (!(at instanceof Tree.MapNode map)) {
            throw doc.fail(at.span().start(), "'" + new KeyPath(path.steps().subList(0, depth)) + "' is not a map, so '"
                    + first + "' cannot be added to it.", "Choose another key path.");
        }
        return checked(addTo(doc, map, missing, value), path, value, doc);
    }

    private static Document addTo(Document doc, Tree.MapNode map, List<Object> keys, String value)
            throws DocumentException {
        String text = doc.text();
        String lb = Lines.lineBreak(text);
        Conventions.Quoting quoting = Conventions.quoting(Conventions.members(map));
        Syntax syntax = new Syntax(doc.format(), quoting);
        if (doc.format() == FrontMatterFormat.NONE) {
            return doc.splice(0, 0, "---" + lb + blockEntry(keys, value, "", lb, quoting, Conventions.DEFAULT_STEP) + "---" + lb);
        }
        if (map.flow()) {
            String entry = syntax.inlineEntry(keys, value);
            List<Span> members = map.entries().stream().map(e -> e.keySpan()).toList();
            Tree.Entry last = map.entries().isEmpty() ? null : map.entries().get(map.entries().size() - 1);
            return ListEdits.insertInFlow(doc, map.span(), members, last == null ? 0 : entryEnd(last), entry,
                    members.size());
        }
        if (syntax.isToml()) {
            return addToTomlTable(doc, map, syntax.dottedEntry(keys, value), lb);
        }
        int step = keys.size() == 1 ? 0 : Conventions.mapStep(text, doc.tree(), map, (String) keys.get(0), 0);
        if (map.entries().isEmpty()) {
            int at = doc.split().contentStart();
            return doc.splice(at, at, blockEntry(keys, value, "", lb, quoting, step));
        }
        int keyStart = map.entries().get(0).keySpan().start();
        int column = keyColumn(text, keyStart);
        if (keys.size() > 1) {
            step = Conventions.mapStep(text, doc.tree(), map, (String) keys.get(0), column);
        }
        int at = Lines.nextLineStart(text, map.span().end());
        return doc.splice(at, at, blockEntry(keys, value, Lines.spaces(column), lb, quoting, step));
    }

    /** The column a YAML key's entry starts at: its own, or that of the {@code ?} of an explicit key. */
    static int keyColumn(String text, int keyStart) {
        return explicitKeyStart(text, keyStart) - Lines.lineStart(text, keyStart);
    }

    /** Where a YAML block entry starts: at its key, or at the {@code ?} of an explicit key. */
    private static int explicitKeyStart(String text, int keyStart) {
        int lineStart = Lines.lineStart(text, keyStart);
        int before = keyStart - 1;
        while (before >= lineStart && text.charAt(before) == ' ') {
            before--;
        }
        return before >= lineStart && text.charAt(before) == '?' ? before : keyStart;
    }

    /**
     * A TOML table that only exists because of {@code [a.b]} or {@code a.b = 1} has no lines of its
     * own; new keys for it go, as dotted keys, into the nearest table that has them.
     */
    private static int explicitTableDepth(Document doc, KeyPath path, int depth) {
        while (depth > 0) {
            KeyPath at = new KeyPath(path.steps().subList(0, depth));
            Optional<Tree.Entry> entry = Tree.findEntry(doc.tree(), at);
            if (entry.isEmpty() || entry.get().keySpan().length() > 0) {
                return depth;
            }
            depth--;
        }
        return 0;
    }

    /** A key with no value yet ({@code seo:}, {@code seo: ~}, JSON {@code null}) becomes a map holding the new key. */
    private static Document fillNull(Document doc, ScalarField empty, Tree.Node holder, Object keyOrIndex, List<Object> keys,
                                     String value) throws DocumentException {
        String text = doc.text();
        boolean flow = holder instanceof Tree.MapNode m ? m.flow() : holder instanceof Tree.ListNode l && l.flow();
        Conventions.Quoting quoting = Conventions.quoting(Conventions.members(holder));
        Syntax syntax = new Syntax(doc.format(), quoting);
        int start = empty.span().start();
        String replacement;
        if (syntax.isYaml() && !flow) {
            String lb = Lines.lineBreak(text);
            int column = YamlEdits.indentOf(text, start);
            // an empty list item ("- ~") is found by its index, not by a key
            int step = holder instanceof Tree.MapNode map
                    ? Conventions.mapStep(text, doc.tree(), map, (String) keyOrIndex, column) : Conventions.DEFAULT_STEP;
            String entry = blockEntry(keys, value, Lines.spaces(column + step), lb, quoting, step);
            replacement = lb + entry.substring(0, entry.length() - lb.length());
            start = empty.span().length() == 0 ? start : Lines.lineEnd(text, start) == empty.span().end()
                    ? trimSpaceBefore(text, start) : start;
        } else {
            String inner = syntax.inlineEntry(keys, value);
            replacement = syntax.isToml() ? "{ " + inner + " }" : "{" + inner + "}";
            if (empty.span().length() == 0 && start > 0 && text.charAt(start - 1) == ':') {
                replacement = " " + replacement;
            }
        }
        return doc.splice(start, empty.span().end(), replacement);
    }

    /** {@code seo: ~} becomes {@code seo:} and then the new lines, with no space left after the colon. */
    private static int trimSpaceBefore(String text, int at) {
        int start = at;
        while (start > 0 && text.charAt(start - 1) == ' ') {
            start--;
        }
        return start;
    }

    /** After the table's last plain entry: sub-tables follow a table's own keys in TOML. */
    static Document addToTomlTable(Document doc, Tree.MapNode map, String line, String lb)
            throws DocumentException {
        String text = doc.text();
        int at = -1;
        String indent = "";
        for (Tree.Entry entry : map.entries()) {
            int keyStart = entry.keySpan().length() > 0 ? entry.keySpan().start() : entry.value().span().start();
            int lineStart = Lines.lineStart(text, keyStart);
            boolean header = text.substring(lineStart, keyStart).isBlank() && text.startsWith("[", keyStart)
                    || text.substring(lineStart, Lines.lineEnd(text, lineStart)).strip().startsWith("[");
            if (!header) {
                if (at < 0) {
                    indent = Lines.spaces(YamlEdits.indentOf(text, keyStart));
                }
                at = Math.max(at, Lines.nextLineStart(text, entryEnd(entry)));
            }
        }
        if (at < 0) {
            boolean root = map.span().length() == 0 || map == doc.tree();
            at = root ? doc.split().contentStart() : Lines.nextLineStart(text, map.span().start());
        }
        return doc.splice(at, at, indent + line + lb);
    }

    /** {@code a:\n  b: value\n} for keys [a, b], each level {@code step} spaces further in. */
    private static String blockEntry(List<Object> keys, String value, String indent, String lb,
                                     Conventions.Quoting quoting, int step) {
        StringBuilder out = new StringBuilder();
        String at = indent;
        for (int i = 0; i < keys.size() - 1; i++) {
            out.append(at).append(YamlScalars.plainOrQuoted((String) keys.get(i), false)).append(':').append(lb);
            at += Lines.spaces(step);
        }
        return out.append(at).append(YamlScalars.plainOrQuoted((String) keys.get(keys.size() - 1), false))
                .append(": ").append(quoting.write(value, false)).append(lb).toString();
    }

    static int entryEnd(Tree.Entry entry) {
        return Math.max(entry.keySpan().end(), entry.value().span().end());
    }

    /**
     * Removes the key or item at {@code path}. With {@code blankLinesToo}, a block entry takes the
     * blank lines after it along: left behind, they would join a {@code |+} value above it.
     */
    static Document remove(Document doc, KeyPath path, boolean blankLinesToo) throws DocumentException {
        if (path.isEmpty() || Tree.find(doc.tree(), path).isEmpty()) {
            throw doc.fail(0, "'" + path + "' does not exist.", "Nothing was removed.");
        }
        Tree.Node parent = Tree.find(doc.tree(), path.parent()).orElseThrow();
        if (parent instanceof Tree.ListNode list) {
            return ListEdits.remove(doc, list, (Integer) path.last(), path.parent());
        }
        Document edited = removeEntry(doc, (Tree.MapNode) parent, (String) path.last(), path.parent(), blankLinesToo);
        if (Tree.find(edited.tree(), path).isPresent()) {
            throw doc.fail(0, "'" + path + "' could not be removed cleanly.", "Nothing was changed.");
        }
        return edited;
    }

    private static Document removeEntry(Document doc, Tree.MapNode map, String key, KeyPath mapPath,
                                        boolean blankLinesToo) throws DocumentException {
        String text = doc.text();
        List<Tree.Entry> entries = map.entries();
        int i = 0;
        while (!entries.get(i).key().equals(key)) {
            i++;
        }
        Tree.Entry entry = entries.get(i);
        int start = doc.format() == FrontMatterFormat.YAML && !map.flow() ? explicitKeyStart(text, entry.keySpan().start())
                : entry.keySpan().start();
        int end = entryEnd(entry);
        if (map.flow()) {
            return ListEdits.cutFromSequence(doc, i, entries.size(), j -> entries.get(j).keySpan().start(),
                    j -> entryEnd(entries.get(j)));
        }
        if (doc.format() == FrontMatterFormat.TOML) {
            if (entry.keySpan().length() == 0) {
                throw doc.fail(entry.value().span().start(), "'" + key + "' is made of dotted keys.",
                        "Remove its keys one by one.");
            }
            int from = entry.value() instanceof Tree.MapNode table && !table.flow() ? table.span().start() : start;
            return doc.splice(Lines.lineStart(text, from), Lines.nextLineStart(text, end), "");
        }
        if (entries.size() == 1 && !mapPath.isEmpty()) {
            return ListEdits.emptyCollection(doc, mapPath, end, "{}");
        }
        if (Lines.onlySpacesBefore(text, start)) {
            int to = Lines.nextLineStart(text, end);
            while (blankLinesToo && to < doc.split().contentEnd() && text.substring(to, Lines.lineEnd(text, to)).isBlank()) {
                to = Lines.nextLineStart(text, to);
            }
            return doc.splice(Lines.lineStart(text, start), to, "");
        }
        if (i + 1 < entries.size()) {
            return doc.splice(start, explicitKeyStart(text, entries.get(i + 1).keySpan().start()), "");
        }
        return doc.splice(start, end, "{}");
    }

    static Document checked(Document edited, KeyPath path, String value, Document before)
            throws DocumentException {
        if (edited.verified(path, value, ScalarType.STRING) == null) {
            throw before.fail(0, "'" + path + "' cannot be written so that it reads back as the value given.",
                    "Nothing was changed.");
        }
        return edited;
    }
}
