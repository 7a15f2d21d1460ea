package org.masthead.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Valid TOML in the many layouts Hugo sites use is read completely, and each value can be set in place. */
class TomlLayoutPropertiesTest {

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.of("\"basic\"", "'lit'", """
                \"""
                multi
                line\""\"""", "'''raw\\n'''", "42", "-1.5e3",
                "1_000", "0x1F", "true", "2024-03-01", "2024-03-01T10:20:30Z", "2024-03-01 10:20:30+02:00",
                "10:20:30", "[1, 2]", """
                        [
                          "a", # c
                          "b",
                        ]""", "{ x = 1, y = \"z\" }", "[ { u = 'v' } ]",
                "\"esc \\\" \\\\ \\u00e9\"", "inf", "\"\"");
    }

    @Provide
    Arbitrary<List<String>> lines() {
        Arbitrary<String> key = Arbitraries.of("a", "b", "\"quoted key\"", "'lit key'", "dotted.k", "x-y_z");
        Arbitrary<String> entry = net.jqwik.api.Combinators.combine(key, values(),
                Arbitraries.of("", " # note", "  ")).as((k, v, tail) -> k + " = " + v + tail);
        Arbitrary<String> header = Arbitraries.of("[t1]", "[t1.sub]", "[[arr]]", "[arr.sub]", "[ 'spaced' ]",
                "  [indented]", "# only a comment", "");
        return Arbitraries.oneOf(entry, entry, header).list().ofMaxSize(12);
    }

    @Property(tries = 1500)
    void everyValueOfValidTomlIsFoundAndEditable(@ForAll("lines") List<String> lines) throws Exception {
        String toml = String.join("\n", lines) + "\n";
        Document doc;
        try {
            doc = TestFiles.doc("+++\n" + toml + "+++\nbody");
        } catch (DocumentException e) {
            // tomlj refuses invalid combinations (a key defined twice, a table redefined); any other refusal is a bug
            assertThat(e.problem()).startsWith("invalid TOML front matter");
            return;
        }
        List<KeyPath> leaves = new java.util.ArrayList<>();
        CorpusTest.collectLeaves(doc.root(), KeyPath.of(), leaves);
        for (KeyPath path : leaves) {
            ScalarField field = (ScalarField) doc.get(path).orElseThrow();
            assertThat(doc.text().substring(field.span().start(), field.span().end())).isEqualTo(field.raw());
            Document edited = doc.set(path, "new \"value\"");
            assertThat(edited.getString(path)).as(toml + path).contains("new \"value\"");
            assertThat(edited.body()).isEqualTo("body");
        }
    }
}
