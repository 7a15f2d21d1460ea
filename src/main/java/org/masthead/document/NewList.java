package org.masthead.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A list that does not exist yet, added with its first item where {@link Structure} adds a missing
 * key. It is written as the file writes its lists: in YAML as block items at the dash offset the
 * other block lists use (or as {@code [a]} when every list of the file is a flow list), in TOML as
 * {@code key = ["a"]} among the table's own keys, in JSON as {@code "key": ["a"]}.
 */
final class NewList {
    private NewList() {
    }

    /**
     * Strings are quoted only where needed, with the quotes the neighbours use; {@code quoted}
     * asks for double quotes, which can hold any value, after a plain value did not read back.
     */
    private static Conventions.Quoting quoting(Tree.Node neighbours, boolean quoted) {
        return quoted ? new Conventions.Quoting(true, true, false)
                : Conventions.quoting(Conventions.members(neighbours)).whereNeeded();
    }

    /** True for the missing steps of a path such as {@code tags[0]} or {@code seo.tags[0]}: keys, then one index. */
    static boolean isNewList(List<Object> missing) {
        return missing.size() >= 2 && missing.get(missing.size() - 1) instanceof Integer
                && missing.subList(0, missing.size() - 1).stream().allMatch(String.class::isInstance);
    }

    /** {@code doc} with the keys {@code keys} added to {@code map}, the last holding a list of {@code value}. */
    static Document add(Document doc, Tree.MapNode map, List<Object> keys, String value, boolean quoted)
            throws DocumentException {
        String text = doc.text();
        String lb = Lines.lineBreak(text);
        Syntax syntax = new Syntax(doc.format(), quoting(map, quoted));
        List<Tree.ListNode> lists = new ArrayList<>();
        collect(doc.tree(), lists);
        if (map.flow()) {
            String entry = syntax.inlineEntryRaw(keys, flowList(text, lists, syntax.value(value, true)));
            List<Span> members = map.entries().stream().map(Tree.Entry::keySpan).toList();
            int lastEnd = map.entries().isEmpty() ? 0 : Structure.entryEnd(map.entries().get(map.entries().size() - 1));
            return ListEdits.insertInFlow(doc, map.span(), members, lastEnd, entry, members.size());
        }
        if (syntax.isToml()) {
            String raw = flowList(text, lists, syntax.value(value, false));
            return Structure.addToTomlTable(doc, map, syntax.dottedEntryRaw(keys, raw), lb);
        }
        if (doc.format() == FrontMatterFormat.NONE) {
            String lines = blockLines(keys, value, syntax, 0, Conventions.DEFAULT_STEP, Conventions.DEFAULT_STEP, false,
                    text, lists, lb);
            return doc.splice(0, 0, "---" + lb + lines + "---" + lb);
        }
        boolean flow = !lists.isEmpty() && lists.stream().allMatch(Tree.ListNode::flow);
        int column = map.entries().isEmpty() ? 0 : Structure.keyColumn(text, map.entries().get(0).keySpan().start());
        int step = Conventions.mapStep(text, doc.tree(), map, (String) keys.get(0), column);
        int dash = dashOffset(text, doc.tree(), map, lists, step);
        int at = map.entries().isEmpty() ? doc.split().contentStart() : Lines.nextLineStart(text, map.span().end());
        return doc.splice(at, at, blockLines(keys, value, syntax, column, step, dash, flow, text, lists, lb));
    }

    /**
     * A key with no value yet ({@code tags:}, {@code tags: ~}, JSON {@code null}) given a list of
     * {@code value}: block items on the lines below in a YAML block map, else {@code [value]} in its place.
     */
    static Document fill(Document doc, ScalarField empty, Tree.Node holder, String value, boolean quoted)
            throws DocumentException {
        String text = doc.text();
        Syntax syntax = new Syntax(doc.format(), quoting(holder, quoted));
        List<Tree.ListNode> lists = new ArrayList<>();
        collect(doc.tree(), lists);
        boolean inFlow = holder instanceof Tree.MapNode m ? m.flow() : holder instanceof Tree.ListNode l && l.flow();
        int start = empty.span().start();
        boolean flow = inFlow || !syntax.isYaml() || !lists.isEmpty() && lists.stream().allMatch(Tree.ListNode::flow);
        if (flow) {
            String lead = empty.span().length() == 0 && start > 0 && text.charAt(start - 1) == ':' ? " " : "";
            return doc.splice(start, empty.span().end(), lead + flowList(text, lists, syntax.value(value, true)));
        }
        if (!text.substring(empty.span().end(), Lines.lineEnd(text, empty.span().end())).isBlank()) {
            throw doc.fail(start, "the empty value here has more text after it on its line.",
                    "Write the list by hand. Nothing was changed.");
        }
        while (start > 0 && text.charAt(start - 1) == ' ') {
            start--;
        }
        Tree.MapNode map = holder instanceof Tree.MapNode m ? m : doc.tree();
        int column = YamlEdits.indentOf(text, start);
        int dash = dashOffset(text, doc.tree(), map, lists, Conventions.mapStep(text, doc.tree(), map, "", column));
        return doc.splice(start, empty.span().end(), Lines.lineBreak(text) + Lines.spaces(column + dash) + "- "
                + syntax.value(value, false));
    }

