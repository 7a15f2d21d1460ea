package org.masthead.document;

import java.util.List;
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

        /** True where a YAML alias ({@code *name}) repeats a value written elsewhere. */
        boolean alias();

        /** The same value, marked as an alias occurrence. */
        Node asAlias();

        default Span span() {
            return field().span();
        }
    }

    record Entry(String key, Span keySpan, Node value) {
    }

    record MapNode(MapField field, boolean flow, List<Entry> entries, boolean alias) implements Node {
        MapNode {
            entries = List.copyOf(entries);
        }

        MapNode(MapField field, boolean flow, List<Entry> entries) {
            this(field, flow, entries, false);
        }

        @Override
        public Node asAlias() {
            return new MapNode(field, flow, entries, true);
        }

        Optional<Entry> entry(String key) {
            return entries.stream().filter(e -> e.key().equals(key)).findFirst();
        }
    }

    record ListNode(ListField field, boolean flow, List<Node> items, boolean alias) implements Node {
        ListNode {
            items = List.copyOf(items);
        }

        ListNode(ListField field, boolean flow, List<Node> items) {
            this(field, flow, items, false);
        }

        @Override
        public Node asAlias() {
            return new ListNode(field, flow, items, true);
        }
    }

    record Leaf(ScalarField field, boolean alias) implements Node {
        Leaf(ScalarField field) {
            this(field, false);
        }

        @Override
        public Node asAlias() {
            return new Leaf(field, true);
        }
    }

    /** The first alias occurrence on the way to {@code path}, if any: editing through it would edit its anchor. */
    static Optional<Node> aliasOnPath(Node root, KeyPath path) {
        for (int depth = 1; depth <= path.steps().size(); depth++) {
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
        return new MapNode(new MapField(new Span(at, at), 1, java.util.Map.of()), false, List.of());
    }
}
