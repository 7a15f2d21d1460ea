package org.masthead.document;

import java.util.ArrayList;
import java.util.List;

/**
 * A path to a field: dotted keys with {@code [n]} for list items, as in {@code seo.title},
 * {@code related_article2.url} or {@code tags[0]}.
 */
public record KeyPath(List<Object> steps) {
    public KeyPath {
        steps = List.copyOf(steps);
    }

    public static KeyPath parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty key path");
        }
        List<Object> steps = new ArrayList<>();
        for (String part : text.split("\\.", -1)) {
            int bracket = part.indexOf('[');
            String key = bracket < 0 ? part : part.substring(0, bracket);
            if (key.isEmpty() && bracket != 0) {
                throw new IllegalArgumentException("empty key in path '" + text + "'");
            }
            if (!key.isEmpty()) {
                steps.add(key);
            }
            while (bracket >= 0) {
                int close = part.indexOf(']', bracket);
                if (close < 0) {
                    throw new IllegalArgumentException("unclosed [ in path '" + text + "'");
                }
                try {
                    steps.add(Integer.parseInt(part.substring(bracket + 1, close)));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("bad list index in path '" + text + "'");
                }
                bracket = part.indexOf('[', close);
                if (bracket < 0 && close != part.length() - 1) {
                    throw new IllegalArgumentException("unexpected text after ] in path '" + text + "'");
                }
            }
        }
        return new KeyPath(steps);
    }

    public static KeyPath of(Object... steps) {
        return new KeyPath(List.of(steps));
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }

    public Object last() {
        return steps.get(steps.size() - 1);
    }

    public KeyPath parent() {
        return new KeyPath(steps.subList(0, steps.size() - 1));
    }

    public KeyPath child(Object step) {
        List<Object> more = new ArrayList<>(steps);
        more.add(step);
        return new KeyPath(more);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (Object step : steps) {
            if (step instanceof Integer index) {
                out.append('[').append(index).append(']');
            } else {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(step);
            }
        }
        return out.toString();
    }
}
