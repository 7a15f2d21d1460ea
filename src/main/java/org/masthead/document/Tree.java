package org.masthead.document;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parsed front matter as the editor needs it: the public {@link Field} of each node plus what
 * splicing needs and {@code Field} does not expose (key spans, flow or block layout).
 */
final class Tree {
    private Tree() {
    }

    sealed interface Node permits MapNode, ListNode, Leaf {
        Field field();

        /** YAML node properties; {@link Props#NONE} in TOML and JSON. */
        Props props();

        /** True where a YAML alias ({@code *name}) repeats a value written elsewhere. */
        default boolean alias() {
            return props().origin() != null;
        }

        /** The node an alias repeats, or this node. */
        default Node origin() {
            return alias() ? props().origin() : this;
        }

        default Span span() {
            return field().span();
        }
    }

    /**
     * Where a YAML node's {@code &anchor} and {@code !tag} start ({@code start}, or the value's own
     * start when it has neither), the anchor's name and the tag as written (null when absent), and
     * for an alias occurrence the node it repeats.
     */
    record Props(int start, String anchor, String tag, Node origin) {
        static final Props NONE = new Props(-1, null, null, null);
    }

    record Entry(String key, Span keySpan, Node value) {
    }

    record MapNode(MapField field, boolean flow, List<Entry> entries, Props props) implements Node {
        MapNode {
            entries = List.copyOf(entries);
        }

        MapNode(MapField field, boolean flow, List<Entry> entries) {
            this(field, flow, entries, Props.NONE);
        }

        Optional<Entry> entry(String key) {
            return entries.stream().filter(e -> e.key().equals(key)).findFirst();
        }
    }

    record ListNode(ListField field, boolean flow, List<Node> items, Props props) implements Node {
        ListNode {
            items = List.copyOf(items);
        }

        ListNode(ListField field, boolean flow, List<Node> items) {
            this(field, flow, items, Props.NONE);
        }
    }

    /** {@code resolvedTag} is the tag the value resolved to (as SnakeYAML names it); null outside YAML. */
    record Leaf(ScalarField field, String resolvedTag, Props props) implements Node {
        Leaf(ScalarField field) {
            this(field, null, Props.NONE);
        }
    }

    /**
     * The first alias occurrence strictly above {@code path}, if any: what lies inside an alias is
     * the anchored value's own text, so editing through it would edit that value.
     */
    static Optional<Node> aliasAbove(Node root, KeyPath path) {
        for (int depth = 1; depth < path.steps().size(); depth++) {
            Optional<Node> node = find(root, new KeyPath(path.steps().subList(0, depth)));
            if (node.isPresent() && node.get().alias()) {
                return node;
            }
        }
        return Optional.empty();
    }

    static Optional<Node> find(Node root, KeyPath path) {
        Node at = root;
        for (Object step : path.steps()) {
            if (step instanceof String key && at instanceof MapNode map) {
                Optional<Entry> entry = map.entry(key);
                if (entry.isEmpty()) {
                    return Optional.empty();
                }
                at = entry.get().value();
            } else if (step instanceof Integer index && at instanceof ListNode list) {
                if (index < 0 || index >= list.items().size()) {
                    return Optional.empty();
                }
                at = list.items().get(index);
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(at);
    }

    /** The key entry at {@code path} (whose last step is a key), if present. */
    static Optional<Entry> findEntry(Node root, KeyPath path) {
        if (path.isEmpty() || !(path.last() instanceof String key)) {
            return Optional.empty();
        }
        return find(root, path.parent())
                .filter(MapNode.class::isInstance)
                .flatMap(parent -> ((MapNode) parent).entry(key));
    }

    static MapNode emptyRoot(int at) {
        return new MapNode(new MapField(new Span(at, at), 1, Map.of()), false, List.of());
    }
}
