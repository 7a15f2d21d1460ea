package org.masthead.document;

import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * Adding, removing and moving list items, spliced into the text: YAML block items are whole
 * {@code - item} lines; flow items ({@code [a, b]}, JSON and TOML arrays) are comma-separated,
 * one per line when the list already is.
 */
final class ListEdits {
    private ListEdits() {
    }

    static Document insert(Document doc, KeyPath listPath, int index, String value) throws DocumentException {
        Tree.ListNode list = list(doc, listPath);
        if (index < 0 || index > list.items().size()) {
            throw doc.fail(list.span().start(), "item " + index + " is outside the list '" + listPath + "' of "
                    + list.items().size() + " items.", "Use an index from 0 to " + list.items().size() + ".");
        }
        String raw = new Syntax(doc.format(), Conventions.quoting(list.items())).value(value, list.flow());
        return Structure.checked(insertRaw(doc, list, index, raw), listPath.child(index), value, doc);
    }

    private static Tree.ListNode list(Document doc, KeyPath listPath) throws DocumentException {
        Tree.Node node = Tree.find(doc.tree(), listPath).orElseThrow(() ->
                doc.fail(0, "'" + listPath + "' does not exist.", "Create the list first."));
        if (!(node instanceof Tree.ListNode list)) {
            throw doc.fail(node.span().start(), "'" + listPath + "' is not a list.", "Choose a list.");
        }
        return list;
    }

    private static Document insertRaw(Document doc, Tree.ListNode list, int index, String raw)
            throws DocumentException {
        List<Tree.Node> items = list.items();
        if (list.flow()) {
            List<Span> spans = items.stream().map(Tree.Node::span).toList();
            int lastEnd = items.isEmpty() ? 0 : items.get(items.size() - 1).span().end();
            return insertInFlow(doc, list.span(), spans, lastEnd, raw, index);
        }
        if (doc.format() != FrontMatterFormat.YAML) {
            throw doc.fail(list.span().start(), "this list is a list of tables.", "Edit its tables by hand.");
        }
        String text = doc.text();
        int[] firstRange = blockItemRange(doc, items.get(0));
        int dash = text.lastIndexOf('-', items.get(0).span().start() - 1);
        String line = Lines.spaces(dash - firstRange[0]) + "- " + raw + Lines.lineBreak(text);
        int at = index < items.size() ? blockItemRange(doc, items.get(index))[0]
                : blockItemRange(doc, items.get(items.size() - 1))[1];
        return doc.splice(at, at, line);
    }

    /**
     * Inserts {@code entry} as member {@code index} of a bracketed collection whose members start
     * at {@code members} and whose last member ends at {@code lastEnd}.
     */
    static Document insertInFlow(Document doc, Span collection, List<Span> members, int lastEnd, String entry,
                                 int index) throws DocumentException {
        String text = doc.text();
        if (members.isEmpty()) {
            int at = collection.start() + 1;
            int close = collection.end() - 1;
            if (text.substring(at, close).contains("\n")) {
                int indent = close - Lines.lineStart(text, close) + 2;
                return doc.splice(at, at, Lines.lineBreak(text) + Lines.spaces(indent) + entry);
            }
            return doc.splice(at, at, entry);
        }
        int firstStart = members.get(0).start();
        boolean perLine = Lines.lineStart(text, firstStart) != Lines.lineStart(text, collection.start());
        String indent = Lines.spaces(firstStart - Lines.lineStart(text, firstStart));
        String separator = perLine ? "," + Lines.lineBreak(text) + indent : ", ";
        if (index < members.size()) {
            int at = members.get(index).start();
            return doc.splice(at, at, entry + separator);
        }
        return doc.splice(lastEnd, lastEnd, separator + entry);
    }

