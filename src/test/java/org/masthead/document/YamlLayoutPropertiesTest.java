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

/** YAML in many layouts: every scalar is found at its span and can be set in place, touching only its lines. */
class YamlLayoutPropertiesTest {

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.of("plain text", "'single ''q'''", "\"double \\\" \\u00e9 \\n\"", """
                >-
                  folded
                  text""",
                """
                        |
                          literal
                           indented
                        """, """
                        |+
                          kept

                        """, ">2-\n   explicit", "multi\n  line plain",
                "12", "-1.0", "yes", "~", "", "2024-03-01", "[a, 'b', {c: d}]", "{k: v, n: [1, 2]}",
                "\n  - x\n  - y: z\n    w: 1", "\n  nested: 1\n  deeper:\n    k: \"v\"", "&anchor anchored",
                "!!str 01", "\"\\U0001F600\"", "plain # with comment", "x:y", "- - a");
    }

    @Provide
    Arbitrary<List<String>> docs() {
        Arbitrary<String> key = Arbitraries.of("a", "b", "'quoted'", "\"dq\"", "k-1", "c d", "? e");
        Arbitrary<String> entry = Combinators.combine(key, values()).as((k, v) ->
                k.startsWith("?") ? k + "\n: " + v.replace("\n", "\n  ") : k + ": " + v);
        return Arbitraries.oneOf(entry, entry, entry, Arbitraries.of("# comment", "", "  # indented comment"))
                .list().ofMaxSize(8);
    }

    @Property(tries = 1500)
    void everyScalarIsFoundAndEditable(@ForAll("docs") List<String> lines) throws Exception {
        String yaml = String.join("\n", lines) + "\n";
        Document doc;
        try {
            doc = TestFiles.doc("---\n" + yaml + "---\nbody");
        } catch (DocumentException e) {
            // duplicate keys and values SnakeYAML refuses; nothing else may be thrown
            assertThat(e.problem()).containsAnyOf("invalid YAML", "appears twice", "not allowed");
            return;
        }
        List<KeyPath> leaves = new ArrayList<>();
        CorpusTest.collectLeaves(doc.root(), KeyPath.of(), leaves);
        for (KeyPath path : leaves) {
            ScalarField field = (ScalarField) doc.get(path).orElseThrow();
            assertThat(doc.text().substring(field.span().start(), field.span().end())).isEqualTo(field.raw());
            try {
                Document edited = doc.set(path, "new: \"value\"");
                assertThat(edited.getString(path)).as(yaml + path).contains("new: \"value\"");
                CorpusTest.assertOnlyLinesOf(doc.text(), edited.text(), field, yaml + path);
            } catch (DocumentException e) {
                assertThat(e.problem()).as(yaml + path).contains("alias");
            }
        }
    }
}
