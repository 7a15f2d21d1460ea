package org.masthead.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random insert, remove and move sequences on lists in every layout keep the list and its neighbours right. */
class ListPropertiesTest {

    record Op(int kind, int a, int b, String value) {
    }

    @Provide
    Arbitrary<List<Op>> ops() {
        Arbitrary<String> value = Arbitraries.of("x", "y z", "a: b", "#c", "[d]", "'q'", "\"w\"", "", " s ", "1",
                "yes", "\u00e9", "{e}", "f, g", "\\n", "- h");
        return Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 9),
                Arbitraries.integers().between(0, 9), value).as(Op::new).list().ofMinSize(1).ofMaxSize(10);
    }

    @Provide
    Arbitrary<String> layouts() {
        return Arbitraries.of(
                """
                        ---
                        before: 1
                        tags:
                          - one
                          - two
                        after: 2
                        ---
                        body""",
                """
                        ---
                        before: 1
                        tags:
                        - one
                        - two # c
                        after: 2
                        ---
                        body""",
                """
                        ---
                        before: 1
                        nested:
                          tags:
                            - one
                            - two
                          after: 2
                        ---
                        body""",
                """
                        ---
                        before: 1
                        tags: [one, two]
                        after: 2
                        ---
                        body""",
                """
                        ---\r
                        before: 1\r
                        tags:\r
                          - one\r
                          - two\r
                        after: 2\r
                        ---\r
                        body""",
                """
                        +++
                        before = 1
                        tags = ["one", 'two']
                        after = 2
                        +++
                        body""",
                """
                        +++
                        before = 1
                        tags = [
                          "one",
                          "two",
                        ]
                        after = 2
                        +++
                        body""",
                """
                        {
                          "before": 1,
                          "tags": ["one", "two"],
                          "after": 2
                        }
                        body""",
                """
                        {
                          "before": 1,
                          "tags": [
                            "one",
                            "two"
                          ],
                          "after": 2
                        }
                        body""");
    }

    @Property(tries = 500)
    void listEditsKeepTheModel(@ForAll("layouts") String text, @ForAll("ops") List<Op> ops) throws Exception {
        Document doc = TestFiles.doc(text);
        KeyPath tags = doc.get(KeyPath.of("tags")).isPresent() ? KeyPath.of("tags") : KeyPath.parse("nested.tags");
        List<String> model = new ArrayList<>(List.of("one", "two"));
        for (Op op : ops) {
            int size = model.size();
            if (op.kind() == 0) {
                int at = op.a() % (size + 1);
                doc = doc.insert(tags, at, op.value());
                model.add(at, op.value());
            } else if (op.kind() == 1 && size > 1) {
                int at = op.a() % size;
                doc = doc.remove(tags.child(at));
                model.remove(at);
            } else if (size > 0) {
                int from = op.a() % size;
                int to = op.b() % size;
                doc = doc.move(tags, from, to);
                model.add(to, model.remove(from));
            }
            List<String> items = new ArrayList<>();
            for (Field item : ((ListField) doc.get(tags).orElseThrow()).items()) {
                items.add(((ScalarField) item).value());
            }
            assertThat(items).as(doc.text()).isEqualTo(model);
            assertThat(doc.getString(KeyPath.of("before"))).contains("1");
            assertThat(doc.getString(tags.parent().child("after"))).contains("2");
            assertThat(doc.body()).isEqualTo("body");
        }
    }
}