    static Document remove(Document doc, Tree.ListNode list, int index, KeyPath listPath) throws DocumentException {
        List<Tree.Node> items = list.items();
        if (list.flow()) {
            return cutFromSequence(doc, index, items.size(), j -> items.get(j).span().start(),
                    j -> items.get(j).span().end());
        }
        if (doc.format() == FrontMatterFormat.TOML) {
            Span table = items.get(index).span();
            return doc.splice(Lines.lineStart(doc.text(), table.start()), Lines.nextLineStart(doc.text(), table.end()), "");
        }
        if (items.size() == 1 && !listPath.isEmpty()) {
            return emptyCollection(doc, listPath, items.get(0).span().end(), "[]");
        }
        int[] range = blockItemRange(doc, items.get(index));
        return doc.splice(range[0], range[1], "");
    }

    /** Removes member {@code i} of a bracketed collection with one of the commas beside it. */
    static Document cutFromSequence(Document doc, int i, int size, IntUnaryOperator start, IntUnaryOperator end)
            throws DocumentException {
        if (i + 1 < size) {
            return doc.splice(start.applyAsInt(i), start.applyAsInt(i + 1), "");
        }
        if (i > 0) {
            return doc.splice(end.applyAsInt(i - 1), end.applyAsInt(i), "");
        }
        String text = doc.text();
        int from = start.applyAsInt(i);
        int to = end.applyAsInt(i);
        if (Lines.onlySpacesBefore(text, from) && text.substring(to, Lines.lineEnd(text, to)).isBlank()) {
            return doc.splice(Lines.lineStart(text, from), Lines.nextLineStart(text, to), "");
        }
        return doc.splice(from, to, "");
    }

    /** Replaces a YAML block collection's last member by {@code {}} or {@code []} after its key. */
    static Document emptyCollection(Document doc, KeyPath path, int end, String empty) throws DocumentException {
        Tree.Entry owner = Tree.findEntry(doc.tree(), path).orElseThrow(() ->
                doc.fail(end, "'" + path + "' cannot be emptied here.", "Edit the file by hand."));
        String text = doc.text();
        int colon = text.indexOf(':', owner.keySpan().end());
        return doc.splice(colon + 1, Lines.lineEnd(text, end), " " + empty);
    }

    static Document move(Document doc, KeyPath listPath, int from, int to) throws DocumentException {
        Tree.ListNode list = list(doc, listPath);
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
        if (list.flow()) {
            Document without = remove(doc, list, from, listPath);
            edited = insertRaw(without, (Tree.ListNode) Tree.find(without.tree(), listPath).orElseThrow(), to, raw);
        } else {
            int[] cut = doc.format() == FrontMatterFormat.YAML ? blockItemRange(doc, moving) : null;
            if (cut == null) {
                throw doc.fail(list.span().start(), "tables in a list of tables cannot be moved.", "Move them by hand.");
            }
            int[] target = blockItemRange(doc, list.items().get(to));
            int at = to > from ? target[1] : target[0];
            String text = doc.text();
            String chunk = text.substring(cut[0], cut[1]);
            edited = doc.replaceText(to > from
                    ? text.substring(0, cut[0]) + text.substring(cut[1], at) + chunk + text.substring(at)
                    : text.substring(0, at) + chunk + text.substring(at, cut[0]) + text.substring(cut[1]));
        }
        Tree.Node landed = Tree.find(edited.tree(), listPath.child(to)).orElse(null);
        if (landed == null || !edited.text().substring(landed.span().start(), landed.span().end()).equals(raw)) {
            throw doc.fail(list.span().start(), "the item could not be moved cleanly.", "Nothing was changed.");
        }
        return edited;
    }

    /** The whole lines of a YAML block list item: from its dash line to the end of its last line. */
    private static int[] blockItemRange(Document doc, Tree.Node item) throws DocumentException {
        String text = doc.text();
        int dash = text.lastIndexOf('-', item.span().start() - 1);
        if (dash < 0 || !Lines.onlySpacesBefore(text, dash)) {
            throw doc.fail(item.span().start(), "this list item shares its line with another item.",
                    "Edit nested lists like this one by hand.");
        }
        return new int[] {Lines.lineStart(text, dash), Lines.nextLineStart(text, item.span().end())};
    }
}
