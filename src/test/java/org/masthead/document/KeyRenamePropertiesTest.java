package org.masthead.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any key renamed to any free name keeps its value and changes only the key's own line; renamed
 * back it gives the original data, and the original bytes when the name needs no quotes.
 */
class KeyRenamePropertiesTest {

    @Provide
    Arbitrary<String> fixtures() {
        return Arbitraries.of(
                """
                        ---
                        plain: some text # note
                        'single': 'quoted'
                        seo:
                          title: >-
                            folded
                        tags: [a, b]
                        flow: {k: v, w: 1}
                        ---
                        body""",
                "+++\nplain = \"some text\" # note\n'single' = 'quoted'\ntags = [\"a\", \"b\"]\nflow = { k = \"v\", w = 1 }\n\n[seo]\ntitle = \"\"\"x\"\"\"\n+++\n",
                "{\n  \"plain\": \"some text\",\n  \"single\": \"quoted\",\n  \"seo\": {\"title\": \"x\"},\n  \"flow\": {\"k\": \"v\"}\n}\n");
    }

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> pieces = Arbitraries.of("a", "key", "_", "-", " ", ":", "#", "'", "\"", ".", "[", "]", ",",
                "{", "yes", "1", "\u00e9", "\uD83D\uDE00", "\\", "=", "*", "&");
        return pieces.list().ofMinSize(1).ofMaxSize(5).map(list -> String.join("", list));
    }

    @Property(tries = 300)
    void renamingAKeyAndBackRestoresEveryByte(@ForAll("fixtures") String text, @ForAll("names") String name,
            @ForAll("keys") String key) throws Exception {
        Document doc = TestFiles.doc(text);
        KeyPath path = KeyPath.parse(key);
        if (doc.get(path).isEmpty() || doc.get(path.parent().child(name)).isPresent() || name.equals(path.last())) {
            return;
        }
        Document renamed;
        try {
            renamed = doc.renameKey(path, name);
        } catch (DocumentException refused) {
            // a name no style of this format can hold (a line break in a YAML plain key, say) may be refused
            assertThat(refused.getMessage()).startsWith("test.md:").contains("Nothing was changed.");
            return;
        }
        KeyPath newPath = path.parent().child(name);
        assertThat(Data.of(Tree.find(renamed.tree(), newPath).orElseThrow()))
                .isEqualTo(Data.of(Tree.find(doc.tree(), path).orElseThrow()));
        List<String> before = TestFiles.lines(doc.text());
        List<String> after = TestFiles.lines(renamed.text());
        assertThat(after).hasSameSizeAs(before);
        int keyLine = Tree.findEntry(doc.tree(), path).orElseThrow().value().field().line();
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).equals(after.get(i))) {
                assertThat(i + 1).as("changed line").isLessThanOrEqualTo(keyLine);
            }
        }
        Document back = renamed.renameKey(newPath, (String) path.last());
        if (TomlKeys.isBare(name) && !YamlScalars.needsQuotes(name, true)) {
            assertThat(back.text()).isEqualTo(doc.text());
        } else {
            // a name that had to be quoted leaves the key quoted: quotes are kept as the style of that key
            assertThat(Data.of(back.tree())).isEqualTo(Data.of(doc.tree()));
        }
    }

    @Provide
    Arbitrary<String> keys() {
        return Arbitraries.of("plain", "single", "seo", "seo.title", "flow.k", "tags");
    }
}
