package org.masthead.content.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.document.Document;
import org.masthead.document.KeyPath;
import org.masthead.document.ListField;
import org.masthead.document.ScalarField;

/** Bulk-assigning a tag gives the articles without a tags list a new one and changes no other line. */
class BulkAddItemNewListTest {
    @TempDir
    Path root;

    private Path file(String name, String text) throws Exception {
        Path file = root.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private static String after(Batch batch, Path file) {
        return batch.changes().stream().filter(c -> c.file().equals(file.toAbsolutePath().normalize()))
                .map(c -> new String(c.after(), StandardCharsets.UTF_8)).findFirst().orElseThrow();
    }

    /** The lines {@code after} has in place of {@code before}'s, once the common first and last lines are set aside. */
    private static List<List<String>> lineDiff(String before, String after) {
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        return List.of(a.subList(head, a.size() - tail), b.subList(head, b.size() - tail));
    }

    @Test
    void eachArticleGainsTheTagAndTheOneWithoutTagsGainsABlockList() throws Exception {
        String flowText = "---\ntitle: One\ntags: [a]\ndate: 2024-01-01\n---\nBody one\n";
        String blockText = "---\ntitle: Two\ntags:\n  - b\n  - c\nseo:\n  title: x\n---\nBody two\n";
        String noneText = "---\ntitle: Three # kept\ndate: 2024-02-02\n---\nBody three\n";
        Path flow = file("one.md", flowText);
        Path block = file("two.md", blockText);
        Path none = file("three.md", noneText);

        BulkEdits.Plan plan = BulkEdits.plan(root, List.of(flow, block, none),
                new BulkEdits.AddItem(KeyPath.of("tags"), "go"), doc -> true);
        assertThat(plan.refused()).isEmpty();
        Batch batch = plan.batch();
        assertThat(batch.changes()).hasSize(3);

        assertThat(lineDiff(flowText, after(batch, flow))).containsExactly(List.of("tags: [a]"), List.of("tags: [a, go]"));
        assertThat(lineDiff(blockText, after(batch, block))).containsExactly(List.of(), List.of("  - go"));
        assertThat(lineDiff(noneText, after(batch, none))).containsExactly(List.of(), List.of("tags:", "  - go"));
        assertThat(after(batch, none)).isEqualTo("---\ntitle: Three # kept\ndate: 2024-02-02\ntags:\n  - go\n---\nBody three\n");
        for (Path file : List.of(flow, block, none)) {
            Document edited = Document.parse(file.toString(), after(batch, file).getBytes(StandardCharsets.UTF_8));
            ListField tags = (ListField) edited.get(KeyPath.of("tags")).orElseThrow();
            assertThat(tags.items().get(tags.items().size() - 1)).isInstanceOfSatisfying(ScalarField.class,
                    item -> assertThat(item.value()).isEqualTo("go"));
        }
        assertThat(Files.readString(none)).isEqualTo(noneText);
        assertThat(BulkEdits.addItem(root, List.of(flow, block, none), KeyPath.of("tags"), "go").changes())
                .hasSize(3);
    }

    @Test
    void tomlAndJsonArticlesWithoutTagsGainAnArrayAndAnEmptyKeyIsFilled() throws Exception {
        String tomlText = "+++\ntitle = \"T\"\n\n[seo]\ntitle = \"x\"\n+++\nbody\n";
        String jsonText = "{\n  \"title\": \"J\"\n}\nbody\n";
        String emptyText = "---\ntitle: E\ntags:\n---\n";
        Path toml = file("t.md", tomlText);
        Path json = file("j.md", jsonText);
        Path empty = file("e.md", emptyText);
        Batch batch = BulkEdits.addItem(root, List.of(toml, json, empty), KeyPath.of("tags"), "go");
        assertThat(after(batch, toml)).isEqualTo("+++\ntitle = \"T\"\ntags = [\"go\"]\n\n[seo]\ntitle = \"x\"\n+++\nbody\n");
        assertThat(after(batch, json)).isEqualTo("{\n  \"title\": \"J\",\n  \"tags\": [\"go\"]\n}\nbody\n");
        assertThat(after(batch, empty)).isEqualTo("---\ntitle: E\ntags:\n  - go\n---\n");
    }
}
