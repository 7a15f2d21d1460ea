package org.masthead.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A list created by setting item 0 holds just that item, and removing its key gives back every byte. */
class NewListPropertiesTest {

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.oneOf(Arbitraries.of("go", "y z", "a: b", "#c", "[d]", "'q'", "\"w\"", "", " s ", "1",
                "yes", "\u00e9", "{e}", "f, g", "\\n", "- h", "null", "~", "a\nb"),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(8));
    }

    @Provide
    Arbitrary<String> layouts() {
        return Arbitraries.of(
                "---\ntitle: A\ncats:\n  - x\nseo:\n  title: t\n---\nbody\n",
                "---\ntitle: A\ncats:\n- x\nseo:\n    title: t # c\n---\nbody\n",
                "---\ntitle: 'A'\ncats: [x, y]\nseo: {title: t}\n---\n",
                "---\r\ntitle: A\r\nseo:\r\n  title: t\r\n---\r\nbody\r\n",
                "---\ntitle: |\n  a\n  b\nseo:\n  title: t\n\n---\n",
                "---\n---\nbody\n",
                "+++\ntitle = \"A\"\ncats = [\"x\"]\n\n[seo]\ntitle = 't'\n+++\nbody\n",
                "+++\n[seo]\ntitle = \"t\"\n+++\n",
                "{\n  \"title\": \"A\",\n  \"seo\": {\n    \"title\": \"t\"\n  }\n}\nbody\n",
                "{\"title\": \"A\", \"seo\": {\"title\": \"t\"}}\n");
    }

    @Property(tries = 400)
    void addingThenRemovingTheNewListRestoresTheBytes(@ForAll("layouts") String text, @ForAll("values") String value,
            @ForAll boolean nested, @ForAll boolean bom) throws Exception {
        byte[] bytes = ((bom ? "\uFEFF" : "") + text).getBytes(StandardCharsets.UTF_8);
        Document doc = Document.parse("a.md", bytes);
        KeyPath key = nested && doc.get(KeyPath.of("seo")).isPresent() ? KeyPath.parse("seo.tags") : KeyPath.of("tags");
        Document added = doc.set(key.child(0), value);
        Object expected = Data.withAdded(Data.of(doc.tree()), key.child(0), Data.of(added.tree()));
        assertThat(Data.difference(expected, Data.of(added.tree()), KeyPath.of())).isNull();
        assertThat(added.get(key)).get().isInstanceOfSatisfying(ListField.class,
                list -> assertThat(list.items()).singleElement().isInstanceOfSatisfying(ScalarField.class,
                        item -> assertThat(item.value()).isEqualTo(value)));
        assertThat(added.remove(key).toBytes()).isEqualTo(bytes);
    }
}
