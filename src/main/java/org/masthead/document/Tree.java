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

        default Span span() {
            return field().span();
        }
    }

    record Entry(String key, Span keySpan, Node value) {
    }

    record MapNode(MapField field, boolean flow, List<Entry> entries) implements Node {
        MapNode {
            entries = List.copyOf(entries);
        }

        Optional<Entry> entry(String key) {
            return entries.stream().filter(e -> e.key().equals(key)).findFirst();
        }
    }

    record ListNode(ListField field, boolean flow, List<Node> items) implements Node {
        ListNode {
            items = List.copyOf(items);
        }
    }

    record Leaf(ScalarField field) implements Node {
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
