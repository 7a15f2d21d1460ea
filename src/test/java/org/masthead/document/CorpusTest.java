package org.masthead.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every real file round-trips byte for byte, and every string field can be edited on its own lines. */
class CorpusTest {

    private static List<Path> files() {
        return TestFiles.realFiles();
    }

    @Test
    void everyFileRoundTripsByteIdentical() throws Exception {
        List<Path> files = files();
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            Document doc = Document.parse(file.toString(), bytes);
            assertThat(doc.toBytes()).as(file.toString()).isEqualTo(bytes);
        }
    }

    @Test
    void everyStringFieldEditChangesOnlyItsLines() throws Exception {
        List<Path> files = files();
        int edits = 0;
        for (Path file : files) {
            Document doc = Document.parse(file);
            List<KeyPath> paths = new ArrayList<>();
            collectStrings(doc.root(), KeyPath.of(), paths);
            for (KeyPath path : paths) {
                ScalarField old = (ScalarField) doc.get(path).orElseThrow();
                String value = "Edited value: " + path + " #1";
                Document edited = doc.set(path, value);
                assertThat(edited.getString(path)).as(file + " " + path).contains(value);
                assertOnlyLinesOf(doc.text(), edited.text(), old, file + " " + path);
                edits++;
            }
        }
        assertThat(edits).isGreaterThan(0);
    }

    @Test
    void everyKeyCanBeRemovedAndEveryListEditedWithoutTouchingOtherValues() throws Exception {
        List<Path> files = files();
        int lists = 0;
        for (Path file : files) {
            Document doc = Document.parse(file);
            for (String key : doc.root().entries().keySet()) {
                Document removed = doc.remove(KeyPath.of(key));
                assertThat(removed.root().entries().keySet()).as(file + " " + key)
                        .containsExactlyElementsOf(doc.root().entries().keySet().stream()
                                .filter(k -> !k.equals(key)).toList());
                EditPropertiesTest.assertLinesOnlyRemoved(doc.text(), removed.text(), false);
            }
            List<KeyPath> listPaths = new ArrayList<>();
            collectLists(doc.root(), KeyPath.of(), listPaths);
            for (KeyPath path : listPaths) {
                List<String> before = values(doc, path);
                if (before == null || before.isEmpty()) {
                    continue;
                }
                lists++;
                List<String> expected = new ArrayList<>(before);
                expected.add("new item");
                assertThat(values(doc.insert(path, before.size(), "new item"), path)).as(file + " " + path)
                        .isEqualTo(expected);
                expected = new ArrayList<>(before);
                expected.add(0, "first: item");
                assertThat(values(doc.insert(path, 0, "first: item"), path)).isEqualTo(expected);
                expected = new ArrayList<>(before);
                expected.add(expected.remove(0));
                assertThat(values(doc.move(path, 0, before.size() - 1), path)).isEqualTo(expected);
                assertThat(values(doc.remove(path.child(0)), path)).isEqualTo(before.subList(1, before.size()));
            }
        }
        assertThat(lists).isGreaterThan(0);
    }

    /** The scalar items of the list at {@code path}, or null when it holds maps or lists. */
    private static List<String> values(Document doc, KeyPath path) {
        List<String> out = new ArrayList<>();
        for (Field item : ((ListField) doc.get(path).orElseThrow()).items()) {
            if (!(item instanceof ScalarField scalar)) {
                return null;
            }
            out.add(scalar.value());
        }
        return out;
    }

    private static void collectLists(Field field, KeyPath at, List<KeyPath> out) {
        if (field instanceof MapField map) {
            map.entries().forEach((k, v) -> collectLists(v, at.child(k), out));
        } else if (field instanceof ListField list) {
            out.add(at);
        }
    }

    /** Outside the old value's lines, the texts agree line for line. */
    static void assertOnlyLinesOf(String before, String after, ScalarField old, String what) {
        List<String> a = TestFiles.lines(before);
        List<String> b = TestFiles.lines(after);
        int first = Lines.line(before, old.span().start()) - 1;
        int last = Lines.line(before, old.span().end()) - 1;
        int grown = b.size() - a.size();
        assertThat(b.subList(0, first)).as(what).isEqualTo(a.subList(0, first));
        assertThat(b.subList(last + 1 + grown, b.size())).as(what).isEqualTo(a.subList(last + 1, a.size()));
    }

    /** Every scalar's path, whatever its type. */
    static void collectLeaves(Field field, KeyPath at, List<KeyPath> out) {
        if (field instanceof MapField map) {
            map.entries().forEach((k, v) -> collectLeaves(v, at.child(k), out));
        } else if (field instanceof ListField list) {
            for (int i = 0; i < list.items().size(); i++) {
                collectLeaves(list.items().get(i), at.child(i), out);
            }
        } else {
            out.add(at);
        }
    }

    static void collectStrings(Field field, KeyPath at, List<KeyPath> out) {
        if (field instanceof MapField map) {
            for (Map.Entry<String, Field> e : map.entries().entrySet()) {
                collectStrings(e.getValue(), at.child(e.getKey()), out);
            }
        } else if (field instanceof ListField list) {
            for (int i = 0; i < list.items().size(); i++) {
                collectStrings(list.items().get(i), at.child(i), out);
            }
        } else if (field instanceof ScalarField scalar && scalar.type() == ScalarType.STRING) {
            out.add(at);
        }
    }
}
