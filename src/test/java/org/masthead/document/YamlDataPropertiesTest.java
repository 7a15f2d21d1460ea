package org.masthead.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Over generated YAML front matter, every edit the model accepts changes, in the data a YAML
 * reader loads from the new bytes, only the edited value; every edit it refuses names a line and
 * column inside the front matter. SnakeYAML's own loader (which constructs objects and resolves
 * every alias and tag) is the oracle.
 */
class YamlDataPropertiesTest {
    private static final String[] VALUES = {"new", "with: colon", "#hash", "multi\nline", "12", "yes", "", " lead",
        "trail ", "quote ' \"", "tab\there", "\u00e9\uD83D\uDE00", "a,b", "[x]", "*alias", "&anchor", "!!binary",
        "%pct", "- dash", "? q", "line\n", """
                x

                """, "2024-05-06", "1.5"};

    record Bytes(String base64) {
    }

    record Edit(String kind, KeyPath path, int index, String value) {
    }

    @Property(tries = 400)
    void everyAcceptedEditChangesOnlyItsValueAndEveryRefusalPointsIntoTheFrontMatter(
            @ForAll long seed, @ForAll @IntRange(min = 0, max = 10_000) int choice,
            @ForAll @IntRange(min = 0, max = 100) int valueChoice) throws Exception {
        String yaml = YamlGenerator.frontMatter(seed);
        Object before = load(yaml);
        Assume.that(before instanceof Map);
        String text = "---\n" + yaml + """
                ---
                body
                """;
        int closing = yaml.split("\n", -1).length + 1;
        Document doc;
        try {
            doc = TestFiles.doc(text);
        } catch (DocumentException e) {
            assertThat(e.line()).as(e.getMessage() + "\n" + text).isBetween(2, closing - 1);
            return;
        }
        Edit edit = pick(doc, choice, VALUES[valueChoice % VALUES.length]);
        Document edited;
        try {
            edited = apply(doc, edit);
        } catch (DocumentException e) {
            assertThat(e.line()).as(e.getMessage() + "\n" + text).isBetween(2, closing - 1);
            assertThat(e.column()).isPositive();
            assertThat(e.getMessage()).startsWith("test.md:" + e.line() + ":" + e.column() + ": ");
            return;
        }
        String after = edited.text();
        assertThat(after).as(text).startsWith("---\n").endsWith("""
                ---
                body
                """);
        Object loaded = load(after.substring(4, after.length() - """
                ---
                body
                """.length()));
        assertThat(loaded).as("unreadable after " + edit + ":\n" + after).isInstanceOf(Map.class);
        // setting a field to the text it shows (an empty value shows as "") leaves the file as it is
        Object expected = after.equals(text) ? before : expect(normalize(before), edit, loaded, doc);
        assertThat(loaded).as(edit + """

                --- before:
                """ + text + "--- after:\n" + after).isEqualTo(expected);
    }

    /** An edit chosen by {@code choice} among every scalar, list and map of {@code doc}. */
    private static Edit pick(Document doc, int choice, String value) {
        List<KeyPath> scalars = new ArrayList<>();
        List<KeyPath> lists = new ArrayList<>();
        List<KeyPath> maps = new ArrayList<>();
        collect(doc.root(), KeyPath.of(), scalars, lists, maps, 0);
        List<Edit> edits = new ArrayList<>();
        scalars.forEach(p -> edits.add(new Edit("set", p, 0, value)));
        scalars.forEach(p -> edits.add(new Edit("remove", p, 0, null)));
        maps.forEach(p -> edits.add(new Edit("set", p.child("added"), 0, value)));
        maps.stream().filter(p -> !p.isEmpty()).forEach(p -> edits.add(new Edit("remove", p, 0, null)));
        for (KeyPath list : lists) {
            int size = ((ListField) doc.get(list).orElseThrow()).items().size();
            edits.add(new Edit("insert", list, choice % (size + 1), value));
            if (size > 1) {
                edits.add(new Edit("move", list, choice % size, String.valueOf((choice / 7) % size)));
            }
        }
        return edits.get(choice % edits.size());
    }

    private static void collect(Field field, KeyPath at, List<KeyPath> scalars, List<KeyPath> lists,
                                List<KeyPath> maps, int depth) {
        if (depth > 8) {
            return;
        }
        if (field instanceof MapField map) {
            maps.add(at);
            map.entries().forEach((k, v) -> collect(v, at.child(k), scalars, lists, maps, depth + 1));
        } else if (field instanceof ListField list) {
            lists.add(at);
            for (int i = 0; i < list.items().size(); i++) {
                collect(list.items().get(i), at.child(i), scalars, lists, maps, depth + 1);
            }
        } else {
            scalars.add(at);
        }
    }

    private static Document apply(Document doc, Edit edit) throws DocumentException {
        return switch (edit.kind()) {
            case "set" -> doc.set(edit.path(), edit.value());
            case "remove" -> doc.remove(edit.path());
            case "insert" -> doc.insert(edit.path(), edit.index(), edit.value());
            default -> doc.move(edit.path(), edit.index(), Integer.parseInt(edit.value()));
        };
    }

    /** The data before, with the edit made as a user means it. */
    @SuppressWarnings("unchecked")
    private static Object expect(Object before, Edit edit, Object loaded, Document doc) {
        KeyPath path = edit.path();
        Object parent = at(before, path.parent());
        switch (edit.kind()) {
            case "set" -> {
                Object now = at(loaded, path);
                boolean kept = doc.get(path).map(f -> f instanceof ScalarField s && s.type() != ScalarType.STRING
                        && s.type() != ScalarType.NULL).orElse(false);
                // a number, boolean or date stays one when the new text is one too
                Object value = kept && !(now instanceof String) && now != null ? now : edit.value();
                put(parent, path.last(), value);
            }
            case "remove" -> {
                if (parent instanceof Map<?, ?> map) {
                    map.remove(path.last());
                } else {
                    ((List<Object>) parent).remove((int) (Integer) path.last());
                }
            }
            case "insert" -> ((List<Object>) at(before, path)).add(edit.index(), edit.value());
            default -> {
                List<Object> list = (List<Object>) at(before, path);
                list.add(Integer.parseInt(edit.value()), list.remove(edit.index()));
            }
        }
        return before;
    }

    @SuppressWarnings("unchecked")
    private static void put(Object parent, Object step, Object value) {
        if (parent instanceof Map<?, ?> map) {
            ((Map<Object, Object>) map).put(step, value);
        } else {
            ((List<Object>) parent).set((Integer) step, value);
        }
    }

    private static Object at(Object data, KeyPath path) {
        Object here = data;
        for (Object step : path.steps()) {
            here = here instanceof Map<?, ?> map ? map.get(step) : ((List<?>) here).get((Integer) step);
        }
        return here;
    }

    private static Object load(String yaml) {
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            Object data = new Yaml(options).load(yaml);
            return data == null ? new LinkedHashMap<>() : normalize(data); // an empty front matter is an empty map
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName();
        }
    }

    /** A fresh copy (aliases no longer share objects) whose leaves compare by value, bytes and dates included. */
    private static Object normalize(Object data) {
        if (data instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, normalize(v)));
            return out;
        }
        if (data instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(normalize(v)));
            return out;
        }
        if (data instanceof byte[] bytes) {
            return new Bytes(Base64.getEncoder().encodeToString(bytes));
        }
        if (data instanceof Date date) {
            return date.toInstant();
        }
        return data;
    }
}