    /** {@code a:\n  b:\n  - value\n} for keys [a, b], or {@code b: [value]} on the last line when {@code flow}. */
    private static String blockLines(List<Object> keys, String value, Syntax syntax, int column, int step, int dash,
                                     boolean flow, String text, List<Tree.ListNode> lists, String lb) {
        StringBuilder out = new StringBuilder();
        String indent = Lines.spaces(column);
        for (int i = 0; i < keys.size() - 1; i++) {
            out.append(indent).append(syntax.key((String) keys.get(i), false)).append(':').append(lb);
            indent += Lines.spaces(step);
        }
        out.append(indent).append(syntax.key((String) keys.get(keys.size() - 1), false)).append(':');
        if (flow) {
            return out.append(' ').append(flowList(text, lists, syntax.value(value, true))).append(lb).toString();
        }
        return out.append(lb).append(indent).append(Lines.spaces(dash)).append("- ")
                .append(syntax.value(value, false)).append(lb).toString();
    }

    /** {@code [item]}, or {@code [ item ]} when the file's first flow list with items has spaces inside its brackets. */
    private static String flowList(String text, List<Tree.ListNode> lists, String item) {
        for (Tree.ListNode list : lists) {
            if (list.flow() && !list.items().isEmpty()) {
                int open = list.span().start();
                int close = list.span().end() - 1;
                boolean spaced = text.charAt(open) == '[' && text.charAt(open + 1) == ' ' && text.charAt(close - 1) == ' ';
                return spaced ? "[ " + item + " ]" : "[" + item + "]";
            }
        }
        return "[" + item + "]";
    }

    /**
     * How far right of its key a new block list's dashes go: as in a block list of the same map,
     * else as most block lists of the file have them, else as the file nests maps.
     */
    private static int dashOffset(String text, Tree.MapNode root, Tree.MapNode map, List<Tree.ListNode> lists,
                                  int mapStep) {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        for (Tree.Entry entry : map.entries()) {
            int offset = offset(text, entry);
            if (offset >= 0) {
                return offset;
            }
        }
        countOffsets(text, root, counts);
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(mapStep);
    }

    private static void countOffsets(String text, Tree.Node node, Map<Integer, Integer> counts) {
        if (node.alias()) {
            return;
        }
        if (node instanceof Tree.MapNode map && !map.flow()) {
            for (Tree.Entry entry : map.entries()) {
                int offset = offset(text, entry);
                if (offset >= 0) {
                    counts.merge(offset, 1, Integer::sum);
                }
                countOffsets(text, entry.value(), counts);
            }
        } else if (node instanceof Tree.ListNode list && !list.flow()) {
            list.items().forEach(item -> countOffsets(text, item, counts));
        }
    }

    /** The column of a block list's first dash less its key's, or -1 when the entry holds no such list. */
    private static int offset(String text, Tree.Entry entry) {
        if (!(entry.value() instanceof Tree.ListNode list) || list.flow() || list.alias() || list.items().isEmpty()
                || entry.keySpan().length() == 0) {
            return -1;
        }
        int dash = text.lastIndexOf('-', list.items().get(0).span().start() - 1);
        while (dash >= 0 && !Lines.onlySpacesBefore(text, dash)) {
            dash = text.lastIndexOf('-', dash - 1); // that one was in the item's anchor (&a-b) or tag
        }
        int offset = dash < 0 ? -1 : Lines.column(text, dash) - Lines.column(text, entry.keySpan().start());
        return offset >= 0 ? offset : -1;
    }

    private static void collect(Tree.Node node, List<Tree.ListNode> out) {
        if (node.alias()) {
            return;
        }
        if (node instanceof Tree.MapNode map) {
            map.entries().forEach(entry -> collect(entry.value(), out));
        } else if (node instanceof Tree.ListNode list) {
            out.add(list);
            list.items().forEach(item -> collect(item, out));
        }
    }
}
