package org.masthead.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * YAML anchors ({@code &a}) and aliases ({@code *a}) make one written value show at several key
 * paths. The rule for edits, so that no field changes unseen:
 * <ul>
 * <li>an alias occurrence is its own field: setting or removing it replaces or removes just the
 *     {@code *a} text, and the anchored value and every other alias keep their data;</li>
 * <li>setting or removing the anchored value itself moves the anchor, with the old value's text, to
 *     the first alias, so the aliases keep their data (only when that text is on one line);</li>
 * <li>anything else that would change a value shown at another path (editing inside an aliased map
 *     or list, adding to or removing from a shared collection) is refused, naming the other paths.</li>
 * </ul>
 * An anchored key is never renamed: only {@code KeyRename} writes keys, and it refuses anchored
 * and alias keys; an alias of a key has its own span.
 */
final class Sharing {
    /** Aliases can repeat a subtree many times over; the walk stops after this many nodes. */
    private static final int MAX_WALK = 100_000;

    private Sharing() {
    }

    /** Every other path that shows the same written value as {@code path}, in document order. */
    static List<KeyPath> sharedWith(Tree.MapNode root, KeyPath path) {
        Optional<Tree.Node> target = Tree.find(root, path);
        if (target.isEmpty()) {
            return List.of();
        }
        List<KeyPath> out = new ArrayList<>();
        walk(root, KeyPath.of(), target.get().origin(), false, path, out, new int[] {0});
        return out;
    }

    /**
     * The other paths that reach the very node at {@code path}: it lies inside an anchored map or
     * list that an alias repeats, so its text is shown there too and cannot be edited apart.
     */
    private static List<KeyPath> samePlace(Tree.MapNode root, KeyPath path, Tree.Node target) {
        List<KeyPath> out = new ArrayList<>();
        walk(root, KeyPath.of(), target, true, path, out, new int[] {0});
        return out;
    }

    private static void walk(Tree.Node node, KeyPath at, Tree.Node target, boolean identical, KeyPath except,
                             List<KeyPath> out, int[] visited) {
        if (++visited[0] > MAX_WALK) {
            return;
        }
        if ((identical ? node == target : node.origin() == target) && !at.equals(except)) {
            out.add(at);
        }
        Tree.Node here = node.origin();
        if (here instanceof Tree.MapNode map) {
            for (Tree.Entry entry : map.entries()) {
                walk(entry.value(), at.child(entry.key()), target, identical, except, out, visited);
            }
        } else if (here instanceof Tree.ListNode list) {
            for (int i = 0; i < list.items().size(); i++) {
                walk(list.items().get(i), at.child(i), target, identical, except, out, visited);
            }
        }
    }

    /**
     * {@code doc} made ready for the value at {@code path} to be set or removed without changing
     * another path: itself when nothing else shows that value or the path is an alias occurrence;
     * with the anchor moved to the first alias when the path holds the anchored value.
     */
    static Document detach(Document doc, KeyPath path) throws DocumentException {
        Tree.Node node = Tree.find(doc.tree(), path).orElse(null);
        List<KeyPath> others = sharedWith(doc.tree(), path);
        if (node == null || others.isEmpty()) {
            return doc;
        }
        List<KeyPath> same = samePlace(doc.tree(), path, node);
        if (!same.isEmpty()) {
            throw refusal(doc, node, path, same);
        }
        if (node.alias()) {
            return doc;
        }
        List<Tree.Node> aliases = new ArrayList<>();
        for (KeyPath other : others) {
            Tree.Node shown = Tree.find(doc.tree(), other).orElseThrow();
            if (!shown.alias() || shown.origin() != node) {
                throw refusal(doc, node, path, others);
            }
            if (Tree.aliasAbove(doc.tree(), other).isEmpty()) {
                aliases.add(shown); // the others are that same alias, repeated inside a repeated map or list
            }
        }
        String text = doc.text();
        Tree.Props props = node.props();
        String written = text.substring(props.start(), node.span().end());
        if (props.anchor() == null || written.contains("\n")) {
            throw refusal(doc, node, path, others);
        }
        int valueStart = props.start();
        int end = node.span().end();
        while (valueStart < end && (text.charAt(valueStart) == '&' || text.charAt(valueStart) == '!')) {
            while (valueStart < end && !Character.isWhitespace(text.charAt(valueStart))) {
                valueStart++;
            }
            while (valueStart < end && Character.isWhitespace(text.charAt(valueStart))) {
                valueStart++;
            }
        }
        Tree.Node first = aliases.stream().min(Comparator.comparingInt(a -> a.span().start())).orElseThrow();
        String tag = props.tag() == null ? "" : props.tag() + " ";
        int cut = props.start();
        while (tag.isEmpty() && valueStart == end && cut > 0 && text.charAt(cut - 1) == ' ') {
            cut--; // an empty value keeps no space after its key
        }
        String moved = text.substring(0, cut) + tag + text.substring(valueStart, first.span().start())
                + written + text.substring(first.span().end());
        Document detached;
        try {
            detached = doc.replaceText(moved);
        } catch (DocumentException e) {
            throw refusal(doc, node, path, others);
        }
        Object before = Data.of(doc.tree());
        if (before == null || Data.difference(before, Data.of(detached.tree()), KeyPath.of()) != null) {
            throw refusal(doc, node, path, others);
        }
        return detached;
    }

    /** Refuses an edit of a container (a list to insert into, a map to add to) that other paths also show. */
    static void refuseShared(Document doc, KeyPath path) throws DocumentException {
        if (Tree.find(doc.tree(), path).isEmpty()) {
            return;
        }
        List<KeyPath> others = sharedWith(doc.tree(), path);
        if (!others.isEmpty()) {
            throw refusal(doc, Tree.find(doc.tree(), path).orElseThrow(), path, others);
        }
    }

    /** Adding a key changes the deepest map (or empty value) on its path that exists. */
    static void refuseSharedOwner(Document doc, KeyPath path) throws DocumentException {
        KeyPath owner = path.parent();
        while (!owner.isEmpty() && Tree.find(doc.tree(), owner).isEmpty()) {
            owner = owner.parent();
        }
        refuseShared(doc, owner);
    }

    private static DocumentException refusal(Document doc, Tree.Node node, KeyPath path, List<KeyPath> others) {
        String names = String.join("', '", others.stream().limit(3).map(KeyPath::toString).toList())
                + (others.size() > 3 ? "' and " + (others.size() - 3) + " more" : "'");
        return doc.fail(node.span().start(), "'" + path + "' is shared through a YAML anchor and alias with '"
                + names + ": editing it here would change those too.",
                "Edit it by hand, or write the shared value out in full where it is repeated. Nothing was changed.");
    }
}
