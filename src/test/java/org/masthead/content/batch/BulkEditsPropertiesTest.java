package org.masthead.content.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;
import org.masthead.document.Document;
import org.masthead.document.KeyPath;

/** Bulk edits made and unmade give back the original bytes; a set changes no line but its own. */
class BulkEditsPropertiesTest {
    private Path root;

    @BeforeTry
    void folder() throws Exception {
        root = Files.createTempDirectory("bulk-props");
    }

    @AfterTry
    void cleanUp() throws Exception {
        try (var files = Files.walk(root)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Provide
    Arbitrary<String> lists() {
        return Arbitraries.of(
                "---\nbefore: 1\ntags:\n  - one\n  - two # c\nafter: 2\n---\nbody",
                "---\nbefore: 1\ntags:\n- one\nafter: 2\n---\n",
                "---\nbefore: 1\ntags: [one, 'two']\nafter: 2\n---\nbody\n",
                "---\r\nbefore: 1\r\ntags:\r\n  - \"one\"\r\n  - \"two\"\r\nafter: 2\r\n---\r\nbody\r\n",
                "---\nnested:\n    tags:\n        - one\n    after: 2\n---\n",
                "+++\nbefore = 1\ntags = [\n  \"one\",\n  'two',\n]\nafter = 2\n+++\n",
                "{\n  \"before\": 1,\n  \"tags\": [\"one\", \"two\"],\n  \"after\": 2\n}\n");
    }

    @Provide
    Arbitrary<String> values() {
        Arbitrary<String> pieces = Arbitraries.of("a", "go", " ", ": ", "#", " #", "'", "\"", "\\", "-", "[", "]",
                "{", ",", "yes", "01", "1.5", "null", "~", "\u00e9", "\uD83D\uDE00", "&", "*", "!", "|", ">", "%", "\\n");
        return pieces.list().ofMinSize(1).ofMaxSize(6).map(list -> String.join("", list));
    }

    private static KeyPath tags(String text) {
        return KeyPath.parse(text.contains("nested:") ? "nested.tags" : "tags");
    }

    @Property(tries = 300)
    void addingAnItemAndRemovingItRestoresEveryByte(@ForAll("lists") String text, @ForAll("values") String item)
            throws Exception {
        Path file = root.resolve("a.md");
        Files.writeString(file, text);
        KeyPath list = tags(text);
        Batch added = BulkEdits.addItem(root, List.of(file), list, item);
        if (item.equals("one") || item.equals("two")) {
            assertThat(added.isEmpty()).isTrue();
            return;
        }
        byte[] after = added.changes().get(0).after();
        Document edited = Document.parse("a.md", after);
        assertThat(edited.getString(list.child(edited.get(list).map(f -> ((org.masthead.document.ListField) f)
                .items().size()).orElseThrow() - 1))).contains(item);
        Files.write(file, after);
        Batch removed = BulkEdits.removeItem(root, List.of(file), list, item);
        assertThat(new String(removed.changes().get(0).after(), StandardCharsets.UTF_8)).isEqualTo(text);
    }

    @Property(tries = 300)
    void settingAValueChangesNoOtherLine(@ForAll("lists") String text, @ForAll("values") String value,
            @ForAll("scalars") String key) throws Exception {
        Path file = root.resolve("a.md");
        Files.writeString(file, text);
        KeyPath path = text.contains("nested:") && key.equals("after") ? KeyPath.parse("nested.after") : KeyPath.of(key);
        Document doc = Document.parse("a.md", Files.readAllBytes(file));
        if (doc.get(path).isEmpty()) {
            return;
        }
        int line = doc.get(path).orElseThrow().line();
        Batch batch = BulkEdits.set(root, List.of(file), path, value);
        Document edited = Document.parse("a.md", batch.changes().get(0).after());
        assertThat(edited.getString(path)).contains(value);
        List<String> before = List.of(text.split("\n", -1));
        List<String> after = List.of(edited.text().split("\n", -1));
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < before.size(); i++) {
            if (i + 1 != line) {
                assertThat(after.get(i)).as("line " + (i + 1)).isEqualTo(before.get(i));
            }
        }
    }

    @Provide
    Arbitrary<String> scalars() {
        return Arbitraries.of("before", "after");
    }
}
