package org.masthead.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random edits on real files: every value the edit did not target reads back exactly as before. */
class CorpusEditPropertiesTest {
    private static final List<Path> FILES = TestFiles.realFiles();

    record Edit(int kind, int pick, String value) {
    }

    @Provide
    Arbitrary<Integer> files() {
        // The vendored corpus is always there: no files is a broken build, not a property to skip.
        assertThat(FILES).isNotEmpty();
        return Arbitraries.integers().between(0, FILES.size() - 1);
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<String> value = Arbitraries.of("plain", "a: b", "x #y", "'q'", "\"d\"", " lead", "", "yes", "12",
                "2024-01-01", "line\nbreak", "\u00e9\uD83D\uDE00", "[x]", "- y", "\\n$\\neq$");
        return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 1000),
                value).as(Edit::new).list().ofMinSize(1).ofMaxSize(5);
    }

    @Property(tries = 300)
    void untouchedValuesSurviveRandomEdits(@ForAll("files") int index, @ForAll("edits") List<Edit> edits)
            throws Exception {
        Document doc = Document.parse(FILES.get(index));
        for (Edit edit : edits) {
            Map<String, String> before = flatten(doc.root(), KeyPath.of());
            Map<String, String> expected = new LinkedHashMap<>(before);
            List<String> leaves = new ArrayList<>(before.keySet());
            List<String> keys = new ArrayList<>(doc.root().entries().keySet());
            if (edit.kind() == 0 && !leaves.isEmpty()) {
                String path = leaves.get(edit.pick() % leaves.size());
                doc = doc.set(KeyPath.parse(path), edit.value());
                expected.put(path, edit.value());
            } else if (edit.kind() == 1 && !keys.isEmpty()) {
                String key = keys.get(edit.pick() % keys.size());
                doc = doc.remove(KeyPath.of(key));
                expected.keySet().removeIf(p -> p.equals(key) || p.startsWith(key + ".") || p.startsWith(key + "["));
            } else {
                String path = "zz_added_" + edit.pick();
                if (before.containsKey(path)) {
                    continue;
                }
                doc = doc.set(KeyPath.parse(path), edit.value());
                expected.put(path, edit.value());
            }
            assertThat(flatten(doc.root(), KeyPath.of())).as(FILES.get(index) + " after " + edit)
                    .containsExactlyInAnyOrderEntriesOf(expected);
            assertThat(doc.body()).isEqualTo(Document.parse(FILES.get(index)).body());
        }
    }

    /** Every scalar, by its key path, with its text value. */
    private static Map<String, String> flatten(Field field, KeyPath at) {
        Map<String, String> out = new LinkedHashMap<>();
        if (field instanceof MapField map) {
            map.entries().forEach((k, v) -> {
                if (!k.contains(".") && !k.contains("[")) {
                    out.putAll(flatten(v, at.child(k)));
                }
            });
        } else if (field instanceof ListField list) {
            for (int i = 0; i < list.items().size(); i++) {
                out.putAll(flatten(list.items().get(i), at.child(i)));
            }
        } else if (field instanceof ScalarField scalar) {
            out.put(at.toString(), scalar.value());
        }
        return out;
    }
}
