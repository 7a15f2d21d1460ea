package org.masthead.document;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data a front matter holds, as plain maps, lists and scalars with every alias written out:
 * what any reader of the file gets. Edits compare it before and after, so that an edit which
 * would change anything but the edited value is refused.
 */
final class Data {
    /** Aliases can make a small text hold a huge tree; past this many nodes an edit is not checked but refused. */
    static final long MAX_NODES = 200_000;

    record Scalar(String tag, ScalarType type, String value) {
    }

    private Data() {
    }

    /** The data under {@code node}, or null when aliases expand it past {@link #MAX_NODES}. */
    static Object of(Tree.Node node) {
        return size(node, new IdentityHashMap<>()) > MAX_NODES ? null : build(node);
    }

    private static long size(Tree.Node node, Map<Tree.Node, Long> memo) {
        Tree.Node origin = node.origin();
        Long known = memo.get(origin);
        if (known != null) {
            return known;
        }
        long total = 1;
        if (origin instanceof Tree.MapNode map) {
            for (Tree.Entry entry : map.entries()) {
                total = Math.min(Long.MAX_VALUE / 4, total + size(entry.value(), memo));
            }
        } else if (origin instanceof Tree.ListNode list) {
            for (Tree.Node item : list.items()) {
                total = Math.min(Long.MAX_VALUE / 4, total + size(item, memo));
            }
        }
        memo.put(origin, total);
        return total;
    }

    private static Object build(Tree.Node node) {
        if (node instanceof Tree.MapNode map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.entries().forEach(entry -> out.put(entry.key(), build(entry.value())));
            return out;
        }
        if (node instanceof Tree.ListNode list) {
            List<Object> out = new ArrayList<>();
            list.items().forEach(item -> out.add(build(item)));
            return out;
        }
        Tree.Leaf leaf = (Tree.Leaf) node;
        return new Scalar(leaf.resolvedTag(), leaf.field().type(), leaf.field().value());
    }

    /** The first place, as a key path, where {@code a} and {@code b} differ; null when they are equal. */
    static KeyPath difference(Object a, Object b, KeyPath at) {
        if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
            for (Map.Entry<?, ?> entry : ma.entrySet()) {
                if (!mb.containsKey(entry.getKey())) {
                    return at.child(entry.getKey());
                }
                KeyPath inner = difference(entry.getValue(), mb.get(entry.getKey()), at.child(entry.getKey()));
                if (inner != null) {
                    return inner;
                }
            }
            return mb.keySet().stream().filter(k -> !ma.containsKey(k)).findFirst().map(at::child).orElse(null);
        }
        if (a instanceof List<?> la && b instanceof List<?> lb) {
            for (int i = 0; i < Math.min(la.size(), lb.size()); i++) {
                KeyPath inner = difference(la.get(i), lb.get(i), at.child(i));
                if (inner != null) {
                    return inner;
                }
            }
            return la.size() == lb.size() ? null : at.child(Math.min(la.size(), lb.size()));
        }
        return a.equals(b) ? null : at;
    }

    /** What {@code data} holds at {@code path}, or null. */
    static Object at(Object data, KeyPath path) {
        Object here = data;
        for (Object step : path.steps()) {
            if (here instanceof Map<?, ?> map && step instanceof String key) {
                here = map.get(key);
            } else if (here instanceof List<?> list && step instanceof Integer index && index >= 0
                    && index < list.size()) {
                here = list.get(index);
            } else {
                return null;
            }
        }
        return here;
    }

    /**
     * {@code data} with what is at {@code path} taken from {@code after}: from the first step that
     * did not exist (or held nothing) before, since a new key may bring new maps with it.
     */
    static Object withSet(Object data, KeyPath path, Object after) {
        int depth = 1;
        while (depth < path.steps().size()) {
            Object here = at(data, new KeyPath(path.steps().subList(0, depth)));
            if (here == null || here instanceof Scalar s && s.type() == ScalarType.NULL) {
                break;
            }
            depth++;
        }
        KeyPath changed = new KeyPath(path.steps().subList(0, depth));
        return replace(data, changed, at(after, changed), false);
    }

    /**
     * {@code data} with the value {@code after} holds at {@code path} added, and with it only the
     * maps and one-item lists that lead to it from the first step that did not exist (or held
     * nothing) before: a new key brings nothing else along.
     */
    static Object withAdded(Object data, KeyPath path, Object after) {
        int depth = 1;
        while (depth < path.steps().size()) {
            Object here = at(data, new KeyPath(path.steps().subList(0, depth)));
            if (here == null || here instanceof Scalar s && s.type() == ScalarType.NULL) {
                break;
            }
            depth++;
        }
        Object built = at(after, path);
        for (int i = path.steps().size() - 1; i >= depth; i--) {
            Object step = path.steps().get(i);
            if (step instanceof String key) {
                Map<String, Object> map = new LinkedHashMap<>();
                map.put(key, built);
                built = map;
            } else {
                List<Object> list = new ArrayList<>();
                list.add(built);
                built = list;
            }
        }
        return replace(data, new KeyPath(path.steps().subList(0, depth)), built, false);
    }

    static Object withRemoved(Object data, KeyPath path) {
        return replace(data, path, null, false);
    }

    /**
     * {@code data} without {@code path}, and in TOML, where a list of tables cannot be empty,
     * without the list too when that was its last item and {@code tomlAfter} no longer has it.
     */
    static Object withRemoved(Object data, KeyPath path, Object tomlAfter) {
        Object expected = withRemoved(data, path);
        boolean emptied = at(expected, path.parent()) instanceof List<?> list && list.isEmpty();
        return emptied && tomlAfter != null && at(tomlAfter, path.parent()) == null
                ? withRemoved(expected, path.parent()) : expected;
    }

    static Object withInserted(Object data, KeyPath item, Object value) {
        return replace(data, item, value, true);
    }

    /** A copy of {@code data} with {@code path} set to {@code value} (removed when null, inserted in a list when asked). */
    @SuppressWarnings("unchecked")
    private static Object replace(Object data, KeyPath path, Object value, boolean insert) {
        if (path.isEmpty()) {
            return value;
        }
        Object step = path.steps().get(0);
        KeyPath rest = new KeyPath(path.steps().subList(1, path.steps().size()));
        if (data instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) map);
            Object inner = rest.isEmpty() ? value : replace(copy.get(step), rest, value, insert);
            if (inner == null) {
                copy.remove(step);
            } else {
                copy.put((String) step, inner);
            }
            return copy;
        }
        List<Object> copy = new ArrayList<>((List<Object>) data);
        int index = (Integer) step;
        if (!rest.isEmpty()) {
            copy.set(index, replace(copy.get(index), rest, value, insert));
        } else if (insert || index == copy.size()) {
            copy.add(index, value);
        } else if (value == null) {
            copy.remove(index);
        } else {
            copy.set(index, value);
        }
        return copy;
    }
}
