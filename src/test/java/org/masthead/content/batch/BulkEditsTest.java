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
import org.masthead.testing.TestCorpus;

class BulkEditsTest {
    private static final String YAML = """
            ---
            title: "Old" # keep
            tags:
              - go
              - java
            seo:
              title: x
            ---
            body
            """;
    private static final String TOML = "+++\ntitle = 'Old'\ntags = [\"go\", \"java\"]\n+++\nbody\n";
    private static final String JSON = "{\n  \"title\": \"Old\",\n  \"tags\": [\"go\", \"java\"]\n}\nbody\n";

    @TempDir
    Path root;

    private Path file(String name, String text) throws Exception {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private static String after(Batch batch, Path file) {
        return batch.changes().stream().filter(c -> c.file().equals(file.toAbsolutePath().normalize()))
                .map(c -> new String(c.after(), StandardCharsets.UTF_8)).findFirst().orElse(null);
    }

    @Test
    void setSplicesTheValueIntoEachFormatKeepingItsQuotesAndWritesNothing() throws Exception {
        Path yaml = file("a.md", YAML);
        Path toml = file("b/b.md", TOML);
        Path json = file("c.md", JSON);
        Path same = file("d.md", "---\ntitle: New\n---\n");
        Batch batch = BulkEdits.set(root, List.of(yaml, toml, json, same), KeyPath.of("title"), "New");
        assertThat(batch.changes()).hasSize(3);
        assertThat(after(batch, yaml)).isEqualTo(YAML.replace("\"Old\"", "\"New\""));
        assertThat(after(batch, toml)).isEqualTo(TOML.replace("'Old'", "'New'"));
        assertThat(after(batch, json)).isEqualTo(JSON.replace("\"Old\"", "\"New\""));
        assertThat(batch.title()).isEqualTo("Set title to \u201cNew\u201d");
        assertThat(Files.readString(yaml)).isEqualTo(YAML);
        assertThat(batch.changes().get(0).before()).isEqualTo(YAML.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void filesThatDoNotParseAreLeftOutAndRefusalsAreNamedWithLineAndColumn() throws Exception {
        Path good = file("a.md", YAML);
        Path broken = file("b.md", "---\ntitle: [unclosed\n---\n");
        Path mapHere = file("c.md", "---\ntitle:\n  nested: 1\n---\n");
        BulkEdits.Plan plan = BulkEdits.plan(root, List.of(good, broken, mapHere),
                new BulkEdits.SetValue(KeyPath.of("title"), "T"), doc -> true);
        assertThat(plan.matched()).isEqualTo(2);
        assertThat(plan.unreadable()).singleElement().asString().startsWith(broken + ":");
        assertThat(plan.refused()).singleElement().asString().startsWith(mapHere + ":3:")
                .contains("'title' holds a map");
        assertThat(plan.batch().changes()).extracting(FileChange::file).containsExactly(good.toAbsolutePath());
    }

    @Test
    void theFilterDecidesWhichArticlesAreEdited() throws Exception {
        Path a = file("a.md", YAML);
        Path b = file("b.md", YAML.replace("- go", "- rust"));
        BulkEdits.Plan plan = BulkEdits.plan(root, List.of(a, b), new BulkEdits.SetValue(KeyPath.parse("seo.title"), "Go"),
                doc -> doc.get(KeyPath.parse("tags[0]")).map(f -> f.toString().contains("value=go")).orElse(false));
        assertThat(plan.matched()).isEqualTo(1);
        assertThat(plan.batch().changes()).extracting(FileChange::file).containsExactly(a.toAbsolutePath());
    }

    @Test
    void clearEmptiesAScalarAndAListAndLeavesAMissingFieldAlone() throws Exception {
        Path yaml = file("a.md", YAML);
        Path missing = file("b.md", "---\nother: 1\n---\n");
        Batch title = BulkEdits.clear(root, List.of(yaml, missing), KeyPath.of("title"));
        assertThat(after(title, yaml)).isEqualTo(YAML.replace("\"Old\"", "\"\""));
        assertThat(title.changes()).hasSize(1);
        Batch tags = BulkEdits.clear(root, List.of(yaml), KeyPath.of("tags"));
        assertThat(after(tags, yaml)).isEqualTo(YAML.replace("tags:\n  - go\n  - java\n", "tags: []\n"));
    }

    @Test
    void addItemAppendsInTheListsOwnLayoutOnceAndRemoveItemTakesEveryCopy() throws Exception {
        Path yaml = file("a.md", YAML);
        Path toml = file("b.md", TOML);
        Path json = file("c.md", JSON);
        Batch add = BulkEdits.addItem(root, List.of(yaml, toml, json), KeyPath.of("tags"), "c++");
        assertThat(after(add, yaml)).isEqualTo(YAML.replace("  - java\n", "  - java\n  - c++\n"));
        assertThat(after(add, toml)).isEqualTo(TOML.replace("\"java\"]", "\"java\", \"c++\"]"));
        assertThat(after(add, json)).isEqualTo(JSON.replace("\"java\"]", "\"java\", \"c++\"]"));
        assertThat(BulkEdits.addItem(root, List.of(yaml, toml, json), KeyPath.of("tags"), "go").isEmpty()).isTrue();

        Path twice = file("d.md", "---\ntags: [go, java, go]\n---\n");
        Batch remove = BulkEdits.removeItem(root, List.of(twice, yaml), KeyPath.of("tags"), "go");
        assertThat(after(remove, twice)).isEqualTo("---\ntags: [java]\n---\n");
        assertThat(after(remove, yaml)).isEqualTo(YAML.replace("  - go\n", ""));
    }

    @Test
    void addingToAMissingListOrToAScalarIsRefused() throws Exception {
        Path none = file("a.md", "---\ntitle: T\n---\n");
        BulkEdits.Plan plan = BulkEdits.plan(root, List.of(none), new BulkEdits.AddItem(KeyPath.of("tags"), "x"), d -> true);
        assertThat(plan.refused()).singleElement().asString().contains("there is no list 'tags'");
        plan = BulkEdits.plan(root, List.of(none), new BulkEdits.AddItem(KeyPath.of("title"), "x"), d -> true);
        assertThat(plan.refused()).singleElement().asString().contains("'title' is not a list");
    }

    @Test
    void renameAndRemoveKeyTouchOnlyTheFilesThatHaveTheKey() throws Exception {
        Path yaml = file("a.md", YAML);
        Path toml = file("b.md", TOML);
        Path without = file("c.md", "---\nname: n\n---\n");
        Batch rename = BulkEdits.renameKey(root, List.of(yaml, toml, without), KeyPath.of("tags"), "categories");
        assertThat(rename.changes()).hasSize(2);
        assertThat(after(rename, yaml)).isEqualTo(YAML.replace("tags:", "categories:"));
        assertThat(after(rename, toml)).isEqualTo(TOML.replace("tags =", "categories ="));
        Batch remove = BulkEdits.removeKey(root, List.of(yaml, without), KeyPath.of("seo"));
        assertThat(remove.changes()).hasSize(1);
        assertThat(after(remove, yaml)).isEqualTo(YAML.replace("seo:\n  title: x\n", ""));
    }

    @Test
    void theMarkdownFieldOfTheReferenceFormatIsSetAsMarkdown() throws Exception {
        Path article = root.resolve("seed.md");
        Files.copy(TestCorpus.referenceArticle(), article);
        Batch batch = BulkEdits.set(root, List.of(article), KeyPath.of("answer"), "# New\n\nText");
        Document edited = Document.parse("seed.md", batch.changes().get(0).after());
        assertThat(edited.markdown()).isEqualTo("# New\n\nText");
        assertThat(edited.getString(KeyPath.of("answer"))).contains("# New\\n\\nText");
    }
}
